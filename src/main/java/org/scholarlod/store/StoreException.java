package org.scholarlod.store;

/** The store cannot be opened or written; the message says which directory and why. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
