package org.scholarlod.source;

/**
 * Input that cannot be read as an article: names the file, the place in it (when known) and the problem. A place
 * in a text is a line and a column ({@link #position()}); other places (an item of a list, a byte, a DOI) are
 * described in words.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final TextPosition position;
    private final String problem;

    public InputException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    public InputException(String source, String location, String problem, Throwable cause) {
        this(source, location, null, problem, cause);
    }

    /** A problem at a line and column of {@code source}; {@code position} may be null when none is known. */
    public static InputException at(String source, TextPosition position, String problem, Throwable cause) {
        return new InputException(source, position == null ? null : position.toString(), position, problem, cause);
    }

    private InputException(String source, String location, TextPosition position, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = source;
        this.location = location;
        this.position = position;
        this.problem = problem;
    }

    private static String format(String source, String location, String problem) {
        StringBuilder text = new StringBuilder(source);
        if (location != null) {
            text.append(": ").append(location);
        }
        return text.append(": ").append(problem).toString();
    }

    public String source() {
        return source;
    }

    /** The place in words, or null. */
    public String location() {
        return location;
    }

    /** The line and column, where the place is one. */
    public java.util.Optional<TextPosition> position() {
        return java.util.Optional.ofNullable(position);
    }

    public String problem() {
        return problem;
    }
}
