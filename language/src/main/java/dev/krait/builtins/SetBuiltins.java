package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.PythonKeyProtocol;
import dev.krait.runtime.storage.SetStorage;

/** {@code set} and {@code frozenset} (the mutating methods refuse frozensets). */
final class SetBuiltins {
    private SetBuiltins() {
    }

    static PSet self(Object self, String method) {
        if (self instanceof PSet set) {
            return set;
        }
        throw Errors.typeError("descriptor '" + method + "' for 'set' objects doesn't apply to a '" + PyObjectType.typeName(self) + "' object");
    }

    static PSet mutable(Object self, String method) {
        PSet set = self(self, method);
        if (set.getPythonClass().isSubclassOf(KraitContext.get(null).classes().frozensetClass)) {
            throw Errors.attributeError("'frozenset' object has no attribute '" + method + "'");
        }
        return set;
    }

    /** The items of any iterable as a set storage (sets are used directly). */
    @TruffleBoundary
    static SetStorage storageOf(Object iterable) {
        if (iterable instanceof PSet set) {
            return set.storage();
        }
        SetStorage storage = new SetStorage();
        for (Object item : PyIter.toArray(iterable)) {
            storage.add(item, PythonKeyProtocol.INSTANCE);
        }
        return storage;
    }

    static PSet newLike(PSet self, SetStorage storage) {
        KraitContext context = KraitContext.get(null);
        PythonClass cls = self.getPythonClass().isSubclassOf(context.classes().frozensetClass) ? context.classes().frozensetClass
                        : context.classes().setClass;
        return new PSet(cls, context.getShape(), storage);
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newSet(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            PSet set = (PSet) ClassBuilder.allocate(context, (PythonClass) cls);
            Object[] items = ((PTuple) args).items();
            if (set.getPythonClass().isSubclassOf(context.classes().frozensetClass) && items.length > 0) {
                set.setStorage(storageOf(items[0]).copy());
            }
            return set;
        }
    }

    @Builtin(name = "__init__", params = {"self", "iterable=", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object iterable) {
            PSet set = self(self, "__init__");
            if (set.getPythonClass().isSubclassOf(KraitContext.get(null).classes().frozensetClass)) {
                return PNone.NONE;
            }
            SetStorage storage = new SetStorage();
            if (iterable != PNone.NO_VALUE) {
                storage.update(storageOf(iterable), PythonKeyProtocol.INSTANCE);
            }
            set.setStorage(storage);
            return PNone.NONE;
        }
    }

    @Builtin(name = "add", params = {"self", "element", "/"})
    @GenerateNodeFactory
    abstract static class AddNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object add(Object self, Object element) {
            mutable(self, "add").add(element);
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "element", "/"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object remove(Object self, Object element) {
            if (!mutable(self, "remove").storage().discard(element, PythonKeyProtocol.INSTANCE)) {
                throw Errors.keyError(element);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", params = {"self", "element", "/"})
    @GenerateNodeFactory
    abstract static class DiscardNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object discard(Object self, Object element) {
            mutable(self, "discard").storage().discard(element, PythonKeyProtocol.INSTANCE);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object pop(Object self) {
            Object item = mutable(self, "pop").storage().pop();
            if (item == null) {
                throw Errors.keyError("pop from an empty set");
            }
            return item;
        }
    }

    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ClearNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object clear(Object self) {
            mutable(self, "clear").storage().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object copy(Object self) {
            PSet set = self(self, "copy");
            return newLike(set, set.storage().copy());
        }
    }

    @Builtin(name = "update", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class UpdateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object update(Object self, Object others) {
            PSet set = mutable(self, "update");
            for (Object other : ((PTuple) others).items()) {
                set.storage().update(storageOf(other), PythonKeyProtocol.INSTANCE);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "union", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class UnionNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object union(Object self, Object others) {
            PSet set = self(self, "union");
            SetStorage result = set.storage().copy();
            for (Object other : ((PTuple) others).items()) {
                result.update(storageOf(other), PythonKeyProtocol.INSTANCE);
            }
            return newLike(set, result);
        }
    }

    @Builtin(name = "intersection", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class IntersectionNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object intersection(Object self, Object others) {
            PSet set = self(self, "intersection");
            SetStorage result = set.storage().copy();
            for (Object other : ((PTuple) others).items()) {
                result = result.intersection(storageOf(other), PythonKeyProtocol.INSTANCE);
            }
            return newLike(set, result);
        }
    }

    @Builtin(name = "difference", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class DifferenceNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object difference(Object self, Object others) {
            PSet set = self(self, "difference");
            SetStorage result = set.storage().copy();
            for (Object other : ((PTuple) others).items()) {
                result = result.difference(storageOf(other), PythonKeyProtocol.INSTANCE);
            }
            return newLike(set, result);
        }
    }

    @Builtin(name = "symmetric_difference", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class SymmetricDifferenceNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object symmetricDifference(Object self, Object other) {
            PSet set = self(self, "symmetric_difference");
            return newLike(set, set.storage().symmetricDifference(storageOf(other), PythonKeyProtocol.INSTANCE));
        }
    }

    @Builtin(name = "issubset", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IsSubsetNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean issubset(Object self, Object other) {
            return self(self, "issubset").storage().isSubset(storageOf(other), PythonKeyProtocol.INSTANCE);
        }
    }

    @Builtin(name = "issuperset", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IsSupersetNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean issuperset(Object self, Object other) {
            return self(self, "issuperset").storage().isSuperset(storageOf(other), PythonKeyProtocol.INSTANCE);
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class IsDisjointNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean isdisjoint(Object self, Object other) {
            return self(self, "isdisjoint").storage().isDisjoint(storageOf(other), PythonKeyProtocol.INSTANCE);
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

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean contains(Object self, Object key) {
            return self(self, "__contains__").contains(key);
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

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            KraitContext context = KraitContext.get(null);
            PSet set = self(self, "__repr__");
            return PyObjectRepr.builtinRepr(context, set.getPythonClass(), set);
        }
    }
}
