package org.scholarlod.refparse;

import java.util.List;

/**
 * What the name model labels a token of a name list with: the part of a name it is, with the first token of a
 * part marked, so that where one name ends and the next begins is learnt too. A part that comes second in its
 * name (given names after the family name, or the family name after given names) has labels of its own: after
 * it the name is complete, which a model that sees only the previous label could not know otherwise ("Gazdar,
 * Gerald, J. Tsujii": "J." starts a name). The order is the model file's.
 */
enum NameLabel {
    OTHER,
    GIVEN_START,
    GIVEN,
    FAMILY_START,
    FAMILY,
    SUFFIX,
    ORGANISATION_START,
    ORGANISATION,
    SECOND_GIVEN_START,
    SECOND_GIVEN,
    SECOND_FAMILY_START,
    SECOND_FAMILY;

    static final List<NameLabel> ALL = List.of(values());
    /** The labels' names, as a model file lists them. */
    static final List<String> NAMES =
            ALL.stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).toList();

    /** The label of the same part when it comes first in its name. */
    NameLabel first() {
        return switch (this) {
            case SECOND_GIVEN_START -> GIVEN_START;
            case SECOND_GIVEN -> GIVEN;
            case SECOND_FAMILY_START -> FAMILY_START;
            case SECOND_FAMILY -> FAMILY;
            default -> this;
        };
    }

    /** The label of the same part when it comes second in its name. */
    NameLabel second() {
        return switch (this) {
            case GIVEN_START -> SECOND_GIVEN_START;
            case GIVEN -> SECOND_GIVEN;
            case FAMILY_START -> SECOND_FAMILY_START;
            case FAMILY -> SECOND_FAMILY;
            default -> this;
        };
    }

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
