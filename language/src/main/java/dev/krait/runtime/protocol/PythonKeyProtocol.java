package dev.krait.runtime.protocol;

import dev.krait.runtime.storage.KeyProtocol;

/** Dict and set keys hash and compare through Python's {@code __hash__} and {@code __eq__}. */
public final class PythonKeyProtocol implements KeyProtocol {
    public static final PythonKeyProtocol INSTANCE = new PythonKeyProtocol();

    private PythonKeyProtocol() {
    }

    @Override
    public long hash(Object key) {
        return PyObjectHash.hash(key);
    }

    @Override
    public boolean equal(Object stored, Object lookedUp) {
        return PyObjectRichCompare.equals(stored, lookedUp);
    }
}
