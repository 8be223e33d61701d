package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.storage.SetIterator;
import dev.krait.runtime.storage.SetStorage;

/** Iterates a set or frozenset in its table order. */
public final class SetViewIterator extends PBuiltinIterator {
    private final SetIterator position;

    public SetViewIterator(PythonClass cls, Shape shape, SetStorage storage) {
        super(cls, shape);
        this.position = new SetIterator(storage);
        this.owner = storage.owner();
        dev.krait.runtime.memory.RefCounts.storeInto(this, owner);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (owner != null) {
            visitor.visit(owner);
        }
    }

    /** The dict or set whose storage is iterated: held until the iteration ends. */
    private Object owner;

    /** The iteration ended: the iterator lets go of what it iterated. */
    private void dropOwner() {
        Object old = owner;
        owner = null;
        dev.krait.runtime.memory.RefCounts.decRef(old);
    }

    @Override
    public Object next() {
        Object key = position.next();
        if (key == null) {
            dropOwner();
        }
        return key;
    }

    @Override
    public long lengthHint() {
        return position.lengthHint();
    }
}
