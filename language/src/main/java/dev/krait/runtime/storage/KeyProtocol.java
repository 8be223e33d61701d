package dev.krait.runtime.storage;

/**
 * How the storages hash and compare keys they cannot handle themselves. The storages compute hash and equality of
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean} and {@code PInt} keys directly (see {@link Hashing});
 * every other key goes through this protocol, which is where the runtime runs {@code __hash__} and {@code __eq__}.
 * Both methods may run Python code, and that code may throw a Python exception (which the storages let through
 * unchanged) or mutate the very storage that called it (which the storages survive).
 */
public interface KeyProtocol {
    /**
     * Python's {@code hash(key)}; never -1 (Python maps -1 to -2). Throws the Python {@code TypeError} "unhashable
     * type: '...'" for unhashable keys.
     */
    long hash(Object key);

    /**
     * Python's {@code stored == lookedUp} as a truth value, with the stored key on the left as CPython does. The
     * storages test identity first and call this only for distinct objects.
     */
    boolean equal(Object stored, Object lookedUp);
}
