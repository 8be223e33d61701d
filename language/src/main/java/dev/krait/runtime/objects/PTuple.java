package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

/** Python's tuple: an immutable array of elements. To other languages, a read-only array. */
@ExportLibrary(InteropLibrary.class)
public final class PTuple extends PythonObject {
    private final Object[] items;

    public PTuple(PythonClass cls, Shape shape, Object[] items) {
        this(cls, shape, items, true);
    }

    /** @param count whether to count the items here; a node that counts them itself (with profiles) passes false */
    public PTuple(PythonClass cls, Shape shape, Object[] items, boolean count) {
        super(cls, shape);
        this.items = items;
        if (count) {
            RefCounts.storeAllInto(this, items, items.length);
        }
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        for (Object item : items) {
            visitor.visit(item);
        }
    }

    /** CPython's tuple deallocator drops the elements last first. */
    @Override
    public void releaseReferences(ReferenceVisitor drop) {
        RefCounts.traverseAttributes(this, drop);
        for (int i = items.length - 1; i >= 0; i--) {
            drop.visit(items[i]);
        }
    }

    public Object[] items() {
        return items;
    }

    public int length() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    // ---- interop: a read-only array ----

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return items[(int) index];
    }
}
