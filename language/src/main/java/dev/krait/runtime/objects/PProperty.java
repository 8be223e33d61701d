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
        dev.krait.runtime.memory.RefCounts.storeInto(this, getter);
        dev.krait.runtime.memory.RefCounts.storeInto(this, setter);
        dev.krait.runtime.memory.RefCounts.storeInto(this, deleter);
        dev.krait.runtime.memory.RefCounts.storeInto(this, doc);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(getter);
        visitor.visit(setter);
        visitor.visit(deleter);
        visitor.visit(doc);
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
