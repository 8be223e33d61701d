package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;

/** {@code tuple}. */
final class TupleBuiltins {
    private TupleBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "iterable=", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object newTuple(Object cls, Object iterable) {
            KraitContext context = KraitContext.get(null);
            Object[] items = iterable == PNone.NO_VALUE ? new Object[0] : PyIter.toArray(iterable).clone();
            if (cls == context.classes().tupleClass && iterable instanceof PTuple tuple && tuple.getPythonClass() == cls) {
                return tuple;
            }
            return new PTuple((PythonClass) cls, context.getShape(), items);
        }
    }

    @Builtin(name = "index", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long index(Object self, Object value) {
            Object[] items = ((PTuple) self).items();
            for (int i = 0; i < items.length; i++) {
                if (PyObjectRichCompare.equals(items[i], value)) {
                    return i;
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            long count = 0;
            for (Object item : ((PTuple) self).items()) {
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
            return ((PTuple) self).length();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object index) {
            PTuple tuple = (PTuple) self;
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
            return PyObjectHash.tupleHash(((PTuple) self).items());
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
            return new dev.krait.runtime.iterators.SequenceIterator(context.classes().iteratorClass, context.getShape(), self);
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
