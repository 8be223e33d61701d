package dev.krait.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.iterators.BigRangeIterator;
import dev.krait.runtime.iterators.RangeIterator;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.RangeOps;

/**
 * What {@code range_iterator} and {@code longrange_iterator} add to the builtin iterators: {@code __length_hint__} at
 * any size, and pickling ({@code __reduce__} gives {@code iter(range(...))} over the items left, {@code __setstate__}
 * skips items).
 */
final class RangeIteratorBuiltins {
    private RangeIteratorBuiltins() {
    }

    /** The items left: next item, count, step. */
    private static BigInteger[] state(Object self, String method) {
        if (self instanceof RangeIterator it) {
            return new BigInteger[]{BigInteger.valueOf(it.nextValue()), BigInteger.valueOf(it.lengthHint()), BigInteger.valueOf(it.step())};
        } else if (self instanceof BigRangeIterator it) {
            return new BigInteger[]{it.nextValue(), it.remaining(), it.step()};
        }
        throw OperatorMethods.descriptorError(method, "range_iterator", self);
    }

    @Builtin(name = "__length_hint__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LengthHintNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object lengthHint(Object self) {
            if (self instanceof RangeIterator it) {
                return it.lengthHint();
            }
            return PInt.normalize(state(self, "__length_hint__")[1]);
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            BigInteger[] state = state(self, "__reduce__");
            KraitContext context = KraitContext.get(null);
            Object range = RangeOps.create(context, state[0], state[0].add(state[1].multiply(state[2])), state[2]);
            Object iter = ObjectAttributes.get(context.getBuiltins(), "iter");
            return context.newTuple(new Object[]{iter, context.newTuple(new Object[]{range}), PNone.NONE});
        }
    }

    @Builtin(name = "__setstate__", params = {"self", "state", "/"})
    @GenerateNodeFactory
    abstract static class SetStateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setState(Object self, Object state) {
            if (self instanceof RangeIterator it) {
                // range_iterator reads the state as a C long
                Object index = PyNumber.index(state);
                if (!(index instanceof Long count)) {
                    throw Errors.overflowError("Python int too large to convert to C long");
                }
                it.skip(Math.max(0, Math.min(count, it.lengthHint())));
                return PNone.NONE;
            }
            BigInteger[] current = state(self, "__setstate__");
            // longrange_iterator compares the state with 0 and the length as objects
            BigInteger count;
            if (PyObjectRichCompare.compareBool(CompareOperator.LT, state, 0L)) {
                count = BigInteger.ZERO;
            } else if (PyObjectRichCompare.compareBool(CompareOperator.GT, state, PInt.normalize(current[1]))) {
                count = current[1];
            } else {
                count = IntOps.big(PyNumber.index(state));
            }
            ((BigRangeIterator) self).skip(count);
            return PNone.NONE;
        }
    }
}
