package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.SequenceOps;
import dev.krait.runtime.protocol.SliceIndices;

/** {@code range}. Bounds must fit in a long for now. */
final class RangeBuiltins {
    private RangeBuiltins() {
    }

    static PRange self(Object self, String method) {
        if (self instanceof PRange range) {
            return range;
        }
        throw OperatorMethods.descriptorError(method, "range", self);
    }

    static boolean isRange(Object value) {
        return value instanceof PRange;
    }

    /** The attributes {@code start/stop/step}, equality and hash (by the sequence a range stands for). */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().rangeClass;
        BuiltinTypeInstaller.getset(context, cls, "start", self -> ((PRange) self).start(), null);
        BuiltinTypeInstaller.getset(context, cls, "stop", self -> ((PRange) self).stop(), null);
        BuiltinTypeInstaller.getset(context, cls, "step", self -> ((PRange) self).step(), null);
        OperatorMethods.define(context, cls, "__reduce__", OperatorMethods.UNARY, RangeBuiltins::isRange, args -> {
            PRange range = (PRange) args[0];
            KraitContext current = KraitContext.get(null);
            return current.newTuple(new Object[]{range.getPythonClass(), current.newTuple(new Object[]{range.start(), range.stop(), range.step()})});
        });
        OperatorMethods.comparisons(context, cls, RangeBuiltins::isRange, (op, self, other) -> {
            if (!(other instanceof PRange o) || (op != CompareOperator.EQ && op != CompareOperator.NE)) {
                return OperatorMethods.notImplemented();
            }
            return sameSequence((PRange) self, o) == (op == CompareOperator.EQ);
        });
    }

    /** Two ranges are equal when they produce the same numbers. */
    static boolean sameSequence(PRange a, PRange b) {
        long length = a.length();
        if (length != b.length()) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        if (a.start() != b.start()) {
            return false;
        }
        return length == 1 || a.step() == b.step();
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newRange(Object cls, Object args, Object kwargs) {
            Object[] items = ConstructorArgs.checkPositional("range", args, kwargs, 1, 3);
            long start = 0;
            long stop;
            long step = 1;
            if (items.length == 1) {
                stop = asLong(items[0]);
            } else {
                start = asLong(items[0]);
                stop = asLong(items[1]);
                if (items.length == 3) {
                    step = asLong(items[2]);
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
            return self(self, "__len__").length();
        }
    }

    @Builtin(name = "__bool__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BoolNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean bool(Object self) {
            return self(self, "__bool__").length() != 0;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object key) {
            PRange range = self(self, "__getitem__");
            KraitContext context = KraitContext.get(null);
            if (key instanceof PSlice slice) {
                SliceIndices indices = SliceIndices.of(slice, (int) Math.min(range.length(), Integer.MAX_VALUE));
                return new PRange(context.classes().rangeClass, context.getShape(), range.get(indices.start()), range.get(indices.stop()),
                                range.step() * indices.step());
            }
            return SequenceOps.rangeGetItem(context, range, key);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean contains(Object self, Object key) {
            PRange range = self(self, "__contains__");
            if (BuiltinArithmetic.isInt(key)) {
                return PyObjectGetItem.contains(range, key);
            }
            for (long i = 0; i < range.length(); i++) {
                if (PyObjectRichCompare.equals(range.get(i), key)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long index(Object self, Object value) {
            PRange range = self(self, "index");
            if (BuiltinArithmetic.isInt(value) && BuiltinArithmetic.asInt(value) instanceof Long v) {
                if (PyObjectGetItem.contains(range, v)) {
                    return (v - range.start()) / range.step();
                }
            } else if (!BuiltinArithmetic.isInt(value)) {
                for (long i = 0; i < range.length(); i++) {
                    if (PyObjectRichCompare.equals(range.get(i), value)) {
                        return i;
                    }
                }
            }
            throw Errors.valueError(PyObjectRepr.repr(value) + " is not in range");
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            PRange range = self(self, "count");
            if (BuiltinArithmetic.isInt(value)) {
                return PyObjectGetItem.contains(range, value) ? 1 : 0;
            }
            long count = 0;
            for (long i = 0; i < range.length(); i++) {
                if (PyObjectRichCompare.equals(range.get(i), value)) {
                    count++;
                }
            }
            return count;
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return PyIter.getIter(self(self, "__iter__"));
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            PRange range = self(self, "__reversed__");
            KraitContext context = KraitContext.get(null);
            long length = range.length();
            long last = length == 0 ? range.start() : range.get(length - 1);
            return PyIter.getIter(new PRange(context.classes().rangeClass, context.getShape(), last, last - range.step() * length, -range.step()));
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long hash(Object self) {
            PRange range = self(self, "__hash__");
            long length = range.length();
            Object[] key = {length, length == 0 ? PNone.NONE : range.start(), length <= 1 ? PNone.NONE : range.step()};
            return PyObjectHash.tupleHash(key);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            KraitContext context = KraitContext.get(null);
            return PyObjectRepr.builtinRepr(context, context.classes().rangeClass, self(self, "__repr__"));
        }
    }
}
