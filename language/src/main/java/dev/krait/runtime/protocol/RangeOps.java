package dev.krait.runtime.protocol;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.iterators.BigRangeIterator;
import dev.krait.runtime.iterators.RangeIterator;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PBigRange;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.objects.PRangeBase;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PythonClass;

/**
 * What a {@code range} computes: making one (a {@link PRange} when everything fits in a long, a {@link PBigRange}
 * otherwise), its items, slices, membership and iterators.
 */
public final class RangeOps {
    private RangeOps() {
    }

    /** {@code range(start, stop, step)} of ints ({@code Long} or {@code PInt}); step is not 0. */
    @TruffleBoundary
    public static PRangeBase create(KraitContext context, Object start, Object stop, Object step) {
        PythonClass cls = context.classes().rangeClass;
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c && PRange.lengthOf(a, b, c) >= 0) {
            return new PRange(cls, context.getShape(), a, b, c);
        }
        return new PBigRange(cls, context.getShape(), start, stop, step);
    }

    @TruffleBoundary
    public static PRangeBase create(KraitContext context, BigInteger start, BigInteger stop, BigInteger step) {
        return create(context, PInt.normalize(start), PInt.normalize(stop), PInt.normalize(step));
    }

    /** {@code len(range)}: CPython's OverflowError when the length exceeds {@code sys.maxsize}. */
    @TruffleBoundary
    public static long length(PRangeBase range) {
        if (range instanceof PRange small) {
            return small.length();
        }
        BigInteger length = range.bigLength();
        if (length.bitLength() >= 64) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.longValue();
    }

    /** {@code range[index]} for an int index ({@code Long} or {@code PInt}). */
    @TruffleBoundary
    public static Object item(PRangeBase range, Object index) {
        if (range instanceof PRange small && index instanceof Long i) {
            long length = small.length();
            long position = i < 0 ? i + length : i;
            if (position < 0 || position >= length) {
                throw Errors.indexError("range object index out of range");
            }
            return small.get(position);
        }
        BigInteger length = range.bigLength();
        BigInteger position = IntOps.big(index);
        if (position.signum() < 0) {
            position = position.add(length);
        }
        if (position.signum() < 0 || position.compareTo(length) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return PInt.normalize(range.bigStart().add(position.multiply(range.bigStep())));
    }

    /** {@code range[slice]}: the range of the selected items. */
    @TruffleBoundary
    public static PRangeBase slice(KraitContext context, PRangeBase range, PSlice slice) {
        BigInteger[] indices = SliceIndices.ofAnyLength(slice, range.bigLength());
        BigInteger start = range.bigStart();
        BigInteger step = range.bigStep();
        return create(context, start.add(indices[0].multiply(step)), start.add(indices[1].multiply(step)), step.multiply(indices[2]));
    }

    /** Whether the int {@code value} ({@code Long} or {@code PInt}) is one of the range's items. */
    @TruffleBoundary
    public static boolean containsInt(PRangeBase range, Object value) {
        if (range instanceof PRange small) {
            return value instanceof Long v && positionOf(small, v) >= 0;
        }
        return positionOf(range, IntOps.big(value)) != null;
    }

    /** The position of the int {@code value} among the items, or null when it is not one of them. */
    @TruffleBoundary
    public static Object indexOfInt(PRangeBase range, Object value) {
        if (range instanceof PRange small) {
            if (value instanceof Long v) {
                long position = positionOf(small, v);
                return position >= 0 ? position : null;
            }
            return null;
        }
        BigInteger position = positionOf(range, IntOps.big(value));
        return position == null ? null : PInt.normalize(position);
    }

    /**
     * The position of {@code value} in a long range, or -1. The distance from start is taken as an unsigned long: it
     * is at most the span of the range, which can exceed {@code Long.MAX_VALUE} when the step is above 1.
     */
    public static long positionOf(PRange range, long value) {
        long start = range.start();
        long step = range.step();
        long distance;
        if (step > 0) {
            if (value < start || value >= range.stop()) {
                return -1;
            }
            distance = value - start;
        } else {
            if (value > start || value <= range.stop()) {
                return -1;
            }
            distance = start - value;
            step = -step; // Long.MIN_VALUE stays itself: 2**63 as an unsigned long
        }
        return Long.remainderUnsigned(distance, step) == 0 ? Long.divideUnsigned(distance, step) : -1;
    }

    private static BigInteger positionOf(PRangeBase range, BigInteger value) {
        BigInteger[] quotient = value.subtract(range.bigStart()).divideAndRemainder(range.bigStep());
        if (quotient[1].signum() != 0 || quotient[0].signum() < 0 || quotient[0].compareTo(range.bigLength()) >= 0) {
            return null;
        }
        return quotient[0];
    }

    /** {@code iter(range)}: a {@code range_iterator}, or CPython's {@code longrange_iterator} where CPython uses one. */
    @TruffleBoundary
    public static PBuiltinIterator iterator(KraitContext context, PRangeBase range) {
        if (range instanceof PRange small) {
            long length = small.length();
            long stop = small.stop();
            long step = small.step();
            // CPython's range_iterator steps past the last item: it takes the long one where that could overflow
            boolean overflows = length > 0 && (step > 0 ? stop > Long.MAX_VALUE - (step - 1) : stop < Long.MIN_VALUE + (-1 - step));
            PythonClass cls = overflows ? context.classes().longRangeIteratorClass : context.classes().rangeIteratorClass;
            // Java's wrapping arithmetic steps past the last item harmlessly, whichever class it shows
            return new RangeIterator(cls, context.getShape(), small.start(), length, step);
        }
        return new BigRangeIterator(context.classes().longRangeIteratorClass, context.getShape(), range.bigStart(), range.bigLength(), range.bigStep());
    }

    /** {@code reversed(range)}: the items from the last one back, stepping by -step. */
    @TruffleBoundary
    public static PBuiltinIterator reversedIterator(KraitContext context, PRangeBase range) {
        if (range instanceof PRange small) {
            long length = small.length();
            long start = small.start();
            long step = small.step();
            // CPython's range_iterator needs -step and start - step to fit in a long
            boolean overflows = step == Long.MIN_VALUE || (step > 0 ? start < Long.MIN_VALUE + step : start > Long.MAX_VALUE + step);
            PythonClass cls = overflows ? context.classes().longRangeIteratorClass : context.classes().rangeIteratorClass;
            long last = length == 0 ? start : small.get(length - 1);
            // -Long.MIN_VALUE wraps to itself, which still steps correctly in wrapping arithmetic
            return new RangeIterator(cls, context.getShape(), last, length, -step);
        }
        BigInteger length = range.bigLength();
        BigInteger last = range.bigStart().add(length.subtract(BigInteger.ONE).max(BigInteger.ZERO).multiply(range.bigStep()));
        return new BigRangeIterator(context.classes().longRangeIteratorClass, context.getShape(), last, length, range.bigStep().negate());
    }
}
