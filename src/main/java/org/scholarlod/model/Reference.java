package org.scholarlod.model;

/** One entry of a reference list: its number in the list and its text exactly as printed. */
public record Reference(int number, String text) {
    public Reference {
        if (number < 1) {
            throw new IllegalArgumentException("reference.number " + number + " is not a positive number");
        }
        text = Checks.requiredText("reference " + number + " text", text);
    }
}
