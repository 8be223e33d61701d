package dev.krait.runtime.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.object.Shape;

/**
 * A {@code range} object: {@link PRange} when its bounds and length fit in a long (the common case, which loops and
 * iterators count in longs), {@link PBigRange} otherwise. What does not need speed (slicing, equality, hash, repr)
 * works on both through the arbitrary-precision view here.
 */
public abstract sealed class PRangeBase extends PythonObject permits PRange, PBigRange {
    protected PRangeBase(PythonClass cls, Shape shape) {
        super(cls, shape);
    }

    /** {@code start} as a Python int ({@code Long} or {@code PInt}). */
    public abstract Object startValue();

    /** {@code stop} as a Python int. */
    public abstract Object stopValue();

    /** {@code step} as a Python int. */
    public abstract Object stepValue();

    public abstract BigInteger bigStart();

    public abstract BigInteger bigStop();

    public abstract BigInteger bigStep();

    /** The number of items, which may exceed {@code sys.maxsize}. */
    public abstract BigInteger bigLength();

    /** The number of items of {@code range(start, stop, step)} (step not 0), at any size. */
    public static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        int sign = step.signum();
        int order = start.compareTo(stop);
        if (sign > 0 ? order >= 0 : order <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger span = sign > 0 ? stop.subtract(start) : start.subtract(stop);
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }
}
