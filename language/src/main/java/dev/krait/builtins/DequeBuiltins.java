package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.iterators.DequeIterator;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PDeque;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;

/**
 * {@code collections.deque} ({@link PDeque}): its methods with CPython 3.12's arguments, errors and mutation checks.
 * The end operations and {@code len} are specialized on the deque; the rest run behind a boundary.
 */
final class DequeBuiltins {
    static final String TYPE_NAME = "collections.deque";

    private DequeBuiltins() {
    }

    static PDeque self(Object self, String method) {
        if (self instanceof PDeque deque) {
            return deque;
        }
        throw OperatorMethods.descriptorError(method, TYPE_NAME, self);
    }

    private static KraitContext context() {
        return KraitContext.get(null);
    }

    /** An empty deque of {@code cls} (deque or a subclass). */
    static PDeque newDeque(KraitContext context, PythonClass cls) {
        return RefCounts.created(new PDeque(cls, context.getShape()));
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newDeque(Object cls, Object args, Object kwargs) {
            return DequeBuiltins.newDeque(context(), (PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PDeque deque = self(self, "__init__");
            Object[] given = ((PTuple) args).items();
            Object[] bound = ((PDict) kwargs).size() == 0 && given.length <= 2 ? padded(given)
                            : ConstructorArgs.bind("deque", args, kwargs, new String[]{"iterable", "maxlen"});
            long maxlen = -1;
            if (bound[1] != PNone.NO_VALUE && bound[1] != PNone.NONE) {
                maxlen = exactSsize(bound[1]);
                if (maxlen < 0) {
                    throw Errors.valueError("maxlen must be non-negative");
                }
            }
            deque.setMaxlen(maxlen);
            deque.clear();
            if (bound[0] != PNone.NO_VALUE) {
                extend(deque, bound[0], false);
            }
            return PNone.NONE;
        }

        private static Object[] padded(Object[] given) {
            return new Object[]{given.length > 0 ? given[0] : PNone.NO_VALUE, given.length > 1 ? given[1] : PNone.NO_VALUE};
        }

        /** CPython's {@code PyLong_AsSsize_t}: an int (not merely an object with {@code __index__}). */
        private static long exactSsize(Object value) {
            Object v = value instanceof PBoxedValue boxed ? boxed.value() : value;
            if (!BuiltinArithmetic.isInt(v)) {
                throw Errors.typeError("an integer is required");
            }
            Object n = BuiltinArithmetic.asInt(v);
            if (n instanceof PInt) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return (Long) n;
        }
    }

    /** {@code extend}/{@code extendleft}: the deque itself is copied first; a deque with maxlen 0 only runs the iterable. */
    @TruffleBoundary
    static void extend(PDeque deque, Object iterable, boolean left) {
        if (iterable == deque) {
            iterable = context().newList(deque.toArray());
        }
        Object iterator = PyIter.getIter(iterable);
        if (deque.maxlen() != 0) {
            deque.startFilling(left);
        }
        Object item;
        while ((item = PyIter.next(iterator)) != null) {
            if (deque.maxlen() == 0) {
                continue;
            }
            if (left) {
                deque.appendLeft(item);
            } else {
                deque.append(item);
            }
        }
    }

    @Builtin(name = "append", params = {"self", "item", "/"})
    @GenerateNodeFactory
    abstract static class AppendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object append(PDeque self, Object item) {
            self.append(item);
            return PNone.NONE;
        }

        @Specialization(replaces = "append")
        static Object appendGeneric(Object self, Object item) {
            self(self, "append").append(item);
            return PNone.NONE;
        }
    }

    @Builtin(name = "appendleft", params = {"self", "item", "/"})
    @GenerateNodeFactory
    abstract static class AppendLeftNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object appendLeft(PDeque self, Object item) {
            self.appendLeft(item);
            return PNone.NONE;
        }

        @Specialization(replaces = "appendLeft")
        static Object appendLeftGeneric(Object self, Object item) {
            self(self, "appendleft").appendLeft(item);
            return PNone.NONE;
        }
    }

    /** The item handed back by a pop: the deque's reference goes with it, released unless the caller keeps it. */
    private static Object handOver(Object item) {
        RefCounts.decRef(item);
        return item;
    }

    @Builtin(name = "pop", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object pop(Object self) {
            PDeque deque = self(self, "pop");
            if (deque.size() == 0) {
                throw Errors.indexError("pop from an empty deque");
            }
            return handOver(deque.pop());
        }
    }

    @Builtin(name = "popleft", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PopLeftNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object popLeft(Object self) {
            PDeque deque = self(self, "popleft");
            if (deque.size() == 0) {
                throw Errors.indexError("pop from an empty deque");
            }
            return handOver(deque.popLeft());
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    abstract static class ExtendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object extend(Object self, Object iterable) {
            DequeBuiltins.extend(self(self, "extend"), iterable, false);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extendleft", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    abstract static class ExtendLeftNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object extendLeft(Object self, Object iterable) {
            DequeBuiltins.extend(self(self, "extendleft"), iterable, true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class InplaceAddNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object inplaceAdd(Object self, Object other) {
            DequeBuiltins.extend(self(self, "__iadd__"), other, false);
            return self;
        }
    }

    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ClearNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object clear(Object self) {
            self(self, "clear").clear();
            return PNone.NONE;
        }
    }

    /**
     * CPython's {@code deque_copy}: a deque of the same maxlen for a plain deque; a subclass is called with the deque
     * (and its maxlen), and must give a deque back.
     */
    @TruffleBoundary
    static PDeque copyOf(PDeque deque) {
        KraitContext context = context();
        PythonClass cls = deque.getPythonClass();
        if (cls == context.classes().dequeClass) {
            PDeque copy = newDeque(context, cls);
            copy.setMaxlen(deque.maxlen());
            if (deque.size() == 1) {
                copy.append(deque.get(0));
            } else {
                extend(copy, deque, false);
            }
            return copy;
        }
        Object result = deque.maxlen() < 0 ? PyObjectCall.call(cls, deque) : PyObjectCall.call(cls, deque, deque.maxlen());
        if (!(result instanceof PDeque copy)) {
            throw Errors.typeError(cls.getTypeName() + "() must return a deque, not " + PyObjectType.classOf(result).getTypeName());
        }
        return copy;
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object copy(Object self) {
            return DequeBuiltins.copyOf(self(self, "copy"));
        }
    }

    @Builtin(name = "__copy__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DunderCopyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object copy(Object self) {
            return DequeBuiltins.copyOf(self(self, "__copy__"));
        }
    }

    private static PException mutatedDuringIteration() {
        return Errors.runtimeError("deque mutated during iteration");
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            PDeque deque = self(self, "count");
            long state = deque.state();
            long count = 0;
            for (int i = 0, n = deque.size(); i < n; i++) {
                if (PyObjectRichCompare.equals(deque.get(i), value)) {
                    count++;
                }
                if (deque.state() != state) {
                    throw mutatedDuringIteration();
                }
            }
            return count;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean contains(Object self, Object value) {
            PDeque deque = self(self, "__contains__");
            long state = deque.state();
            for (int i = 0, n = deque.size(); i < n; i++) {
                if (PyObjectRichCompare.equals(deque.get(i), value)) {
                    return true;
                }
                if (deque.state() != state) {
                    throw mutatedDuringIteration();
                }
            }
            return false;
        }
    }

    /** {@code index(value, [start, [stop]])}, with CPython's argument errors and its clamping of the bounds. */
    @Builtin(name = "index", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long index(Object self, Object args) {
            PDeque deque = self(self, "index");
            Object[] given = ((PTuple) args).items();
            if (given.length < 1) {
                throw Errors.typeError("index() takes at least 1 argument (0 given)");
            }
            if (given.length > 3) {
                throw Errors.typeError("index() takes at most 3 arguments (" + given.length + " given)");
            }
            Object value = given[0];
            long size = deque.size();
            long start = given.length > 1 ? PyNumber.clampedSliceIndex(given[1], "") : 0;
            long stop = given.length > 2 ? PyNumber.clampedSliceIndex(given[2], "") : size;
            if (start < 0) {
                start = Math.max(0, start + size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + size);
            }
            stop = Math.min(stop, size);
            start = Math.min(start, stop);
            long state = deque.state();
            for (long i = start; i < stop; i++) {
                if (PyObjectRichCompare.equals(deque.get((int) i), value)) {
                    return i;
                }
                if (deque.state() != state) {
                    throw mutatedDuringIteration();
                }
            }
            throw Errors.valueError(PyObjectRepr.repr(value) + " is not in deque");
        }
    }

    @Builtin(name = "insert", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class InsertNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object insert(Object self, Object args) {
            PDeque deque = self(self, "insert");
            Object[] given = ((PTuple) args).items();
            if (given.length != 2) {
                throw Errors.typeError("insert() takes exactly 2 arguments (" + given.length + " given)");
            }
            long index = PyNumber.asSsizeArgument(given[0]);
            if (deque.maxlen() == deque.size()) {
                throw Errors.indexError("deque already at its maximum size");
            }
            deque.insert(index, given[1]);
            return PNone.NONE;
        }
    }

    /**
     * CPython 3.12's {@code deque_remove}: finds the first equal item (an IndexError if the deque moved meanwhile), then
     * deletes it by rotation.
     */
    @Builtin(name = "remove", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object remove(Object self, Object value) {
            PDeque deque = self(self, "remove");
            long state = deque.state();
            for (int i = 0, n = deque.size(); i < n; i++) {
                boolean equal = PyObjectRichCompare.equals(deque.get(i), value);
                if (deque.state() != state) {
                    throw Errors.indexError("deque mutated during iteration");
                }
                if (equal) {
                    RefCounts.decRef(deque.removeAt(i));
                    return PNone.NONE;
                }
            }
            throw Errors.valueError(PyObjectRepr.repr(value) + " is not in deque");
        }
    }

    @Builtin(name = "reverse", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReverseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object reverse(Object self) {
            self(self, "reverse").reverse();
            return PNone.NONE;
        }
    }

    @Builtin(name = "rotate", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class RotateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object rotate(Object self, Object args) {
            PDeque deque = self(self, "rotate");
            Object[] given = ((PTuple) args).items();
            if (given.length > 1) {
                throw Errors.typeError("deque.rotate expected at most 1 argument, got " + given.length);
            }
            deque.rotate(given.length == 0 ? 1 : PyNumber.asSsizeArgument(given[0]));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long len(PDeque self) {
            return self.size();
        }

        @Specialization(replaces = "len")
        static long lenGeneric(Object self) {
            return self(self, "__len__").size();
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            KraitContext context = context();
            return new DequeIterator(context.classes().dequeIteratorClass, context.getShape(), self(self, "__iter__"), false);
        }
    }

    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object reversed(Object self) {
            KraitContext context = context();
            return new DequeIterator(context.classes().dequeReverseIteratorClass, context.getShape(), self(self, "__reversed__"), true);
        }
    }

    private static int position(PDeque deque, Object key) {
        return dev.krait.runtime.protocol.DequeIndex.ofMethodArgument(deque, key);
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object getItem(PDeque self, long key) {
            long i = key < 0 ? key + self.size() : key;
            if (i < 0 || i >= self.size()) {
                throw Errors.indexError("deque index out of range");
            }
            return self.get((int) i);
        }

        @Specialization(replaces = "getItem")
        static Object getItemGeneric(Object self, Object key) {
            PDeque deque = self(self, "__getitem__");
            return deque.get(position(deque, key));
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetItemNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object setItem(Object self, Object key, Object value) {
            PDeque deque = self(self, "__setitem__");
            deque.set(position(deque, key), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class DelItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object delItem(Object self, Object key) {
            PDeque deque = self(self, "__delitem__");
            RefCounts.decRef(deque.removeAt(position(deque, key)));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__add__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class AddNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object add(Object self, Object other) {
            PDeque deque = self(self, "__add__");
            if (!(other instanceof PDeque)) {
                throw Errors.typeError("can only concatenate deque (not \"" + PyObjectType.typeName(other) + "\") to deque");
            }
            PDeque result = copyOf(deque);
            extend(result, other, false);
            return result;
        }
    }

    /** The count of a repetition: an int or an object with {@code __index__}. */
    @TruffleBoundary
    private static long repeatCount(Object times) {
        if (!BuiltinArithmetic.isInt(times) && !(times instanceof PBoxedValue boxed && BuiltinArithmetic.isInt(boxed.value())) &&
                        PyObjectType.classOf(times).lookup("__index__") == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + PyObjectType.typeName(times) + "'");
        }
        return PyNumber.repeatIndex(times);
    }

    /** CPython's {@code deque_inplace_repeat}: a bounded deque repeats only as often as its maxlen leaves room for. */
    @TruffleBoundary
    static PDeque inplaceRepeat(PDeque deque, long times) {
        int size = deque.size();
        long n = times;
        if (size == 0 || n == 1) {
            return deque;
        }
        if (n <= 0) {
            deque.clear();
            return deque;
        }
        long maxlen = deque.maxlen();
        if (size == 1) {
            if (maxlen >= 0 && n > maxlen) {
                n = maxlen;
            }
            deque.noteMutation();
        } else {
            if (size > Long.MAX_VALUE / n) {
                throw Errors.memoryError("");
            }
            if (maxlen >= 0 && n * size > maxlen) {
                n = (maxlen + size - 1) / size;
            }
        }
        if (n * size > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError("");
        }
        Object[] items = deque.toArray();
        for (long i = 1; i < n; i++) {
            for (Object item : items) {
                deque.append(item);
            }
        }
        return deque;
    }

    @Builtin(name = "__mul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class MulNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object mul(Object self, Object times) {
            PDeque deque = self(self, "__mul__");
            return inplaceRepeat(copyOf(deque), repeatCount(times));
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RMulNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object rmul(Object self, Object times) {
            PDeque deque = self(self, "__rmul__");
            return inplaceRepeat(copyOf(deque), repeatCount(times));
        }
    }

    @Builtin(name = "__imul__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class IMulNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object imul(Object self, Object times) {
            return inplaceRepeat(self(self, "__imul__"), repeatCount(times));
        }
    }

    /** One side of a comparison: walks a deque as its iterator would, raising if the deque moves meanwhile. */
    private static final class Cursor {
        private final PDeque deque;
        private final long state;
        private long counter;
        private int position;

        Cursor(PDeque deque) {
            this.deque = deque;
            this.state = deque.state();
            this.counter = deque.size();
        }

        Object next() {
            if (deque.state() != state) {
                throw mutatedDuringIteration();
            }
            if (counter == 0) {
                return null;
            }
            counter--;
            return deque.get(position++);
        }
    }

    /** CPython's {@code deque_richcompare}: the first items that differ decide, else the lengths. */
    @TruffleBoundary
    static Object compare(CompareOperator op, Object self, Object other) {
        if (!(self instanceof PDeque v) || !(other instanceof PDeque w)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        if (op == CompareOperator.EQ || op == CompareOperator.NE) {
            boolean eq = op == CompareOperator.EQ;
            if (v == w) {
                return eq;
            }
            if (v.size() != w.size()) {
                return !eq;
            }
        }
        Cursor left = new Cursor(v);
        Cursor right = new Cursor(w);
        Object x;
        Object y;
        while (true) {
            x = left.next();
            y = right.next();
            if (x == null || y == null) {
                break;
            }
            if (!PyObjectRichCompare.equals(x, y)) {
                return PyObjectRichCompare.compareBool(op, x, y);
            }
        }
        return switch (op) {
            case LT -> y != null;
            case LE -> x == null;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x != null;
            case GE -> y == null;
        };
    }

    @TruffleBoundary
    static String repr(PDeque deque) {
        return PyObjectRepr.guarded(deque, "[...]", () -> {
            String items = PyObjectRepr.repr(context().newList(deque.toArray()));
            String name = deque.getPythonClass().getName();
            return deque.maxlen() < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + deque.maxlen() + ")";
        });
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return DequeBuiltins.repr(self(self, "__repr__"));
        }
    }

    /** {@code (type(d), () or ((), maxlen), state, iter(d))}, the state being what {@code __getstate__} gives. */
    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            PDeque deque = self(self, "__reduce__");
            KraitContext context = context();
            Object state = PyObjectCall.call(PyObjectGetAttr.get(deque, "__getstate__"));
            Object iterator = new DequeIterator(context.classes().dequeIteratorClass, context.getShape(), deque, false);
            Object args = deque.maxlen() < 0 ? context.newTuple(new Object[0])
                            : context.newTuple(new Object[]{context.newTuple(new Object[0]), deque.maxlen()});
            return context.newTuple(new Object[]{deque.getPythonClass(), args, state, iterator});
        }
    }

    @Builtin(name = "__sizeof__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SizeOfNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long sizeOf(Object self) {
            return self(self, "__sizeof__").cpythonSizeOf();
        }
    }

    @Builtin(name = "__class_getitem__", params = {"cls", "item", "/"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class ClassGetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object classGetItem(Object cls, Object item) {
            PModule module = dev.krait.runtime.ModuleLoader.importModule(context(), "_generic_types");
            return PyObjectCall.call(dev.krait.runtime.ObjectAttributes.get(module, "GenericAlias"), cls, item);
        }
    }

    /** {@code maxlen}: None for an unbounded deque. */
    static Object maxlen(Object self) {
        long maxlen = self(self, "maxlen").maxlen();
        return maxlen < 0 ? PNone.NONE : (Object) maxlen;
    }

    // ---- the iterators' constructor: type(iter(d))(d, index) ----

    /**
     * {@code _deque_iterator(deque, index=0)} and the reverse one: a new iterator that has skipped {@code index} items.
     * The index is positional only; keywords are ignored, as CPython's {@code PyArg_ParseTuple} ignores them.
     */
    @TruffleBoundary
    static Object newIterator(boolean reverse, Object args) {
        Object[] given = ((PTuple) args).items();
        if (given.length < 1) {
            throw Errors.typeError("function takes at least 1 argument (0 given)");
        }
        if (given.length > 2) {
            throw Errors.typeError("function takes at most 2 arguments (" + given.length + " given)");
        }
        if (!(given[0] instanceof PDeque deque)) {
            throw Errors.typeError("argument 1 must be " + TYPE_NAME + ", not " + PyObjectType.typeName(given[0]));
        }
        long index = given.length > 1 ? PyNumber.asSsizeArgument(given[1]) : 0;
        KraitContext context = context();
        PythonClass cls = reverse ? context.classes().dequeReverseIteratorClass : context.classes().dequeIteratorClass;
        DequeIterator iterator = new DequeIterator(cls, context.getShape(), deque, reverse);
        for (long i = 0; i < index; i++) {
            if (iterator.next() == null) {
                break;
            }
        }
        return iterator;
    }
}
