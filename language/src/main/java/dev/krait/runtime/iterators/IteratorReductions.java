package dev.krait.runtime.iterators;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;

/**
 * The reductions pickle and copy use to rebuild a builtin iterator, as CPython's: {@code iter(sequence)} with the
 * position as state for the iterators over indexable things, {@code iter(list_of_what_remains)} for dict and set
 * iterators, {@code iter(empty)} once exhausted.
 */
final class IteratorReductions {
    private IteratorReductions() {
    }

    private static Object iter(KraitContext context) {
        return ObjectAttributes.get(context.getBuiltins(), "iter");
    }

    /** {@code (iter, (sequence,), index)}. */
    static Object indexed(KraitContext context, Object sequence, long index) {
        return context.newTuple(new Object[]{iter(context), context.newTuple(new Object[]{sequence}), index});
    }

    /** {@code (iter, (empty,))}: an exhausted iterator. */
    static Object exhausted(KraitContext context, Object empty) {
        return context.newTuple(new Object[]{iter(context), context.newTuple(new Object[]{empty})});
    }

    /** {@code (iter, ([items],))}: the items still to come. */
    static Object remaining(KraitContext context, Object[] items) {
        return exhausted(context, context.newList(items));
    }

    /** {@code (iter, (range,), None)}. */
    static Object range(KraitContext context, Object range) {
        return context.newTuple(new Object[]{iter(context), context.newTuple(new Object[]{range}), PNone.NONE});
    }

    /** The index a {@code __setstate__} argument gives, clamped to {@code [0, length]}. */
    static long index(Object state, long length) {
        if (!BuiltinArithmetic.isInt(state)) {
            throw Errors.typeError("an integer is required");
        }
        long index = PyNumber.asSize(state);
        return Math.max(0, Math.min(index, length));
    }
}
