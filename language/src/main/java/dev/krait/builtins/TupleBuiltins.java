package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;

/** {@code tuple}. */
final class TupleBuiltins {
    private TupleBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newTuple(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            // CPython refuses keywords unless a subclass has its own __init__ to take them
            boolean ownInit = ((PythonClass) cls).lookup("__init__") != context.classes().objectClass.lookup("__init__");
            Object iterable = !ownInit ? ConstructorArgs.positionalOnly("tuple", args, kwargs, 1)[0]
                            : ((PTuple) args).length() > 0 ? ((PTuple) args).get(0) : PNone.NO_VALUE;
            Object[] items = iterable == PNone.NO_VALUE ? new Object[0] : PyIter.toArrayAskingLengthHint(iterable).clone();
            if (cls == context.classes().tupleClass && iterable instanceof PTuple tuple && tuple.getPythonClass() == cls) {
                return tuple;
            }
            if (cls == context.classes().tupleClass && items.length == 0) {
                return context.emptyTuple();
            }
            return new PTuple((PythonClass) cls, context.getShape(), items);
        }
    }

    static PTuple self(Object self, String method) {
        if (self instanceof PTuple tuple) {
            return tuple;
        }
        throw OperatorMethods.descriptorError(method, "tuple", self);
    }

    static boolean isTuple(Object value) {
        return value instanceof PTuple;
    }

    /** {@code + *} and the comparisons. */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().tupleClass;
        OperatorMethods.define(context, cls, "__add__", OperatorMethods.BINARY, TupleBuiltins::isTuple, args -> {
            if (!(args[1] instanceof PTuple)) {
                throw Errors.typeError("can only concatenate tuple (not \"" + PyObjectType.typeName(args[1]) + "\") to tuple");
            }
            return BuiltinArithmetic.binary(BinaryOperator.ADD, args[0], args[1]);
        });
        for (String name : new String[]{"__mul__", "__rmul__"}) {
            OperatorMethods.define(context, cls, name, OperatorMethods.BINARY, TupleBuiltins::isTuple,
                            args -> BuiltinArithmetic.binary(BinaryOperator.MUL, args[0], PyNumber.repeatIndex(args[1])));
        }
        OperatorMethods.comparisons(context, cls, TupleBuiltins::isTuple, (op, self, other) -> other instanceof PTuple
                        ? PyObjectRichCompare.builtinCompare(op, self, other, false)
                        : OperatorMethods.notImplemented());
    }

    @Builtin(name = "index", params = {"self", "value", "start=", "stop=", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static long index(Object[] args) {
            Object[] items = self(args[0], "index").items();
            int size = items.length;
            long start = args[2] == PNone.NO_VALUE ? 0 : PyNumber.clampedSliceIndex(args[2], "");
            long stop = args[3] == PNone.NO_VALUE ? size : PyNumber.clampedSliceIndex(args[3], "");
            start = start < 0 ? Math.max(0, start + size) : start;
            stop = stop < 0 ? Math.max(0, stop + size) : Math.min(stop, size);
            for (long i = start; i < stop; i++) {
                if (PyObjectRichCompare.equals(items[(int) i], args[1])) {
                    return i;
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object getnewargs(Object self) {
            KraitContext context = KraitContext.get(null);
            return context.newTuple(new Object[]{context.newTuple(self(self, "__getnewargs__").items())});
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            long count = 0;
            for (Object item : self(self, "count").items()) {
                if (PyObjectRichCompare.equals(item, value)) {
                    count++;
                }
            }
            return count;
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

    @Builtin(name = "__getitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object index) {
            PTuple tuple = self(self, "__getitem__");
            if (index instanceof dev.krait.runtime.objects.PSlice slice) {
                return KraitContext.get(null).newTuple(dev.krait.runtime.protocol.SequenceOps.sliceArray(tuple.items(),
                                dev.krait.runtime.protocol.SliceIndices.of(slice, tuple.length())));
            }
            return tuple.get(dev.krait.runtime.protocol.SequenceOps.normalizeIndex(index, tuple.length(), "tuple"));
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long hash(Object self) {
            return PyObjectHash.tupleHash(self(self, "__hash__").items());
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            KraitContext context = KraitContext.get(null);
            return PyObjectRepr.builtinRepr(context, context.classes().tupleClass, self);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            KraitContext context = KraitContext.get(null);
            return new dev.krait.runtime.iterators.SequenceIterator(context.classes().tupleIteratorClass, context.getShape(), self);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean contains(Object self, Object value) {
            return dev.krait.runtime.protocol.PyObjectGetItem.contains(self, value);
        }
    }
}
