package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.protocol.PyNumber;

/** {@code range}. */
final class RangeBuiltins {
    private RangeBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "start", "stop=", "step=", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object newRange(Object[] args) {
            long start;
            long stop;
            long step = 1;
            if (args[2] == PNone.NO_VALUE) {
                start = 0;
                stop = asLong(args[1]);
            } else {
                start = asLong(args[1]);
                stop = asLong(args[2]);
                if (args[3] != PNone.NO_VALUE) {
                    step = asLong(args[3]);
                    if (step == 0) {
                        throw Errors.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            KraitContext context = KraitContext.get(null);
            return new PRange(context.classes().rangeClass, context.getShape(), start, stop, step);
        }

        private static long asLong(Object value) {
            Object index = PyNumber.index(value);
            if (index instanceof Long l) {
                return l;
            }
            throw Errors.notImplementedError("ranges beyond 64-bit bounds are not supported by Krait yet");
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long len(Object self) {
            return ((PRange) self).length();
        }
    }

    @Builtin(name = "index", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Builtin2 {
        @Specialization
        static long index(Object self, Object value) {
            PRange range = (PRange) self;
            if (!dev.krait.runtime.protocol.PyObjectGetItem.contains(range, value)) {
                throw Errors.valueError(dev.krait.runtime.protocol.PyObjectRepr.repr(value) + " is not in range");
            }
            return ((Long) dev.krait.runtime.protocol.BuiltinArithmetic.asInt(value) - range.start()) / range.step();
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Builtin2 {
        @Specialization
        static long count(Object self, Object value) {
            return dev.krait.runtime.protocol.PyObjectGetItem.contains(self, value) ? 1 : 0;
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return dev.krait.runtime.protocol.PyIter.getIter(self);
        }
    }
}
