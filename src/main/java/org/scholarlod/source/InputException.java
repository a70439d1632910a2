package org.scholarlod.source;

/** Input that cannot be read as an article: names the file, the place in it (when known) and the problem. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String problem;

    public InputException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    public InputException(String source, String location, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = source;
        this.location = location;
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

    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
