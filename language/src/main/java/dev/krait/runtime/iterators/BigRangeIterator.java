package dev.krait.runtime.iterators;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PythonClass;

/** Iterates a range whose items or length do not fit in a long (CPython's {@code longrange_iterator}). */
public final class BigRangeIterator extends PBuiltinIterator {
    private BigInteger next;
    private BigInteger remaining;
    private final BigInteger step;

    public BigRangeIterator(PythonClass cls, Shape shape, BigInteger start, BigInteger length, BigInteger step) {
        super(cls, shape);
        this.next = start;
        this.remaining = length;
        this.step = step;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (remaining.signum() <= 0) {
            return null;
        }
        BigInteger value = next;
        next = next.add(step);
        remaining = remaining.subtract(BigInteger.ONE);
        return PInt.normalize(value);
    }

    @Override
    @TruffleBoundary
    public long lengthHint() {
        return remaining.bitLength() < 64 ? remaining.longValue() : Long.MAX_VALUE;
    }

    public BigInteger nextValue() {
        return next;
    }

    public BigInteger remaining() {
        return remaining;
    }

    public BigInteger step() {
        return step;
    }

    /** {@code __setstate__}: skips {@code count} items (0 ≤ count ≤ remaining). */
    @TruffleBoundary
    public void skip(BigInteger count) {
        next = next.add(count.multiply(step));
        remaining = remaining.subtract(count);
    }
}
