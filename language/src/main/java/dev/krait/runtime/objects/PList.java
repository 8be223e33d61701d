package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.interop.InteropValues;

/** Python's list: a growable array of elements. To other languages, a mutable array that can grow and shrink. */
@ExportLibrary(InteropLibrary.class)
public final class PList extends PythonObject {
    /** The backing array of an empty list that has no room yet (CPython's empty list allocates nothing). */
    public static final Object[] EMPTY = new Object[0];

    private Object[] items;
    private int size;

    public PList(PythonClass cls, Shape shape, Object[] items) {
        this(cls, shape, items, items.length);
    }

    public PList(PythonClass cls, Shape shape, Object[] items, int size) {
        this(cls, shape, items, size, true);
    }

    /** @param count whether to count the items here; a node that counts them itself (with profiles) passes false */
    public PList(PythonClass cls, Shape shape, Object[] items, int size, boolean count) {
        super(cls, shape);
        this.items = items;
        this.size = size;
        if (count) {
            RefCounts.storeAllInto(this, items, size);
        }
    }

    public int size() {
        return size;
    }

    public Object get(int index) {
        return items[index];
    }

    public void set(int index, Object value) {
        Object old = items[index];
        items[index] = value;
        RefCounts.storeInto(this, value);
        RefCounts.decRef(old);
    }

    /** The backing array; only the first {@link #size()} elements are the list's. */
    public Object[] storage() {
        return items;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the elements: the new ones are counted, then the old ones dropped. */
    public void setContents(Object[] newItems, int newSize) {
        Object[] oldItems = items;
        int oldSize = size;
        this.items = newItems;
        this.size = newSize;
        RefCounts.storeAllInto(this, newItems, newSize);
        RefCounts.decRefAllReversed(oldItems, oldSize);
    }

    /** Reorders the elements in place (sort, reverse): the same elements, so no counts change. */
    public void setPermutedContents(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        for (int i = 0; i < size; i++) {
            visitor.visit(items[i]);
        }
    }

    /** CPython's list deallocator drops the elements last first. */
    @Override
    public void releaseReferences(ReferenceVisitor drop) {
        RefCounts.traverseAttributes(this, drop);
        for (int i = size - 1; i >= 0; i--) {
            drop.visit(items[i]);
        }
    }

    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
        RefCounts.storeInto(this, value);
    }

    @TruffleBoundary
    public void ensureCapacity(int capacity) {
        if (capacity > items.length) {
            grow(capacity);
        }
    }

    /**
     * Grows the backing array as CPython's {@code list_resize} does (so {@code sys.getsizeof} reports CPython's
     * sizes): about an eighth more than needed, rounded to a multiple of four.
     */
    @TruffleBoundary
    private void grow(int minCapacity) {
        int newCapacity = (minCapacity + (minCapacity >> 3) + 6) & ~3;
        if (minCapacity - size > newCapacity - minCapacity) {
            newCapacity = (minCapacity + 3) & ~3;
        }
        items = Arrays.copyOf(items, Math.max(newCapacity, minCapacity));
    }

    /**
     * A list of {@code items} with room for an even number of elements, as CPython's {@code list(iterable)} and
     * {@code list.extend} allocate an empty list ({@code list_preallocate_exact}).
     */
    public static PList presized(dev.krait.runtime.KraitContext context, Object[] items) {
        return context.newList(Arrays.copyOf(items, (items.length + 1) & ~1), items.length);
    }

    /** The number of elements the backing array has room for (CPython's {@code allocated}). */
    public int capacity() {
        return items.length;
    }

    @TruffleBoundary
    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
        RefCounts.storeInto(this, value);
    }

    @TruffleBoundary
    public Object removeAt(int index) {
        Object removed = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        RefCounts.decRef(removed);
        return removed;
    }

    public void clear() {
        Object[] oldItems = items;
        int oldSize = size;
        items = EMPTY;
        size = 0;
        RefCounts.decRefAllReversed(oldItems, oldSize);
    }

    // ---- interop: an array ----

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return size;
    }

    @ExportMessage(name = "isArrayElementReadable")
    @ExportMessage(name = "isArrayElementModifiable")
    @ExportMessage(name = "isArrayElementRemovable")
    boolean isArrayIndexInRange(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return index == size;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayIndexInRange(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return items[(int) index];
    }

    /** Writing at index {@code size} appends, as the interop contract for insertable elements asks. */
    @ExportMessage
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        Object element = InteropValues.toPython(value);
        if (index == size) {
            append(element);
        } else if (isArrayIndexInRange(index)) {
            set((int) index, element);
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    @ExportMessage
    void removeArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayIndexInRange(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        removeAt((int) index);
    }
}
