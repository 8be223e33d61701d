package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.iterators.FunctionalIterators;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectSize;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code enumerate()}, {@code zip()}, {@code map()}, {@code filter()} and {@code reversed()}: each type's {@code __new__}. */
final class IteratorConstructors {
    private IteratorConstructors() {
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "start="})
    @GenerateNodeFactory
    abstract static class EnumerateNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object enumerate(Object cls, Object iterable, Object start) {
            Object first = start == PNone.NO_VALUE ? 0L : PyNumber.index(start);
            return new FunctionalIterators.Enumerate(KraitContext.get(null), (PythonClass) cls, PyIter.getIter(iterable), first);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "*iterables", "strict="})
    @GenerateNodeFactory
    abstract static class ZipNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object zip(Object cls, Object iterables, Object strict) {
            Object[] items = ((PTuple) iterables).items();
            Object[] iterators = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                iterators[i] = PyIter.getIter(items[i]);
            }
            boolean isStrict = strict != PNone.NO_VALUE && PyObjectIsTrue.isTrue(strict);
            return new FunctionalIterators.Zip(KraitContext.get(null), (PythonClass) cls, iterators, isStrict);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "func", "*iterables"})
    @GenerateNodeFactory
    abstract static class MapNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object map(Object cls, Object function, Object iterables) {
            Object[] items = ((PTuple) iterables).items();
            if (items.length == 0) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            Object[] iterators = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                iterators[i] = PyIter.getIter(items[i]);
            }
            return new FunctionalIterators.Map(KraitContext.get(null), (PythonClass) cls, function, iterators);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "iterable", "/"})
    @GenerateNodeFactory
    abstract static class FilterNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object filter(Object cls, Object function, Object iterable) {
            return new FunctionalIterators.Filter(KraitContext.get(null), (PythonClass) cls, function, PyIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "sequence", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNewNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object cls, Object sequence) {
            KraitContext context = KraitContext.get(null);
            PythonClass type = PyObjectType.classOf(context, sequence);
            if (sequence instanceof dev.krait.runtime.objects.PList list && list.getPythonClass() == context.classes().listClass) {
                return new FunctionalIterators.Reversed(context, context.classes().listReverseIteratorClass, sequence, list.size());
            }
            boolean sequenceProtocol = sequence instanceof String || sequence instanceof PTuple && type.isBuiltin();
            Object reversedMethod = sequenceProtocol ? null : type.lookup("__reversed__");
            if (reversedMethod == dev.krait.runtime.objects.PNone.NONE) {
                throw Errors.typeError("'" + type.getTypeName() + "' object is not reversible");
            }
            if (reversedMethod != null) {
                return PyObjectCall.callDescriptor(reversedMethod, sequence, new Object[0], new String[0], new Object[0]);
            }
            if (sequence instanceof PDict dict) {
                Object[] keys = dict.storage().keysArray();
                java.util.Collections.reverse(java.util.Arrays.asList(keys));
                return PyIter.getIter(context.newList(keys));
            }
            if (type.lookup("__getitem__") == null || type.lookup("__len__") == null && !(sequence instanceof String)) {
                throw Errors.typeError("'" + type.getTypeName() + "' object is not reversible");
            }
            return new FunctionalIterators.Reversed(context, (PythonClass) cls, sequence, PyObjectSize.size(sequence));
        }
    }
}
