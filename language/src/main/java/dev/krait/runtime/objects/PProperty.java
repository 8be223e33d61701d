package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
public final class PProperty extends PythonObject {
    private final Object getter;
    private final Object setter;
    private final Object deleter;
    private final Object doc;

    public PProperty(PythonClass cls, Shape shape, Object getter, Object setter, Object deleter, Object doc) {
        super(cls, shape);
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
    }

    public Object getter() {
        return getter;
    }

    public Object setter() {
        return setter;
    }

    public Object deleter() {
        return deleter;
    }

    public Object doc() {
        return doc;
    }
}
