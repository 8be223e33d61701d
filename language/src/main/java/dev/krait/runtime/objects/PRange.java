package dev.krait.runtime.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

/** {@code range(start, stop, step)} whose bounds and length fit in a long (see {@link PBigRange} for the others). */
public final class PRange extends PRangeBase {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    /** The caller checked that {@link #lengthOf} is not negative: the length fits in a long. */
    public PRange(PythonClass cls, Shape shape, long start, long stop, long step) {
        super(cls, shape);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start, stop, step);
        assert length >= 0;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        return length;
    }

    /**
     * The number of items of {@code range(start, stop, step)} (step not 0), or a negative number when it exceeds
     * {@code Long.MAX_VALUE} (such a range is a {@link PBigRange}). The difference of the bounds is taken as an unsigned
     * long, which cannot overflow.
     */
    public static long lengthOf(long start, long stop, long step) {
        if (step > 0) {
            return start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0;
        }
        return start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0;
    }

    /** The item at {@code index} (0 ≤ index < length): between start and stop, so it fits in a long. */
    public long get(long index) {
        return start + index * step;
    }

    @Override
    public Object startValue() {
        return start;
    }

    @Override
    public Object stopValue() {
        return stop;
    }

    @Override
    public Object stepValue() {
        return step;
    }

    @Override
    @TruffleBoundary
    public BigInteger bigStart() {
        return BigInteger.valueOf(start);
    }

    @Override
    @TruffleBoundary
    public BigInteger bigStop() {
        return BigInteger.valueOf(stop);
    }

    @Override
    @TruffleBoundary
    public BigInteger bigStep() {
        return BigInteger.valueOf(step);
    }

    @Override
    @TruffleBoundary
    public BigInteger bigLength() {
        return BigInteger.valueOf(length);
    }
}
