package org.scholarlod.model;

/**
 * One entry of a reference list: its number in the list, the key the source gives it (Crossref's {@code key}),
 * its text exactly as printed, and the work it cites ({@code work}): what the source states of it field by field,
 * completed by what the reference parser made of the text; null when neither says anything. A reference has text,
 * a work, or both. {@code doiAssertedBy} says who linked the DOI ({@code publisher} or {@code crossref}).
 */
public record Reference(int number, String key, String text, CitedWork work, String doiAssertedBy) {
    public Reference {
        if (number < 1) {
            throw new IllegalArgumentException("reference.number " + number + " is not a positive number");
        }
        key = Checks.optionalText("reference " + number + " key", key);
        text = Checks.optionalText("reference " + number + " text", text);
        doiAssertedBy = Checks.optionalText("reference " + number + " doi-asserted-by", doiAssertedBy);
        if (text == null && work == null) {
            throw new IllegalArgumentException("reference " + number + " has neither text nor any field of a work");
        }
        if (doiAssertedBy != null && (work == null || work.doi() == null)) {
            throw new IllegalArgumentException("reference " + number + " says who asserted its DOI but has no DOI");
        }
    }

    public Reference(int number, String text, CitedWork work) {
        this(number, null, text, work, null);
    }

    public Reference(int number, String text) {
        this(number, null, text, null, null);
    }

    public Reference withWork(CitedWork parsed) {
        return new Reference(number, key, text, parsed, doiAssertedBy);
    }
}
