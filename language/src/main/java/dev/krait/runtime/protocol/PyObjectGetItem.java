package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;

/** {@code PyObject_GetItem}: {@code obj[key]} for sequences, mappings, slices and {@code __getitem__}. */
public final class PyObjectGetItem {
    private PyObjectGetItem() {
    }

    @TruffleBoundary
    public static Object getItem(Object container, Object key) {
        if (InteropValues.isForeign(container)) {
            return ForeignObjects.getItem(container, key);
        }
        KraitContext context = KraitContext.get(null);
        if (container instanceof PDict dict && dict.getPythonClass() == context.classes().dictClass) {
            Object value = dict.getItem(key);
            if (value == null) {
                throw Errors.keyError(key);
            }
            return value;
        }
        if (container instanceof PList list && list.getPythonClass() == context.classes().listClass) {
            if (key instanceof PSlice slice) {
                SliceIndices indices = SliceIndices.of(slice, list.size());
                return context.newList(SequenceOps.sliceArray(list.storage(), indices));
            }
            return list.get(SequenceOps.normalizeIndex(key, list.size(), "list"));
        }
        if (container instanceof PTuple tuple && tuple.getPythonClass() == context.classes().tupleClass) {
            if (key instanceof PSlice slice) {
                SliceIndices indices = SliceIndices.of(slice, tuple.length());
                return context.newTuple(SequenceOps.sliceArray(tuple.items(), indices));
            }
            return tuple.get(SequenceOps.normalizeIndex(key, tuple.length(), "tuple"));
        }
        if (container instanceof dev.krait.runtime.objects.PDeque deque && DequeIndex.usesDequeMethod(context, deque, "__getitem__")) {
            return deque.get(DequeIndex.ofSubscript(deque, key));
        }
        if (container instanceof String s) {
            return SequenceOps.strGetItem(s, key);
        }
        if (container instanceof dev.krait.runtime.objects.PBytes bytes && BuiltinArithmetic.isExact(bytes)) {
            if (key instanceof Long index && index >= 0 && index < bytes.length()) {
                return (long) bytes.get((int) (long) index);
            } else if (key instanceof PSlice slice) {
                return dev.krait.runtime.bytes.ByteSequences.slice(bytes, slice);
            }
        }
        if (container instanceof dev.krait.runtime.objects.PRangeBase range) {
            return SequenceOps.rangeGetItem(context, range, key);
        }
        PythonClass type = PyObjectType.classOf(context, container);
        Object getitem = type.lookup("__getitem__");
        if (getitem != null) {
            return PyObjectCall.callDescriptor(getitem, container, new Object[]{key}, new String[0], new Object[0]);
        }
        if (container instanceof PDict dict) {
            Object value = dict.getItem(key);
            if (value == null) {
                Object missing = type.lookup("__missing__");
                if (missing != null) {
                    return PyObjectCall.callDescriptor(missing, container, new Object[]{key}, new String[0], new Object[0]);
                }
                throw Errors.keyError(key);
            }
            return value;
        }
        if (container instanceof PList || container instanceof PTuple) {
            return getItem(container instanceof PList l ? context.newList(l.toArray()) : context.newTuple(((PTuple) container).items()), key);
        }
        if (container instanceof PythonClass cls) {
            Object classGetItem = PyObjectGetAttr.typeGetAttr(context, cls, "__class_getitem__");
            if (classGetItem != null) {
                return PyObjectCall.call(classGetItem, key);
            }
            if (isGenericBuiltinOrSubclass(context, cls)) {
                // list[int]: a types.GenericAlias (made by the bundled _generic_types module)
                PModule module = dev.krait.runtime.ModuleLoader.importModule(context, "_generic_types");
                return PyObjectCall.call(dev.krait.runtime.ObjectAttributes.get(module, "GenericAlias"), cls, key);
            }
            throw Errors.typeError("type '" + cls.getName() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + type.getTypeName() + "' object is not subscriptable");
    }

    /** Whether {@code cls} is, or derives from, a builtin class whose {@code __class_getitem__} makes a GenericAlias. */
    private static boolean isGenericBuiltinOrSubclass(KraitContext context, PythonClass cls) {
        var classes = context.classes();
        if (cls == classes.typeClass) {
            return true; // type[int], but not its subclasses: type has no __class_getitem__
        }
        for (PythonClass klass : cls.getMro()) {
            if (klass == classes.listClass || klass == classes.dictClass || klass == classes.tupleClass || klass == classes.setClass ||
                            klass == classes.frozensetClass || klass == classes.enumerateClass || klass == classes.referenceTypeClass ||
                            klass == classes.byName("BaseExceptionGroup")) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static void setItem(Object container, Object key, Object value) {
        if (InteropValues.isForeign(container)) {
            ForeignObjects.setItem(container, key, value);
            return;
        }
        KraitContext context = KraitContext.get(null);
        PythonClass type = PyObjectType.classOf(context, container);
        if (!type.isBuiltin() && !(container instanceof dev.krait.runtime.objects.PDeque deque &&
                        DequeIndex.usesDequeMethod(context, deque, value == null ? "__delitem__" : "__setitem__"))) {
            Object setitem = type.lookup(value == null ? "__delitem__" : "__setitem__");
            if (setitem != null) {
                Object[] args = value == null ? new Object[]{key} : new Object[]{key, value};
                PyObjectCall.callDescriptor(setitem, container, args, new String[0], new Object[0]);
                return;
            }
        }
        if (container instanceof PDict dict) {
            if (value == null) {
                if (dict.removeItem(key) == null) {
                    throw Errors.keyError(key);
                }
            } else {
                dict.setItem(key, value);
            }
            return;
        }
        if (container instanceof PList list) {
            if (key instanceof PSlice slice) {
                SequenceOps.setSlice(list, slice, value);
                return;
            }
            int index = SequenceOps.normalizeIndex(key, list.size(), "list", value == null ? "deletion" : "assignment");
            if (value == null) {
                list.removeAt(index);
            } else {
                list.set(index, value);
            }
            return;
        }
        if (container instanceof dev.krait.runtime.objects.PDeque deque) {
            int index = DequeIndex.ofSubscript(deque, key);
            if (value == null) {
                RefCounts.decRef(deque.removeAt(index));
            } else {
                deque.set(index, value);
            }
            return;
        }
        Object method = type.lookup(value == null ? "__delitem__" : "__setitem__");
        if (method != null) {
            Object[] args = value == null ? new Object[]{key} : new Object[]{key, value};
            PyObjectCall.callDescriptor(method, container, args, new String[0], new Object[0]);
            return;
        }
        if (value == null) {
            // CPython's PyObject_DelItem: an index deleted from a type with sequence slots fails in PySequence_DelItem
            boolean sequenceSlots = !type.isBuiltin() || type.lookup("__len__") != null || type.lookup("__contains__") != null ||
                            type.lookup("__getitem__") != null;
            boolean indexKey = BuiltinArithmetic.isInt(PBoxedValue.unwrap(key)) || PyObjectType.classOf(context, key).lookup("__index__") != null;
            throw Errors.typeError("'" + type.getTypeName() + "' object " + (sequenceSlots && indexKey ? "doesn't" : "does not") + " support item deletion");
        }
        throw Errors.typeError("'" + type.getTypeName() + "' object does not support item assignment");
    }

    /** {@code key in container}: {@code PySequence_Contains}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object key) {
        if (InteropValues.isForeign(container)) {
            return ForeignObjects.contains(container, key);
        }
        if (BuiltinArithmetic.isContainerSubclassInstance(container) &&
                        !(PyObjectType.classOf(container).lookup("__contains__") instanceof dev.krait.runtime.objects.PBuiltinFunction)) {
            // a subclass of list, tuple, set or dict that defines its own __contains__ (the builtin one is below)
            return containsByLookup(container, key);
        }
        if (container instanceof PDict dict) {
            return dict.containsKey(key);
        }
        if (container instanceof dev.krait.runtime.objects.PSet set) {
            return set.contains(key);
        }
        if (container instanceof dev.krait.runtime.objects.PDictView view && view.kind() == dev.krait.runtime.iterators.DictViewIterator.Kind.KEYS) {
            return view.dict().containsKey(key);
        }
        if (container instanceof String s) {
            if (!(key instanceof String k)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + PyObjectType.typeName(key));
            }
            return s.contains(k);
        }
        if (container instanceof PList list) {
            for (int i = 0; i < list.size(); i++) {
                if (PyObjectRichCompare.equals(list.get(i), key)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                if (PyObjectRichCompare.equals(item, key)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PRange range && key instanceof Long k) {
            return RangeOps.positionOf(range, k) >= 0;
        }
        if (container instanceof dev.krait.runtime.objects.PRangeBase range && BuiltinArithmetic.isInt(key)) {
            return RangeOps.containsInt(range, BuiltinArithmetic.asInt(key));
        }
        return containsByLookup(container, key);
    }

    /** {@code in} through the type's {@code __contains__}, else by iterating. */
    private static boolean containsByLookup(Object container, Object key) {
        PythonClass type = PyObjectType.classOf(container);
        Object contains = type.lookup("__contains__");
        if (contains != null) {
            return PyObjectIsTrue.isTrue(PyObjectCall.callDescriptor(contains, container, new Object[]{key}, new String[0], new Object[0]));
        }
        Object iterator;
        try {
            iterator = PyIter.getIter(container);
        } catch (dev.krait.runtime.exceptions.PException e) {
            // CPython's _PySequence_IterSearch: a TypeError is reworded, any other exception of __iter__ propagates
            KraitContext context = KraitContext.get(null);
            if (!ExceptionMatching.matches(context, e, context.classes().byName("TypeError"))) {
                throw e;
            }
            throw Errors.typeError("argument of type '" + type.getName() + "' is not iterable");
        }
        Object item;
        while ((item = PyIter.next(iterator)) != null) {
            if (PyObjectRichCompare.equals(item, key)) {
                return true;
            }
        }
        return false;
    }
}
