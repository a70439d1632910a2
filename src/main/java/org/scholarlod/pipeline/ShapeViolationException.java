package org.scholarlod.pipeline;

import java.util.List;

/** An article's RDF does not conform to the shapes; carries every violation found. */
public final class ShapeViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> violations;

    public ShapeViolationException(String input, List<String> violations) {
        super(input + ": the RDF does not conform to ontology/shapes.ttl (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "; first: " + violations.get(0) + ")");
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
