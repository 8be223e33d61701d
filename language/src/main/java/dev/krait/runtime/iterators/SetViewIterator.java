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
        holdIterated(storage.owner());
    }

    @Override
    public Object next() {
        Object key = position.next();
        if (key == null) {
            releaseIterated();
        }
        return key;
    }

    @Override
    public long lengthHint() {
        return position.lengthHint();
    }

    @Override
    public Object reduce(dev.krait.runtime.KraitContext context) {
        return IteratorReductions.remaining(context, position.remainingKeys());
    }
}
