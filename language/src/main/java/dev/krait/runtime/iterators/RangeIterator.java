package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;

/** Iterates {@code range(start, stop, step)} whose items and length fit in a long. */
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

    public long nextValue() {
        return next;
    }

    public long step() {
        return step;
    }

    /** {@code __setstate__}: skips {@code count} items (0 ≤ count ≤ remaining). */
    public void skip(long count) {
        next += count * step;
        remaining -= count;
    }
}
