package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;

/** A closure cell: the shared box through which nested functions see a variable of an enclosing function. */
public final class PCell {
    /** null while the variable is unbound. */
    private Object value;

    public PCell() {
    }

    public PCell(Object value) {
        this.value = value;
        RefCounts.incRef(value);
    }

    public Object get() {
        return value;
    }

    /** Rebinds the variable: the cell holds a counted reference to its value. */
    public void set(Object value) {
        Object old = this.value;
        this.value = value;
        RefCounts.incRef(value);
        RefCounts.decRef(old);
    }

    // ---- reference counting: a cell is held by its frame and by the closures that share it ----

    private int refCount;

    public int refCount() {
        return refCount;
    }

    public void incRef() {
        refCount++;
    }

    /** The last holder gone, the cell drops its value. */
    public void decRef() {
        if (--refCount == 0) {
            release();
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void release() {
        Object old = value;
        value = null;
        RefCounts.decRef(old);
    }
}
