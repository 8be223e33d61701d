package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** {@code staticmethod(f)} or {@code classmethod(f)}: wraps a callable and changes how it binds. */
public final class PMethodWrapper extends PythonObject {
    private final Object callable;
    private final boolean isClassMethod;

    public PMethodWrapper(PythonClass cls, Shape shape, Object callable, boolean isClassMethod) {
        super(cls, shape);
        this.callable = callable;
        this.isClassMethod = isClassMethod;
        dev.krait.runtime.memory.RefCounts.storeInto(this, callable);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(callable);
    }

    public Object callable() {
        return callable;
    }

    public boolean isClassMethod() {
        return isClassMethod;
    }
}
