package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.objects.PArray;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;

/** {@code array.arrayiterator}: the items of an array in order; the array may change meanwhile, as in CPython. */
public final class ArrayIterator extends PBuiltinIterator {
    private int index;

    public ArrayIterator(PythonClass cls, Shape shape, PArray array) {
        super(cls, shape);
        holdIterated(array);
    }

    @Override
    public Object reduce(KraitContext context) {
        return iterated() instanceof PArray array ? IteratorReductions.indexed(context, array, index)
                        : IteratorReductions.exhausted(context, context.newTuple(new Object[0]));
    }

    @Override
    public boolean setState(Object state) {
        long position = IteratorReductions.index(state, iterated() instanceof PArray array ? array.length() : 0);
        if (iterated() != null) {
            index = (int) position;
        }
        return true;
    }

    @Override
    public Object next() {
        if (iterated() instanceof PArray array) {
            if (index < array.length()) {
                return array.get(index++);
            }
            releaseIterated();
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return iterated() instanceof PArray array ? Math.max(0, array.length() - index) : 0;
    }
}
