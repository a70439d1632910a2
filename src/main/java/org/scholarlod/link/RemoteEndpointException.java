package org.scholarlod.link;

/** The graph we reconcile against could not be queried: unreachable, refusing, or answering nonsense. */
public final class RemoteEndpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RemoteEndpointException(String endpoint, Throwable cause) {
        super(
                "cannot query " + endpoint + ": "
                        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
                cause);
    }
}
