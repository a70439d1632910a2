package org.scholarlod.store;

/**
 * Recognises a write to a store that failed because its device is full, in both forms it takes: an I/O error
 * naming ENOSPC somewhere under TDB2's or Lucene's wrappers, and the JVM's {@link InternalError} for a SIGBUS on
 * a memory-mapped file (TDB2 maps its indexes; on Linux a page that cannot be backed means the device is full,
 * unless someone truncated the file in use).
 */
public final class DiskFull {
    private static final String NO_SPACE = "No space left on device";
    private static final String UNSAFE_ACCESS = "unsafe memory access";

    private DiskFull() {}

    /** What the failure says about the full device, or null when {@code failure} is not one. */
    public static String reason(Throwable failure) {
        String deepest = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            if (message.contains(NO_SPACE)) {
                deepest = message;
            } else if (cause instanceof InternalError && message.contains(UNSAFE_ACCESS)) {
                deepest = "a write to a memory-mapped store file failed: the device is full, or the file was "
                        + "truncated while in use";
            }
        }
        return deepest;
    }
}
