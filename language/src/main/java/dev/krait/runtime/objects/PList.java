package dev.krait.runtime.objects;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

/** Python's list: a growable array of elements. */
public final class PList extends PythonObject {
    private Object[] items;
    private int size;

    public PList(PythonClass cls, Shape shape, Object[] items) {
        this(cls, shape, items, items.length);
    }

    public PList(PythonClass cls, Shape shape, Object[] items, int size) {
        super(cls, shape);
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int index) {
        return items[index];
    }

    public void set(int index, Object value) {
        items[index] = value;
    }

    /** The backing array; only the first {@link #size()} elements are the list's. */
    public Object[] storage() {
        return items;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void setContents(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    @TruffleBoundary
    public void ensureCapacity(int capacity) {
        if (capacity > items.length) {
            grow(capacity);
        }
    }

    @TruffleBoundary
    private void grow(int minCapacity) {
        int newCapacity = Math.max(minCapacity, items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, newCapacity);
    }

    @TruffleBoundary
    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    @TruffleBoundary
    public Object removeAt(int index) {
        Object removed = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return removed;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }
}
