package dev.krait.runtime.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.numbers.IntOps;

/**
 * {@code range(start, stop, step)} whose bounds or length do not fit in a long. It keeps the int objects it was made
 * from ({@code range(n).stop is n}) and computes with {@link BigInteger}s.
 */
public final class PBigRange extends PRangeBase {
    private final Object start;
    private final Object stop;
    private final Object step;
    private final BigInteger bigStart;
    private final BigInteger bigStop;
    private final BigInteger bigStep;
    private final BigInteger length;

    /** {@code start}, {@code stop} and {@code step} are Python ints ({@code Long} or {@code PInt}), step not 0. */
    public PBigRange(PythonClass cls, Shape shape, Object start, Object stop, Object step) {
        super(cls, shape);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.bigStart = IntOps.big(start);
        this.bigStop = IntOps.big(stop);
        this.bigStep = IntOps.big(step);
        this.length = lengthOf(bigStart, bigStop, bigStep);
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
    public BigInteger bigStart() {
        return bigStart;
    }

    @Override
    public BigInteger bigStop() {
        return bigStop;
    }

    @Override
    public BigInteger bigStep() {
        return bigStep;
    }

    @Override
    public BigInteger bigLength() {
        return length;
    }
}
