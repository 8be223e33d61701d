package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** Python's tuple: an immutable array of elements. */
public final class PTuple extends PythonObject {
    private final Object[] items;

    public PTuple(PythonClass cls, Shape shape, Object[] items) {
        super(cls, shape);
        this.items = items;
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
}
