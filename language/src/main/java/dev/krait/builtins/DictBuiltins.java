package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.nodes.expression.DictDisplayNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.iterators.DictViewIterator;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.MappingOps;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.PythonKeyProtocol;

/** {@code dict}. Its views ({@code keys()}, {@code values()}, {@code items()}) are in {@link DictView}. */
final class DictBuiltins {
    private DictBuiltins() {
    }

    static PDict self(Object self, String method) {
        if (self instanceof PDict dict) {
            return dict;
        }
        throw OperatorMethods.descriptorError(method, "dict", self);
    }

    @TruffleBoundary
    static void update(PDict dict, Object other, PDict kwargs) {
        if (other != PNone.NO_VALUE) {
            if (other instanceof PDict || dev.krait.runtime.protocol.PyObjectGetAttr.getOrNull(other, "keys") != null) {
                DictDisplayNode.merge(dict, other);
            } else {
                Object[] items = PyIter.toArray(other);
                for (int i = 0; i < items.length; i++) {
                    Object[] pair;
                    try {
                        pair = PyIter.toArray(items[i]);
                    } catch (dev.krait.runtime.exceptions.PException e) {
                        throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    if (pair.length != 2) {
                        throw Errors.valueError("dictionary update sequence element #" + i + " has length " + pair.length + "; 2 is required");
                    }
                    dict.setItem(pair[0], pair[1]);
                }
            }
        }
        if (kwargs != null) {
            DictDisplayNode.merge(dict, kwargs);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newDict(Object cls, Object args, Object kwargs) {
            return ClassBuilder.allocate(KraitContext.get(null), (PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            Object[] given = ((PTuple) args).items();
            if (given.length > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + given.length);
            }
            update(self(self, "__init__"), given.length == 0 ? PNone.NO_VALUE : given[0], (PDict) kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object get(Object self, Object key, Object defaultValue) {
            Object value = self(self, "get").getItem(key);
            if (value != null) {
                return value;
            }
            return defaultValue == PNone.NO_VALUE ? PNone.NONE : defaultValue;
        }
    }

    @Builtin(name = "setdefault", params = {"self", "key", "default=", "/"})
    @GenerateNodeFactory
    abstract static class SetDefaultNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object setdefault(Object self, Object key, Object defaultValue) {
            PDict dict = self(self, "setdefault");
            Object value = defaultValue == PNone.NO_VALUE ? PNone.NONE : defaultValue;
            Object existing = dict.storage().putIfAbsent(key, value, PythonKeyProtocol.INSTANCE);
            return existing != null ? existing : value;
        }
    }

    @Builtin(name = "pop", params = {"self", "key", "default=", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object pop(Object self, Object key, Object defaultValue) {
            Object value = self(self, "pop").removeItem(key);
            if (value != null) {
                return value;
            }
            if (defaultValue == PNone.NO_VALUE) {
                throw Errors.keyError(key);
            }
            return defaultValue;
        }
    }

    @Builtin(name = "popitem", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PopItemNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object popitem(Object self) {
            Object[] item = self(self, "popitem").storage().popItem();
            if (item == null) {
                throw Errors.keyError("popitem(): dictionary is empty");
            }
            return KraitContext.get(null).newTuple(item);
        }
    }

    @Builtin(name = "keys", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class KeysNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object keys(Object self) {
            return DictView.create(KraitContext.get(null), self(self, "keys"), DictViewIterator.Kind.KEYS);
        }
    }

    @Builtin(name = "values", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ValuesNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object values(Object self) {
            return DictView.create(KraitContext.get(null), self(self, "values"), DictViewIterator.Kind.VALUES);
        }
    }

    @Builtin(name = "items", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ItemsNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object items(Object self) {
            return DictView.create(KraitContext.get(null), self(self, "items"), DictViewIterator.Kind.ITEMS);
        }
    }

    @Builtin(name = "update", params = {"self", "other=", "/", "**kwargs"})
    @GenerateNodeFactory
    abstract static class UpdateNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object updateDict(Object self, Object other, Object kwargs) {
            update(self(self, "update"), other, (PDict) kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ClearNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object clear(Object self) {
            self(self, "clear").storage().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object copy(Object self) {
            PDict result = KraitContext.get(null).newDict();
            result.setStorage(self(self, "copy").storage().copy());
            return result;
        }
    }

    @Builtin(name = "fromkeys", params = {"cls", "iterable", "value=", "/"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class FromKeysNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object fromkeys(Object cls, Object iterable, Object value) {
            Object result = dev.krait.runtime.protocol.PyObjectCall.call(cls);
            Object v = value == PNone.NO_VALUE ? PNone.NONE : value;
            for (Object key : PyIter.toArray(iterable)) {
                dev.krait.runtime.protocol.PyObjectGetItem.setItem(result, key, v);
            }
            return result;
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

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getitem(Object self, Object key) {
            PDict dict = self(self, "__getitem__");
            Object value = dict.getItem(key);
            if (value == null) {
                Object missing = PyObjectType.classOf(dict).lookup("__missing__");
                if (missing != null) {
                    return dev.krait.runtime.protocol.PyObjectCall.callDescriptor(missing, dict, new Object[]{key}, new String[0], new Object[0]);
                }
                throw Errors.keyError(key);
            }
            return value;
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetItemNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object setitem(Object self, Object key, Object value) {
            self(self, "__setitem__").setItem(key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class DelItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object delitem(Object self, Object key) {
            if (self(self, "__delitem__").removeItem(key) == null) {
                throw Errors.keyError(key);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean contains(Object self, Object key) {
            return self(self, "__contains__").containsKey(key);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            KraitContext context = KraitContext.get(null);
            return new DictViewIterator(context.classes().dictKeyIteratorClass, context.getShape(), self(self, "__iter__").storage(),
                            DictViewIterator.Kind.KEYS, context);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            KraitContext context = KraitContext.get(null);
            return PyObjectRepr.builtinRepr(context, context.classes().dictClass, self(self, "__repr__"));
        }
    }
    @Builtin(name = "__reversed__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReversedNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reversed(Object self) {
            KraitContext context = KraitContext.get(null);
            return new DictViewIterator(context.classes().dictReverseKeyIteratorClass, context.getShape(), self(self, "__reversed__").storage(),
                            DictViewIterator.Kind.KEYS, context, true);
        }
    }

    static boolean isDict(Object value) {
        return value instanceof PDict;
    }

    /** {@code | |=} and the comparisons (only equality is defined between dicts). */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().dictClass;
        OperatorMethods.define(context, cls, "__or__", OperatorMethods.BINARY, DictBuiltins::isDict, args -> args[1] instanceof PDict other
                        ? MappingOps.merged((PDict) args[0], other)
                        : OperatorMethods.notImplemented());
        OperatorMethods.define(context, cls, "__ror__", OperatorMethods.BINARY, DictBuiltins::isDict, args -> args[1] instanceof PDict other
                        ? MappingOps.merged(other, (PDict) args[0])
                        : OperatorMethods.notImplemented());
        OperatorMethods.define(context, cls, "__ior__", OperatorMethods.BINARY, DictBuiltins::isDict, args -> {
            update((PDict) args[0], args[1], null);
            return args[0];
        });
        OperatorMethods.comparisons(context, cls, DictBuiltins::isDict, (op, self, other) -> {
            if (!(other instanceof PDict) || (op != CompareOperator.EQ && op != CompareOperator.NE)) {
                return OperatorMethods.notImplemented();
            }
            return MappingOps.dictEquals((PDict) self, (PDict) other) == (op == CompareOperator.EQ);
        });
        DictView.install(context);
    }
}
