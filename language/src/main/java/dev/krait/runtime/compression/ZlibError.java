package dev.krait.runtime.compression;

/** A failure zlib reports (a corrupt or truncated stream, a missing dictionary): its message becomes a zlib.error. */
public final class ZlibError extends Exception {
    private static final long serialVersionUID = 1L;

    public ZlibError(String message) {
        super(message, null, false, false);
    }
}
