package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.ReferenceVisitor;

/** What {@code anext(iterator, default)} returns: awaits the iterator's next item, or gives the default at its end. */
public final class PAnextAwaitable extends PythonObject {
    private final Object inner;
    private final Object defaultValue;

    public PAnextAwaitable(PythonClass cls, Shape shape, Object inner, Object defaultValue) {
        super(cls, shape);
        this.inner = inner;
        this.defaultValue = defaultValue;
        dev.krait.runtime.memory.RefCounts.storeInto(this, inner);
        dev.krait.runtime.memory.RefCounts.storeInto(this, defaultValue);
        dev.krait.runtime.memory.RefCounts.noteHeldReference(this);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(inner);
        visitor.visit(defaultValue);
    }

    /** The iterator of the awaitable {@code __anext__()} returned. */
    public Object getInner() {
        return inner;
    }

    public Object getDefaultValue() {
        return defaultValue;
    }
}
