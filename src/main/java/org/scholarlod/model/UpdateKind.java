package org.scholarlod.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of editorially significant update to a published work, as Crossmark names them (the twelve types of
 * Crossref's schema; its REST API writes them in lower case, with underscores).
 */
public enum UpdateKind {
    ADDENDUM("Addendum", "Has an addendum", 1),
    CLARIFICATION("Clarification", "Clarified", 1),
    CORRECTION("Correction", "Corrected", 2),
    CORRIGENDUM("Corrigendum", "Corrected", 2),
    ERRATUM("Erratum", "Corrected", 2),
    EXPRESSION_OF_CONCERN("Expression of concern", "Expression of concern", 3),
    NEW_EDITION("New edition", "Has a new edition", 1),
    NEW_VERSION("New version", "Has a new version", 1),
    PARTIAL_RETRACTION("Partial retraction", "Partly retracted", 4),
    REMOVAL("Removal", "Removed", 5),
    RETRACTION("Retraction", "Retracted", 5),
    WITHDRAWAL("Withdrawal", "Withdrawn", 5);

    private final String label;
    private final String status;
    private final int severity;

    UpdateKind(String label, String status, int severity) {
        this.label = label;
        this.status = status;
        this.severity = severity;
    }

    /** What the updated work is, once updated so: "Retracted", "Expression of concern". */
    public String status() {
        return status;
    }

    /** How much the update weighs on trust in the work, from 1 (an addendum) to 5 (retracted, withdrawn, removed). */
    public int severity() {
        return severity;
    }

    /** The type as Crossref's REST API writes it: {@code expression_of_concern}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type as a reader is told it: "Expression of concern". */
    public String label() {
        return label;
    }

    /**
     * The kind a Crossref update type names, in any case and with hyphens, spaces or underscores between its words;
     * empty for anything else (Crossref has added types before, and a type we do not know is not guessed at).
     */
    public static Optional<UpdateKind> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String name = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (UpdateKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
