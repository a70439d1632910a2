package org.scholarlod.refparse;

import java.util.List;

/**
 * What the name model labels a token of a name list with: the part of a name it is, with the first token of a
 * part marked, so that where one name ends and the next begins is learnt too. The order is the model file's.
 */
enum NameLabel {
    OTHER,
    GIVEN_START,
    GIVEN,
    FAMILY_START,
    FAMILY,
    SUFFIX,
    ORGANISATION_START,
    ORGANISATION;

    static final List<NameLabel> ALL = List.of(values());
    /** The labels' names, as a model file lists them. */
    static final List<String> NAMES =
            ALL.stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).toList();

    /** The label of a part's first token. */
    NameLabel start() {
        return switch (this) {
            case GIVEN -> GIVEN_START;
            case FAMILY -> FAMILY_START;
            case ORGANISATION -> ORGANISATION_START;
            default -> this;
        };
    }

    /** The label of a part's later tokens. */
    NameLabel more() {
        return switch (this) {
            case GIVEN_START -> GIVEN;
            case FAMILY_START -> FAMILY;
            case ORGANISATION_START -> ORGANISATION;
            default -> this;
        };
    }
}
