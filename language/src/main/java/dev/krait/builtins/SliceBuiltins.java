package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.SliceIndices;

/** {@code slice}. */
final class SliceBuiltins {
    private SliceBuiltins() {
    }

    static PSlice self(Object self, String method) {
        if (self instanceof PSlice slice) {
            return slice;
        }
        throw OperatorMethods.descriptorError(method, "slice", self);
    }

    static boolean isSlice(Object value) {
        return value instanceof PSlice;
    }

    private static PTuple asTuple(PSlice slice) {
        return KraitContext.get(null).newTuple(new Object[]{slice.start(), slice.stop(), slice.step()});
    }

    /** The attributes {@code start/stop/step}; comparisons as the tuple {@code (start, stop, step)}. */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().sliceClass;
        BuiltinTypeInstaller.getset(context, cls, "start", self -> ((PSlice) self).start(), null);
        BuiltinTypeInstaller.getset(context, cls, "stop", self -> ((PSlice) self).stop(), null);
        BuiltinTypeInstaller.getset(context, cls, "step", self -> ((PSlice) self).step(), null);
        OperatorMethods.define(context, cls, "__reduce__", OperatorMethods.UNARY, SliceBuiltins::isSlice,
                        args -> KraitContext.get(null).newTuple(new Object[]{((PSlice) args[0]).getPythonClass(), asTuple((PSlice) args[0])}));
        OperatorMethods.comparisons(context, cls, SliceBuiltins::isSlice, (op, self, other) -> other instanceof PSlice o
                        ? PyObjectRichCompare.compare(op, asTuple((PSlice) self), asTuple(o))
                        : OperatorMethods.notImplemented());
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newSlice(Object cls, Object args, Object kwargs) {
            Object[] items = ConstructorArgs.checkPositional("slice", args, kwargs, 1, 3);
            KraitContext context = KraitContext.get(null);
            if (items.length == 1) {
                return new PSlice(context.classes().sliceClass, context.getShape(), PNone.NONE, items[0], PNone.NONE);
            }
            return new PSlice(context.classes().sliceClass, context.getShape(), items[0], items[1], items.length == 3 ? items[2] : PNone.NONE);
        }
    }

    @Builtin(name = "indices", params = {"self", "length", "/"})
    @GenerateNodeFactory
    abstract static class IndicesNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object indices(Object self, Object length) {
            PSlice slice = self(self, "indices");
            java.math.BigInteger n = dev.krait.runtime.numbers.IntOps.big(PyNumber.index(length));
            if (n.signum() < 0) {
                throw Errors.valueError("length should not be negative");
            }
            java.math.BigInteger[] indices = SliceIndices.ofAnyLength(slice, n);
            return KraitContext.get(null).newTuple(new Object[]{PInt.normalize(indices[0]), PInt.normalize(indices[1]), PInt.normalize(indices[2])});
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long hash(Object self) {
            PSlice slice = self(self, "__hash__");
            return PyObjectHash.tupleHash(new Object[]{slice.start(), slice.stop(), slice.step()});
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            KraitContext context = KraitContext.get(null);
            return PyObjectRepr.builtinRepr(context, context.classes().sliceClass, self(self, "__repr__"));
        }
    }
}
