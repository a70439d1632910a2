package org.scholarlod.refparse;

/**
 * A stretch of an annotated name list: text between names ({@link NameLabel#OTHER}), or a part of a name; a part
 * that {@code continues} the same part of the same name (a middle name after a forename) does not start it again.
 */
record NamePart(String text, NameLabel label, boolean continues) {
    static NamePart other(String text) {
        return new NamePart(text, NameLabel.OTHER, false);
    }
}
