package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** An iterator implemented in Java (over a list, a range, a dict, or an enumerate/zip/map…). */
public abstract class PBuiltinIterator extends PythonObject {
    protected PBuiltinIterator(PythonClass cls, Shape shape) {
        super(cls, shape);
    }

    /** The next item, or null when exhausted (an exhausted iterator stays exhausted). */
    public abstract Object next();

    /** {@code __length_hint__}, or -1 when unknown. */
    public long lengthHint() {
        return -1;
    }
}
