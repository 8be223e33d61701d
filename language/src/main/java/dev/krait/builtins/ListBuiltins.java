package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.SequenceOps;
import dev.krait.runtime.storage.ListSort;

/** {@code list}. */
final class ListBuiltins {
    private ListBuiltins() {
    }

    static PList self(Object self, String method) {
        if (self instanceof PList list) {
            return list;
        }
        throw OperatorMethods.descriptorError(method, "list", self);
    }

    /** {@code list.sort(key=None, reverse=False)} and {@code sorted()}. */
    @TruffleBoundary
    static void sort(PList list, Object key, Object reverse) {
        boolean descending = reverse != PNone.NO_VALUE && PyObjectIsTrue.isTrue(reverse);
        ListSort.KeyFunction keyFunction = key == PNone.NO_VALUE || key == PNone.NONE ? null : item -> PyObjectCall.call(key, item);
        ListSort.sortList(new ListSort.SortableList() {
            private int capacity;

            @Override
            public Object[] takeItems() {
                // the elements' counts go with them into the sort's array, and come back with them
                Object[] items = list.toArray();
                capacity = list.capacity();
                list.setPermutedContents(PList.EMPTY, 0);
                return items;
            }

            @Override
            public boolean restoreItems(Object[] items) {
                boolean modified = list.size() != 0;
                Object[] addedMeanwhile = list.toArray();
                list.setPermutedContents(java.util.Arrays.copyOf(items, Math.max(items.length, capacity)), items.length);
                dev.krait.runtime.memory.RefCounts.decRefAllReversed(addedMeanwhile, addedMeanwhile.length);
                return modified;
            }
        }, keyFunction, descending, ListBuiltins::lessThan);
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return dev.krait.runtime.text.StrMethods.compare(x, y) < 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        return PyObjectRichCompare.compareBool(CompareOperator.LT, a, b);
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newList(Object cls, Object args, Object kwargs) {
            return ClassBuilder.allocate(KraitContext.get(null), (dev.krait.runtime.objects.PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PList list = self(self, "__init__");
            Object iterable = ConstructorArgs.positionalOnly("list", args, kwargs, 1)[0];
            if (iterable == PNone.NO_VALUE) {
                list.setContents(PList.EMPTY, 0);
            } else {
                Object[] items = PyIter.toArrayAskingLengthHint(iterable);
                list.setContents(java.util.Arrays.copyOf(items, (items.length + 1) & ~1), items.length);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "append", params = {"self", "object", "/"})
    @GenerateNodeFactory
    abstract static class AppendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object append(PList self, Object value) {
            self.append(value);
            return PNone.NONE;
        }

        @Specialization(replaces = "append")
        static Object appendGeneric(Object self, Object value) {
            self(self, "append").append(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    abstract static class ExtendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object extend(Object self, Object iterable) {
            SequenceOps.extend(self(self, "extend"), iterable);
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "object", "/"})
    @GenerateNodeFactory
    abstract static class InsertNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object insert(Object self, Object index, Object value) {
            PList list = self(self, "insert");
            long i = PyNumber.asSsizeArgument(index);
            int size = list.size();
            if (i < 0) {
                i = Math.max(0, i + size);
            }
            list.insert((int) Math.min(i, size), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "index=", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object pop(Object self, Object index) {
            PList list = self(self, "pop");
            long i = index == PNone.NO_VALUE ? -1 : PyNumber.asSsizeArgument(index);
            if (list.size() == 0) {
                throw Errors.indexError("pop from empty list");
            }
            if (i < 0) {
                i += list.size();
            }
            if (i < 0 || i >= list.size()) {
                throw Errors.indexError("pop index out of range");
            }
            return list.removeAt((int) i);
        }
    }

    @Builtin(name = "remove", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object remove(Object self, Object value) {
            PList list = self(self, "remove");
            for (int i = 0; i < list.size(); i++) {
                if (PyObjectRichCompare.equals(list.get(i), value)) {
                    list.removeAt(i);
                    return PNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start=", "stop=", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static long index(Object[] args) {
            PList list = self(args[0], "index");
            int size = list.size();
            long start = args[2] == PNone.NO_VALUE ? 0 : PyNumber.clampedSliceIndex(args[2], "");
            long stop = args[3] == PNone.NO_VALUE ? size : PyNumber.clampedSliceIndex(args[3], "");
            start = start < 0 ? Math.max(0, start + size) : start;
            stop = stop < 0 ? Math.max(0, stop + size) : stop;
            for (long i = start; i < Math.min(stop, list.size()); i++) {
                if (PyObjectRichCompare.equals(list.get((int) i), args[1])) {
                    return i;
                }
            }
            throw Errors.valueError(PyObjectRepr.repr(args[1]) + " is not in list");
        }
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long count(Object self, Object value) {
            PList list = self(self, "count");
            long count = 0;
            for (int i = 0; i < list.size(); i++) {
                if (PyObjectRichCompare.equals(list.get(i), value)) {
                    count++;
                }
            }
            return count;
        }
    }

    @Builtin(name = "reverse", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReverseNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reverse(Object self) {
            PList list = self(self, "reverse");
            Object[] items = list.storage();
            for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
                Object t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "sort", params = {"self", "*", "key=", "reverse="})
    @GenerateNodeFactory
    abstract static class SortNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object sortList(Object self, Object key, Object reverse) {
            sort(self(self, "sort"), key, reverse);
            return PNone.NONE;
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

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object copy(Object self) {
            return KraitContext.get(null).newList(self(self, "copy").toArray());
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long len(Object self) {
            return self(self, "__len__").size();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object index) {
            PList list = self(self, "__getitem__");
            KraitContext context = KraitContext.get(null);
            if (index instanceof dev.krait.runtime.objects.PSlice slice) {
                return context.newList(SequenceOps.sliceArray(list.storage(), dev.krait.runtime.protocol.SliceIndices.of(slice, list.size())));
            }
            return list.get(SequenceOps.normalizeIndex(index, list.size(), "list"));
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "index", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetItemNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object setitem(Object self, Object index, Object value) {
            PList list = self(self, "__setitem__");
            if (index instanceof dev.krait.runtime.objects.PSlice slice) {
                SequenceOps.setSlice(list, slice, value);
            } else {
                list.set(SequenceOps.normalizeIndex(index, list.size(), "list", "assignment"), value);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    abstract static class DelItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object delitem(Object self, Object index) {
            PList list = self(self, "__delitem__");
            if (index instanceof dev.krait.runtime.objects.PSlice slice) {
                SequenceOps.setSlice(list, slice, null);
            } else {
                list.removeAt(SequenceOps.normalizeIndex(index, list.size(), "list", "assignment"));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean contains(Object self, Object value) {
            return PyObjectGetItem.contains(self(self, "__contains__"), value);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            KraitContext context = KraitContext.get(null);
            return new dev.krait.runtime.iterators.SequenceIterator(context.classes().listIteratorClass, context.getShape(), self(self, "__iter__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            KraitContext context = KraitContext.get(null);
            return PyObjectRepr.builtinRepr(context, context.classes().listClass, self(self, "__repr__"));
        }
    }
    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            KraitContext context = KraitContext.get(null);
            PList list = self(self, "__reversed__");
            return new dev.krait.runtime.iterators.FunctionalIterators.Reversed(context, context.classes().listReverseIteratorClass, list,
                            list.size());
        }
    }

    static boolean isList(Object value) {
        return value instanceof PList;
    }

    /** {@code + += * *=} and the comparisons. */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().listClass;
        OperatorMethods.define(context, cls, "__add__", OperatorMethods.BINARY, ListBuiltins::isList, args -> {
            if (!(args[1] instanceof PList)) {
                throw Errors.typeError("can only concatenate list (not \"" + PyObjectType.typeName(args[1]) + "\") to list");
            }
            PList self = (PList) args[0];
            PList other = (PList) args[1];
            Object[] items = new Object[self.size() + other.size()];
            System.arraycopy(self.storage(), 0, items, 0, self.size());
            System.arraycopy(other.storage(), 0, items, self.size(), other.size());
            return KraitContext.get(null).newList(items);
        });
        OperatorMethods.define(context, cls, "__iadd__", OperatorMethods.BINARY, ListBuiltins::isList, args -> {
            SequenceOps.extend((PList) args[0], args[1]);
            return args[0];
        });
        for (String name : new String[]{"__mul__", "__rmul__"}) {
            OperatorMethods.define(context, cls, name, OperatorMethods.BINARY, ListBuiltins::isList, args -> {
                return BuiltinArithmetic.binary(BinaryOperator.MUL, args[0], PyNumber.repeatIndex(args[1]));
            });
        }
        OperatorMethods.define(context, cls, "__imul__", OperatorMethods.BINARY, ListBuiltins::isList, args -> {
            SequenceOps.repeatInPlace((PList) args[0], args[1]);
            return args[0];
        });
        OperatorMethods.comparisons(context, cls, ListBuiltins::isList, (op, self, other) -> other instanceof PList
                        ? PyObjectRichCompare.builtinCompare(op, self, other, false)
                        : OperatorMethods.notImplemented());
    }
}
