package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
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

    private static long clampIndex(Object value) {
        Object index;
        try {
            index = PyNumber.index(value);
        } catch (dev.krait.runtime.exceptions.PException e) {
            if (PyObjectType.classOf(value).lookup("__index__") != null) {
                throw e;
            }
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (index instanceof Long l) {
            return l;
        }
        return ((dev.krait.runtime.objects.PInt) index).value().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
}
