package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.iterators.SetViewIterator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PythonKeyProtocol;
import dev.krait.runtime.protocol.SetOps;
import dev.krait.runtime.storage.SetStorage;

/** {@code set} and {@code frozenset} (the mutating methods refuse frozensets). */
final class SetBuiltins {
    private SetBuiltins() {
    }

    static PSet self(Object self, String method) {
        if (self instanceof PSet set) {
            return set;
        }
        throw OperatorMethods.descriptorError(method, "set", self);
    }

    static PSet mutable(Object self, String method) {
        PSet set = self(self, method);
        if (isFrozen(set)) {
            throw OperatorMethods.descriptorError(method, "set", self);
        }
        return set;
    }

    static boolean isFrozen(Object value) {
        return value instanceof PSet set && set.getPythonClass().isSubclassOf(KraitContext.get(null).classes().frozensetClass);
    }

    /** Adds the items of any iterable, with CPython's bulk paths for sets and exact dicts (they decide the order). */
    @TruffleBoundary
    static void addAll(SetStorage target, Object iterable) {
        if (iterable instanceof PSet set) {
            target.update(set.storage(), PythonKeyProtocol.INSTANCE);
        } else if (iterable instanceof PDict dict && dict.getPythonClass() == KraitContext.get(null).classes().dictClass) {
            target.update(dict.storage(), PythonKeyProtocol.INSTANCE);
        } else {
            for (Object item : PyIter.toArray(iterable)) {
                target.add(item, PythonKeyProtocol.INSTANCE);
            }
        }
    }

    /** The items of any iterable as a set table (a set's own table, not a copy). */
    @TruffleBoundary
    static SetStorage storageOf(Object iterable) {
        if (iterable instanceof PSet set) {
            return set.storage();
        }
        SetStorage storage = new SetStorage();
        addAll(storage, iterable);
        return storage;
    }

    /** {@code self & other} for any iterable other: a non-set is walked in its own order. */
    @TruffleBoundary
    static SetStorage intersect(SetStorage self, Object other) {
        if (other instanceof PSet set) {
            return self.intersection(set.storage(), PythonKeyProtocol.INSTANCE);
        }
        SetStorage result = new SetStorage();
        for (Object item : PyIter.toArray(other)) {
            if (self.contains(item, PythonKeyProtocol.INSTANCE)) {
                result.add(item, PythonKeyProtocol.INSTANCE);
            }
        }
        return result;
    }

    /** {@code self - other} for any iterable other. */
    @TruffleBoundary
    static SetStorage subtract(SetStorage self, Object other) {
        if (other instanceof PSet set) {
            return self.difference(set.storage(), PythonKeyProtocol.INSTANCE);
        }
        if (other instanceof PDict dict && dict.getPythonClass() == KraitContext.get(null).classes().dictClass) {
            return self.difference(dict.storage(), PythonKeyProtocol.INSTANCE);
        }
        SetStorage result = self.copy();
        discardAll(result, other);
        return result;
    }

    @TruffleBoundary
    static void discardAll(SetStorage self, Object other) {
        if (other instanceof PSet set) {
            self.differenceUpdate(set.storage(), PythonKeyProtocol.INSTANCE);
            return;
        }
        for (Object item : PyIter.toArray(other)) {
            self.discard(item, PythonKeyProtocol.INSTANCE);
        }
        self.shrinkAfterDiscards();
    }

    @TruffleBoundary
    static void symmetricUpdate(SetStorage self, Object other) {
        if (other instanceof PDict dict && dict.getPythonClass() == KraitContext.get(null).classes().dictClass) {
            self.symmetricDifferenceUpdate(dict.storage(), PythonKeyProtocol.INSTANCE);
        } else if (other instanceof PSet set) {
            self.symmetricDifferenceUpdate(set.storage(), PythonKeyProtocol.INSTANCE);
        } else {
            self.symmetricDifferenceUpdate(storageOf(other), PythonKeyProtocol.INSTANCE);
        }
    }

    static boolean isSet(Object value) {
        return value instanceof PSet;
    }

    /** The operators {@code | & - ^} (also in place for set), the comparisons, and frozenset's hash. */
    static void installOperators(KraitContext context, PythonClass cls) {
        boolean frozen = cls == context.classes().frozensetClass;
        java.util.function.Predicate<Object> check = frozen ? SetBuiltins::isFrozen : value -> value instanceof PSet && !isFrozen(value);
        OperatorMethods.binary(context, cls, check, (op, left, right) -> {
            if (!(left instanceof PSet) || !(right instanceof PSet)) {
                return OperatorMethods.notImplemented();
            }
            return SetOps.binary(op, (PSet) left, (PSet) right);
        }, BinaryOperator.OR, BinaryOperator.AND, BinaryOperator.SUB, BinaryOperator.XOR);
        OperatorMethods.define(context, cls, "__reduce__", OperatorMethods.UNARY, check, args -> {
            PSet set = (PSet) args[0];
            KraitContext current = KraitContext.get(null);
            return current.newTuple(new Object[]{set.getPythonClass(), current.newTuple(new Object[]{current.newList(set.storage().toArray())}),
                            PNone.NONE});
        });
        OperatorMethods.comparisons(context, cls, check, (op, self, other) -> other instanceof PSet
                        ? SetOps.compare(op, (PSet) self, (PSet) other)
                        : OperatorMethods.notImplemented());
        if (frozen) {
            OperatorMethods.define(context, cls, "__hash__", OperatorMethods.UNARY, check, args -> PyObjectHash.hash(args[0]));
            return;
        }
        for (BinaryOperator op : new BinaryOperator[]{BinaryOperator.OR, BinaryOperator.AND, BinaryOperator.SUB, BinaryOperator.XOR}) {
            OperatorMethods.define(context, cls, op.inplace, OperatorMethods.BINARY, check, args -> {
                if (!(args[1] instanceof PSet other)) {
                    return OperatorMethods.notImplemented();
                }
                SetStorage self = ((PSet) args[0]).storage();
                PythonKeyProtocol p = PythonKeyProtocol.INSTANCE;
                switch (op) {
                    case OR -> self.update(other.storage(), p);
                    case AND -> self.intersectionUpdate(other.storage(), p);
                    case SUB -> self.differenceUpdate(other.storage(), p);
                    default -> self.symmetricDifferenceUpdate(other.storage(), p);
                }
                return args[0];
            });
        }
    }

    /** The methods frozenset does not have. */
    static boolean isMutator(String name) {
        return switch (name) {
            case "add", "remove", "discard", "pop", "clear", "update", "intersection_update", "difference_update",
                            "symmetric_difference_update", "__init__" -> true;
            default -> false;
        };
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
            boolean frozen = set.getPythonClass().isSubclassOf(context.classes().frozensetClass);
            String name = frozen ? "frozenset" : "set";
            boolean ownInit = frozen && ((PythonClass) cls).lookup("__init__") != context.classes().objectClass.lookup("__init__");
            if (((PDict) kwargs).size() != 0 && (cls == (frozen ? context.classes().frozensetClass : context.classes().setClass) || frozen && !ownInit)) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            if (items.length > 1) {
                throw Errors.typeError(name + " expected at most 1 argument, got " + items.length);
            }
            if (frozen && items.length > 0) {
                if (items[0] instanceof PSet other && other.getPythonClass() == context.classes().frozensetClass && cls == other.getPythonClass()) {
                    return other;
                }
                SetStorage storage = new SetStorage();
                addAll(storage, items[0]);
                set.setStorage(storage);
            }
            return set;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            PSet set = mutable(self, "__init__");
            Object[] items = ConstructorArgs.checkPositional("set", args, kwargs, 0, 1);
            SetStorage storage = new SetStorage();
            if (items.length == 1) {
                addAll(storage, items[0]);
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
            if (set.getPythonClass() == KraitContext.get(null).classes().frozensetClass) {
                return set;
            }
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
                addAll(set.storage(), other);
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
                addAll(result, other);
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
                result = intersect(result, other);
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
                result = subtract(result, other);
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
            SetStorage result = new SetStorage();
            addAll(result, other);
            result.symmetricDifferenceUpdate(set.storage(), PythonKeyProtocol.INSTANCE);
            return newLike(set, result);
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
            PSet set = self(self, "isdisjoint");
            if (other instanceof PSet otherSet && otherSet.getPythonClass().isBuiltin()) {
                return set.storage().isDisjoint(otherSet.storage(), PythonKeyProtocol.INSTANCE);
            }
            // anything else (a set subclass too, whose __iter__ may differ) is iterated, stopping at a common item
            Object iterator = PyIter.getIter(other);
            for (Object item = PyIter.next(iterator); item != null; item = PyIter.next(iterator)) {
                if (set.contains(item)) {
                    return false;
                }
            }
            return true;
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
            // the set's own iterator, also for a subclass (whose __iter__ lookup leads back here)
            KraitContext context = KraitContext.get(null);
            return new SetViewIterator(context.classes().setIteratorClass, context.getShape(), self(self, "__iter__").storage());
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
    @Builtin(name = "intersection_update", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class IntersectionUpdateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object intersectionUpdate(Object self, Object others) {
            PSet set = mutable(self, "intersection_update");
            for (Object other : ((PTuple) others).items()) {
                set.storage().adopt(intersect(set.storage(), other));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "difference_update", params = {"self", "*others"})
    @GenerateNodeFactory
    abstract static class DifferenceUpdateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object differenceUpdate(Object self, Object others) {
            PSet set = mutable(self, "difference_update");
            for (Object other : ((PTuple) others).items()) {
                discardAll(set.storage(), other);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class SymmetricDifferenceUpdateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object symmetricDifferenceUpdate(Object self, Object other) {
            symmetricUpdate(mutable(self, "symmetric_difference_update").storage(), other);
            return PNone.NONE;
        }
    }
}
