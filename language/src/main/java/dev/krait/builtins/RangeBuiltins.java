package dev.krait.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.objects.PRangeBase;
import dev.krait.runtime.objects.PBigRange;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.RangeOps;
import dev.krait.runtime.protocol.SequenceOps;

/** {@code range}, at any size: {@link PRange} in longs, {@link PBigRange} beyond (see {@link RangeOps}). */
final class RangeBuiltins {
    private RangeBuiltins() {
    }

    static PRangeBase self(Object self, String method) {
        if (self instanceof PRangeBase range) {
            return range;
        }
        throw OperatorMethods.descriptorError(method, "range", self);
    }

    static boolean isRange(Object value) {
        return value instanceof PRangeBase;
    }

    /** The attributes {@code start/stop/step}, equality and hash (by the sequence a range stands for). */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().rangeClass;
        BuiltinTypeInstaller.getset(context, cls, "start", self -> ((PRangeBase) self).startValue(), null);
        BuiltinTypeInstaller.getset(context, cls, "stop", self -> ((PRangeBase) self).stopValue(), null);
        BuiltinTypeInstaller.getset(context, cls, "step", self -> ((PRangeBase) self).stepValue(), null);
        OperatorMethods.define(context, cls, "__reduce__", OperatorMethods.UNARY, RangeBuiltins::isRange, args -> {
            PRangeBase range = (PRangeBase) args[0];
            KraitContext current = KraitContext.get(null);
            return current.newTuple(new Object[]{range.getPythonClass(),
                            current.newTuple(new Object[]{range.startValue(), range.stopValue(), range.stepValue()})});
        });
        OperatorMethods.comparisons(context, cls, RangeBuiltins::isRange, (op, self, other) -> {
            if (!(other instanceof PRangeBase o) || (op != CompareOperator.EQ && op != CompareOperator.NE)) {
                return OperatorMethods.notImplemented();
            }
            return sameSequence((PRangeBase) self, o) == (op == CompareOperator.EQ);
        });
    }

    /** Two ranges are equal when they produce the same numbers. */
    @TruffleBoundary
    static boolean sameSequence(PRangeBase a, PRangeBase b) {
        if (a instanceof PRange x && b instanceof PRange y) {
            long length = x.length();
            return length == y.length() && (length == 0 || x.start() == y.start() && (length == 1 || x.step() == y.step()));
        }
        BigInteger length = a.bigLength();
        if (!length.equals(b.bigLength())) {
            return false;
        }
        if (length.signum() == 0) {
            return true;
        }
        if (!a.bigStart().equals(b.bigStart())) {
            return false;
        }
        return length.equals(BigInteger.ONE) || a.bigStep().equals(b.bigStep());
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newRange(Object cls, Object args, Object kwargs) {
            Object[] items = ConstructorArgs.checkPositional("range", args, kwargs, 1, 3);
            Object start = 0L;
            Object stop;
            Object step = 1L;
            if (items.length == 1) {
                stop = PyNumber.index(items[0]);
            } else {
                start = PyNumber.index(items[0]);
                stop = PyNumber.index(items[1]);
                if (items.length == 3) {
                    step = PyNumber.index(items[2]);
                    if (step instanceof Long l && l == 0) {
                        throw Errors.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            return RangeOps.create(KraitContext.get(null), start, stop, step);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long len(Object self) {
            PRangeBase range = self(self, "__len__");
            return range instanceof PRange small ? small.length() : RangeOps.length(range);
        }
    }

    @Builtin(name = "__bool__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BoolNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean bool(Object self) {
            PRangeBase range = self(self, "__bool__");
            return range instanceof PRange small ? small.length() != 0 : range.bigLength().signum() != 0;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object getitem(Object self, Object key) {
            return SequenceOps.rangeGetItem(KraitContext.get(null), self(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean contains(Object self, Object key) {
            PRangeBase range = self(self, "__contains__");
            if (BuiltinArithmetic.isInt(key)) {
                return RangeOps.containsInt(range, BuiltinArithmetic.asInt(key));
            }
            // any other object is compared with each item in turn, as CPython's sequence search does
            Object iterator = RangeOps.iterator(KraitContext.get(null), range);
            Object item;
            while ((item = PyIter.next(iterator)) != null) {
                if (PyObjectRichCompare.equals(item, key)) {
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
        static Object index(Object self, Object value) {
            PRangeBase range = self(self, "index");
            if (BuiltinArithmetic.isInt(value)) {
                Object position = RangeOps.indexOfInt(range, BuiltinArithmetic.asInt(value));
                if (position == null) {
                    throw Errors.valueError(PyObjectRepr.repr(value) + " is not in range");
                }
                return position;
            }
            Object iterator = RangeOps.iterator(KraitContext.get(null), range);
            Object item;
            for (long i = 0; (item = PyIter.next(iterator)) != null; i++) {
                if (PyObjectRichCompare.equals(item, value)) {
                    return i;
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            PRangeBase range = self(self, "count");
            if (BuiltinArithmetic.isInt(value)) {
                return RangeOps.containsInt(range, BuiltinArithmetic.asInt(value)) ? 1 : 0;
            }
            Object iterator = RangeOps.iterator(KraitContext.get(null), range);
            Object item;
            long count = 0;
            while ((item = PyIter.next(iterator)) != null) {
                if (PyObjectRichCompare.equals(item, value)) {
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
            return RangeOps.iterator(KraitContext.get(null), self(self, "__iter__"));
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object reversed(Object self) {
            return RangeOps.reversedIterator(KraitContext.get(null), self(self, "__reversed__"));
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long hash(Object self) {
            PRangeBase range = self(self, "__hash__");
            BigInteger length = range.bigLength();
            Object start = length.signum() == 0 ? PNone.NONE : range.startValue();
            Object step = length.compareTo(BigInteger.ONE) <= 0 ? PNone.NONE : range.stepValue();
            return PyObjectHash.tupleHash(new Object[]{PInt.normalize(length), start, step});
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
