package dev.krait.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.protocol.PythonKeyProtocol;
import dev.krait.runtime.storage.SetStorage;

/** Python's set and frozenset (told apart by class): a hash table whose order follows CPython's. */
public final class PSet extends PythonObject {
    private SetStorage storage;

    public PSet(PythonClass cls, Shape shape, SetStorage storage) {
        super(cls, shape);
        this.storage = storage;
        storage.setOwner(this);
    }

    public SetStorage storage() {
        return storage;
    }

    /** Replaces the contents: the old entries are dropped. */
    public void setStorage(SetStorage storage) {
        SetStorage old = this.storage;
        this.storage = storage;
        storage.setOwner(this);
        if (old != storage) {
            old.setOwner(null);
            old.clear();
        }
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        storage.traverse(visitor);
    }

    public int size() {
        return storage.size();
    }

    @TruffleBoundary
    public void add(Object key) {
        storage.add(key, PythonKeyProtocol.INSTANCE);
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        return storage.contains(key, PythonKeyProtocol.INSTANCE);
    }
}
