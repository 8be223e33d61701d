package dev.krait.runtime.protocol;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;

/** {@code slice.indices(length)}: a slice's start, stop and step clamped to a sequence, and the count of items. */
public record SliceIndices(int start, int stop, int step, int length) {

    @TruffleBoundary
    public static SliceIndices of(PSlice slice, int sequenceLength) {
        long step = slice.step() == PNone.NONE ? 1 : clampIndex(slice.step());
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long start;
        long stop;
        if (step > 0) {
            start = slice.start() == PNone.NONE ? 0 : adjust(clampIndex(slice.start()), sequenceLength, 0, sequenceLength);
            stop = slice.stop() == PNone.NONE ? sequenceLength : adjust(clampIndex(slice.stop()), sequenceLength, 0, sequenceLength);
        } else {
            start = slice.start() == PNone.NONE ? sequenceLength - 1 : adjust(clampIndex(slice.start()), sequenceLength, -1, sequenceLength - 1);
            stop = slice.stop() == PNone.NONE ? -1 : adjust(clampIndex(slice.stop()), sequenceLength, -1, sequenceLength - 1);
        }
        long count;
        if (step > 0) {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        return new SliceIndices((int) start, (int) stop, (int) Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) count);
    }

    private static long adjust(long index, int length, long lower, long upper) {
        if (index < 0) {
            index += length;
            if (index < lower) {
                index = lower;
            }
        } else if (index > upper) {
            index = upper;
        }
        return index;
    }

    /**
     * CPython's {@code _PySlice_GetLongIndices}: the slice's start, stop and step clamped to a sequence of any length
     * (not negative), as {@code [start, stop, step]}.
     */
    @TruffleBoundary
    public static BigInteger[] ofAnyLength(PSlice slice, BigInteger length) {
        BigInteger step = slice.step() == PNone.NONE ? BigInteger.ONE : IntOps.big(sliceIndex(slice.step()));
        if (step.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean backwards = step.signum() < 0;
        BigInteger lower = backwards ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = backwards ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = slice.start() == PNone.NONE ? (backwards ? upper : lower) : clamp(slice.start(), length, lower, upper);
        BigInteger stop = slice.stop() == PNone.NONE ? (backwards ? lower : upper) : clamp(slice.stop(), length, lower, upper);
        return new BigInteger[]{start, stop, step};
    }

    private static BigInteger clamp(Object bound, BigInteger length, BigInteger lower, BigInteger upper) {
        BigInteger index = IntOps.big(sliceIndex(bound));
        if (index.signum() < 0) {
            index = index.add(length);
            return index.compareTo(lower) < 0 ? lower : index;
        }
        return index.compareTo(upper) > 0 ? upper : index;
    }

    /** A slice bound as an int ({@code Long} or {@code PInt}), with CPython's TypeError for other objects. */
    private static Object sliceIndex(Object value) {
        try {
            return PyNumber.index(value);
        } catch (dev.krait.runtime.exceptions.PException e) {
            if (PyObjectType.classOf(value).lookup("__index__") != null) {
                throw e;
            }
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
    }

    private static long clampIndex(Object value) {
        Object index = sliceIndex(value);
        if (index instanceof Long l) {
            return l;
        }
        return ((dev.krait.runtime.objects.PInt) index).value().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
}
