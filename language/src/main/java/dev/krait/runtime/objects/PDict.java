package dev.krait.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.protocol.PythonKeyProtocol;
import dev.krait.runtime.storage.DictStorage;

/** Python's dict: an insertion-ordered hash table. */
public final class PDict extends PythonObject {
    private DictStorage storage;

    public PDict(PythonClass cls, Shape shape, DictStorage storage) {
        super(cls, shape);
        this.storage = storage;
    }

    public DictStorage storage() {
        return storage;
    }

    public void setStorage(DictStorage storage) {
        this.storage = storage;
    }

    public int size() {
        return storage.size();
    }

    /** The value for {@code key}, or null; may run {@code __hash__}/{@code __eq__}. */
    @TruffleBoundary
    public Object getItem(Object key) {
        return storage.get(key, PythonKeyProtocol.INSTANCE);
    }

    @TruffleBoundary
    public void setItem(Object key, Object value) {
        storage.put(key, value, PythonKeyProtocol.INSTANCE);
    }

    /** Removes {@code key}; returns the value removed, or null. */
    @TruffleBoundary
    public Object removeItem(Object key) {
        return storage.remove(key, PythonKeyProtocol.INSTANCE);
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return storage.contains(key, PythonKeyProtocol.INSTANCE);
    }
}
