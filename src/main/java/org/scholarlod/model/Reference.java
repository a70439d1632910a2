package org.scholarlod.model;

/**
 * One entry of a reference list: its number in the list, its text exactly as printed, and what the reference
 * parser made of it ({@code work}; null until parsed, or when nothing could be found).
 */
public record Reference(int number, String text, CitedWork work) {
    public Reference {
        if (number < 1) {
            throw new IllegalArgumentException("reference.number " + number + " is not a positive number");
        }
        text = Checks.requiredText("reference " + number + " text", text);
    }

    public Reference(int number, String text) {
        this(number, text, null);
    }

    public Reference withWork(CitedWork parsed) {
        return new Reference(number, text, parsed);
    }
}
