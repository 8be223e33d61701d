package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.storage.DictIterator;
import dev.krait.runtime.storage.DictStorage;

/** Iterates a dict's keys, values or items. */
public final class DictViewIterator extends PBuiltinIterator {
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    private final DictIterator position;
    private final Kind kind;
    private final KraitContext context;

    public DictViewIterator(PythonClass cls, Shape shape, DictStorage storage, Kind kind, KraitContext context) {
        super(cls, shape);
        this.position = new DictIterator(storage);
        this.kind = kind;
        this.context = context;
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
        DictStorage storage = position.dict();
        int ix = position.next();
        if (ix < 0) {
            dropOwner();
            return null;
        }
        return switch (kind) {
            case KEYS -> storage.keyAt(ix);
            case VALUES -> storage.valueAt(ix);
            case ITEMS -> context.newTuple(new Object[]{storage.keyAt(ix), storage.valueAt(ix)});
        };
    }

    @Override
    public long lengthHint() {
        return position.lengthHint();
    }
}
