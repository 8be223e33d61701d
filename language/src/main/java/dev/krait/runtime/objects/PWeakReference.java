package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;
import dev.krait.runtime.memory.WeakReferences;

/**
 * {@code weakref.ref}: a reference that does not count. When its referent is released the reference is cleared
 * (calling it returns None) and its callback, if any, is called with it.
 */
public final class PWeakReference extends PythonObject {
    /** The referent while it is alive; null once it was released. */
    private PythonObject referent;
    /** The callback (counted), or None. */
    private final Object callback;
    /** {@code hash(ref)} is the referent's hash, kept once computed (so a dead reference still has it). */
    private Object hash;

    public PWeakReference(PythonClass cls, Shape shape, PythonObject referent, Object callback) {
        super(cls, shape);
        this.referent = referent;
        this.callback = callback;
        RefCounts.storeInto(this, callback);
    }

    /** The referent, or null once it is gone. */
    public PythonObject referent() {
        return referent;
    }

    public Object callback() {
        return callback;
    }

    public boolean hasCallback() {
        return callback != PNone.NONE;
    }

    public Object cachedHash() {
        return hash;
    }

    public void setCachedHash(Object hash) {
        this.hash = hash;
    }

    /** The referent was released. */
    public void clear() {
        referent = null;
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(callback);
    }

    /** A released reference no longer waits for its referent: its callback will not be called. */
    @Override
    public void releaseReferences(ReferenceVisitor drop) {
        if (referent != null) {
            WeakReferences.forget(this);
        }
        super.releaseReferences(drop);
    }
}
