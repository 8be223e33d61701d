package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

/** An iterator implemented in Java (over a list, a range, a dict, or an enumerate/zip/map…). */
public abstract class PBuiltinIterator extends PythonObject {
    protected PBuiltinIterator(PythonClass cls, Shape shape) {
        super(cls, shape);
    }

    /**
     * Whether iterating may call {@link #next()} directly: the iterator's type is the builtin one, not a subclass
     * (of map, filter, zip, enumerate) that may define its own {@code __iter__} or {@code __next__}.
     */
    public final boolean hasNativeProtocol() {
        return getPythonClass().isBuiltin();
    }

    /** What the iterator iterates (a list, a dict…): held, counted, until the iteration ends; null after. */
    private Object iterated;

    /** Starts holding what this iterator iterates. */
    protected final void holdIterated(Object value) {
        iterated = value;
        RefCounts.storeInto(this, value);
    }

    protected final Object iterated() {
        return iterated;
    }

    /** The iteration ended: the iterator lets go of what it iterated (CPython's iterators do the same). */
    protected final void releaseIterated() {
        Object old = iterated;
        iterated = null;
        RefCounts.decRef(old);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (iterated != null) {
            visitor.visit(iterated);
        }
    }

    /** The next item, or null when exhausted (an exhausted iterator stays exhausted). */
    public abstract Object next();

    /** {@code __length_hint__}, or -1 when unknown. */
    public long lengthHint() {
        return -1;
    }

    /** {@code __reduce__}: how pickle and copy rebuild this iterator, or null when it cannot be pickled. */
    public Object reduce(dev.krait.runtime.KraitContext context) {
        return null;
    }

    /** {@code __setstate__}: resumes at the position a reduction gave; false when this iterator keeps no state. */
    public boolean setState(Object state) {
        return false;
    }
}
