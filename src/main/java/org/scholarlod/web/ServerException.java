package org.scholarlod.web;

/** The server cannot start: the message says why (for example, the port is in use). */
public final class ServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
