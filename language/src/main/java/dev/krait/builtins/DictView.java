package dev.krait.builtins;

import java.util.function.Predicate;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.iterators.DictViewIterator;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PDictView;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PythonKeyProtocol;
import dev.krait.runtime.storage.DictStorage;
import dev.krait.runtime.storage.SetStorage;

/**
 * The view objects of {@code dict.keys()/values()/items()} and their methods. Views are live: they keep the dict,
 * not a copy. Keys and items views are set-like ({@code & | - ^}, comparisons, {@code isdisjoint}); each of those
 * builds a new {@code set} the way CPython's {@code dictviews_*} functions do.
 */
final class DictView {
    private DictView() {
    }

    static PDictView create(KraitContext context, PDict dict, DictViewIterator.Kind kind) {
        PythonClass cls = switch (kind) {
            case KEYS -> context.classes().dictKeysClass;
            case VALUES -> context.classes().dictValuesClass;
            case ITEMS -> context.classes().dictItemsClass;
        };
        return new PDictView(cls, context.getShape(), dict, kind);
    }

    static void install(KraitContext context) {
        installCommon(context, context.classes().dictKeysClass, DictViewIterator.Kind.KEYS);
        installCommon(context, context.classes().dictValuesClass, DictViewIterator.Kind.VALUES);
        installCommon(context, context.classes().dictItemsClass, DictViewIterator.Kind.ITEMS);
        installSetLike(context, context.classes().dictKeysClass, DictViewIterator.Kind.KEYS);
        installSetLike(context, context.classes().dictItemsClass, DictViewIterator.Kind.ITEMS);
    }

    private static Predicate<Object> isView(DictViewIterator.Kind kind) {
        return value -> value instanceof PDictView view && view.kind() == kind;
    }

    private static void installCommon(KraitContext context, PythonClass cls, DictViewIterator.Kind kind) {
        Predicate<Object> check = isView(kind);
        OperatorMethods.define(context, cls, "__len__", OperatorMethods.UNARY, check, args -> (long) ((PDictView) args[0]).dict().size());
        OperatorMethods.define(context, cls, "__iter__", OperatorMethods.UNARY, check, args -> PyIter.getIter(args[0]));
        OperatorMethods.define(context, cls, "__repr__", OperatorMethods.UNARY, check,
                        args -> PyObjectRepr.builtinRepr(KraitContext.get(null), ((PDictView) args[0]).getPythonClass(), args[0]));
        OperatorMethods.define(context, cls, "__reversed__", OperatorMethods.UNARY, check, args -> {
            KraitContext c = KraitContext.get(null);
            return new DictViewIterator(c.classes().reverseIteratorClassFor(kind), c.getShape(), ((PDictView) args[0]).dict().storage(), kind, c, true);
        });
    }

    private static void installSetLike(KraitContext context, PythonClass cls, DictViewIterator.Kind kind) {
        Predicate<Object> check = isView(kind);
        cls.defineOwn("__hash__", PNone.NONE);
        OperatorMethods.define(context, cls, "__contains__", OperatorMethods.BINARY, check, args -> contains((PDictView) args[0], args[1]));
        OperatorMethods.binary(context, cls, check, DictView::setOperation, BinaryOperator.AND,
                        BinaryOperator.OR, BinaryOperator.SUB, BinaryOperator.XOR);
        OperatorMethods.comparisons(context, cls, check, DictView::compare);
        OperatorMethods.define(context, cls, "isdisjoint", OperatorMethods.BINARY, check, args -> {
            for (Object item : PyIter.toArray(args[1])) {
                if (contains((PDictView) args[0], item)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** {@code item in view} for a keys or items view. */
    static boolean contains(PDictView view, Object item) {
        PDict dict = view.dict();
        if (view.kind() == DictViewIterator.Kind.KEYS) {
            return dict.containsKey(item);
        }
        if (!(item instanceof PTuple pair) || pair.length() != 2) {
            return false;
        }
        Object value = dict.getItem(pair.get(0));
        return value != null && PyObjectRichCompare.equals(value, pair.get(1));
    }

    /** The items of a set-like operand as a set table: exact dicts and sets keep CPython's bulk-update order. */
    private static SetStorage toStorage(Object iterable) {
        SetStorage storage = new SetStorage();
        if (iterable instanceof PSet set) {
            storage.update(set.storage(), PythonKeyProtocol.INSTANCE);
        } else if (iterable instanceof PDictView view && view.kind() == DictViewIterator.Kind.KEYS) {
            storage.update(view.dict().storage(), PythonKeyProtocol.INSTANCE);
        } else {
            for (Object item : PyIter.toArray(iterable)) {
                storage.add(item, PythonKeyProtocol.INSTANCE);
            }
        }
        return storage;
    }

    /**
     * The right operand of {@code -} and {@code ^} as CPython's set methods see it: a set as it is, anything else
     * (a view too) iterated, each item hashed.
     */
    private static SetStorage iteratedStorage(Object iterable) {
        if (iterable instanceof PSet set) {
            return set.storage();
        }
        SetStorage storage = new SetStorage();
        for (Object item : PyIter.toArray(iterable)) {
            storage.add(item, PythonKeyProtocol.INSTANCE);
        }
        return storage;
    }

    /**
     * {@code d1.items() ^ d2.items()} the way CPython's {@code dictitems_xor} does it: each entry of d2 looked up in a
     * copy of d1 with its stored hash; equal pairs cancel, the rest and what remains of the copy form the set.
     */
    private static SetStorage itemsSymmetricDifference(PDict d1, PDict d2) {
        KraitContext context = KraitContext.get(null);
        PythonKeyProtocol p = PythonKeyProtocol.INSTANCE;
        DictStorage remaining = d1.storage().copy();
        SetStorage result = new SetStorage();
        DictStorage right = d2.storage().copy();
        for (int ix = right.nextIndex(0); ix >= 0; ix = right.nextIndex(ix + 1)) {
            Object key = right.keyAt(ix);
            long hash = right.hashAt(ix);
            Object value = right.valueAt(ix);
            Object leftValue = remaining.getHashed(key, hash, p);
            if (leftValue != null && PyObjectRichCompare.equals(leftValue, value)) {
                remaining.removeHashed(key, hash, p);
            } else {
                result.add(context.newTuple(new Object[]{key, value}), p);
            }
        }
        for (int ix = remaining.nextIndex(0); ix >= 0; ix = remaining.nextIndex(ix + 1)) {
            result.add(context.newTuple(new Object[]{remaining.keyAt(ix), remaining.valueAt(ix)}), p);
        }
        remaining.clear();
        right.clear();
        return result;
    }

    /** {@code left op right} where one of them is a view: {@code set(left)} updated with {@code right}. */
    private static Object setOperation(BinaryOperator op, Object left, Object right) {
        if (op == BinaryOperator.XOR && left instanceof PDictView l && l.kind() == DictViewIterator.Kind.ITEMS &&
                        right instanceof PDictView r && r.kind() == DictViewIterator.Kind.ITEMS) {
            return newSet(itemsSymmetricDifference(l.dict(), r.dict()));
        }
        SetStorage result = toStorage(left);
        PythonKeyProtocol p = PythonKeyProtocol.INSTANCE;
        switch (op) {
            case OR -> {
                for (Object item : PyIter.toArray(right)) {
                    result.add(item, p);
                }
            }
            case AND -> result.intersectionUpdate(toStorage(right), p);
            case SUB -> result.differenceUpdate(iteratedStorage(right), p);
            case XOR -> result.symmetricDifferenceUpdate(iteratedStorage(right), p);
            default -> throw Errors.typeError("unsupported view operation");
        }
        return newSet(result);
    }

    private static PSet newSet(SetStorage storage) {
        KraitContext context = KraitContext.get(null);
        return new PSet(context.classes().setClass, context.getShape(), storage);
    }

    private static boolean isSetLike(Object value) {
        return value instanceof PSet || value instanceof PDictView view && view.kind() != DictViewIterator.Kind.VALUES;
    }

    private static Object compare(CompareOperator op, Object self, Object other) {
        if (!isSetLike(other)) {
            return OperatorMethods.notImplemented();
        }
        PDictView view = (PDictView) self;
        long lenSelf = view.dict().size();
        long lenOther = other instanceof PSet set ? set.size() : ((PDictView) other).dict().size();
        return switch (op) {
            case EQ -> lenSelf == lenOther && allIn(self, other);
            case NE -> !(lenSelf == lenOther && allIn(self, other));
            case LT -> lenSelf < lenOther && allIn(self, other);
            case LE -> lenSelf <= lenOther && allIn(self, other);
            case GT -> lenSelf > lenOther && allIn(other, self);
            case GE -> lenSelf >= lenOther && allIn(other, self);
        };
    }

    private static boolean allIn(Object items, Object container) {
        for (Object item : PyIter.toArray(items)) {
            boolean found = container instanceof PDictView view ? contains(view, item) : ((PSet) container).contains(item);
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
