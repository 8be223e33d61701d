package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.objects.PythonClass;

/** Iterates {@code range(start, stop, step)}. */
public final class RangeIterator extends PBuiltinIterator {
    private long next;
    private long remaining;
    private final long step;

    public RangeIterator(PythonClass cls, Shape shape, long start, long length, long step) {
        super(cls, shape);
        this.next = start;
        this.remaining = length;
        this.step = step;
    }

    @Override
    public Object next() {
        if (remaining <= 0) {
            return null;
        }
        long value = next;
        next += step;
        remaining--;
        return value;
    }

    @Override
    public long lengthHint() {
        return remaining;
    }

    @Override
    public Object reduce(KraitContext context) {
        long left = Math.max(0, remaining);
        return IteratorReductions.range(context, new PRange(context.classes().rangeClass, context.getShape(), next, next + left * step, step));
    }

    @Override
    public boolean setState(Object state) {
        long skip = IteratorReductions.index(state, Math.max(0, remaining));
        next += skip * step;
        remaining -= skip;
        return true;
    }
}
