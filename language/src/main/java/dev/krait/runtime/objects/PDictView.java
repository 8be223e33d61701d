package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.iterators.DictViewIterator;

/** {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views of a dict. */
public final class PDictView extends PythonObject {
    private final PDict dict;
    private final DictViewIterator.Kind kind;

    public PDictView(PythonClass cls, Shape shape, PDict dict, DictViewIterator.Kind kind) {
        super(cls, shape);
        this.dict = dict;
        this.kind = kind;
        dev.krait.runtime.memory.RefCounts.storeInto(this, dict);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(dict);
    }

    public PDict dict() {
        return dict;
    }

    public DictViewIterator.Kind kind() {
        return kind;
    }
}
