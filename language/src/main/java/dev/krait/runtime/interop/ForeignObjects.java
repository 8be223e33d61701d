package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.SliceIndices;

/**
 * The Python object protocol for {@code foreign} objects: Java objects, lists, maps and arrays handed in by the host,
 * and values of other languages. Each operation maps to interop: attributes are members, subscripts are array
 * elements or hash entries, {@code len()} is the array or hash size, iteration uses the object's iterator (or its
 * elements or keys), a call executes or instantiates it. Whatever comes back passes through
 * {@link InteropValues#toPython}. The protocol helpers call these first when their operand is foreign.
 */
public final class ForeignObjects {
    private ForeignObjects() {
    }

    private static InteropLibrary interop(Object value) {
        return InteropLibrary.getUncached(value);
    }

    /** The member {@code name}, or null if the object has no such readable member. */
    @TruffleBoundary
    public static Object readMember(Object object, String name) {
        InteropLibrary lib = interop(object);
        if (!lib.isMemberReadable(object, name)) {
            return null;
        }
        try {
            return InteropValues.toPython(lib.readMember(object, name));
        } catch (InteropException e) {
            return null;
        }
    }

    /** {@code object.name = value}; {@code value == null} deletes. */
    @TruffleBoundary
    public static void setMember(Object object, String name, Object value) {
        InteropLibrary lib = interop(object);
        try {
            if (value == null) {
                lib.removeMember(object, name);
            } else {
                lib.writeMember(object, name, value);
            }
        } catch (UnsupportedMessageException | UnsupportedTypeException e) {
            throw Errors.attributeError("'foreign' object attribute '" + name + "' cannot be " + (value == null ? "deleted" : "set"));
        } catch (InteropException e) {
            throw Errors.attributeError("'foreign' object has no attribute '" + name + "'");
        }
    }

    @TruffleBoundary
    public static Object getItem(Object object, Object key) {
        InteropLibrary lib = interop(object);
        try {
            if (lib.hasHashEntries(object)) {
                return InteropValues.toPython(lib.readHashValue(object, key));
            }
            if (lib.hasArrayElements(object)) {
                if (key instanceof PSlice slice) {
                    return sliceOf(lib, object, slice);
                }
                return InteropValues.toPython(lib.readArrayElement(object, arrayIndex(lib, object, key, false)));
            }
        } catch (UnknownKeyException e) {
            throw Errors.keyError(key);
        } catch (InvalidArrayIndexException e) {
            throw Errors.indexError("index out of range");
        } catch (InteropException e) {
            throw Errors.typeError("'foreign' object is not subscriptable");
        }
        throw Errors.typeError("'foreign' object is not subscriptable");
    }

    /** {@code object[key] = value}; {@code value == null} deletes. */
    @TruffleBoundary
    public static void setItem(Object object, Object key, Object value) {
        InteropLibrary lib = interop(object);
        try {
            if (lib.hasHashEntries(object)) {
                if (value == null) {
                    lib.removeHashEntry(object, key);
                } else {
                    lib.writeHashEntry(object, key, value);
                }
                return;
            }
            if (lib.hasArrayElements(object)) {
                long index = arrayIndex(lib, object, key, value != null);
                if (value == null) {
                    lib.removeArrayElement(object, index);
                } else {
                    lib.writeArrayElement(object, index, value);
                }
                return;
            }
        } catch (UnknownKeyException e) {
            throw Errors.keyError(key);
        } catch (InvalidArrayIndexException e) {
            throw Errors.indexError("index out of range");
        } catch (UnsupportedMessageException | UnsupportedTypeException e) {
            throw Errors.typeError("'foreign' object does not support item " + (value == null ? "deletion" : "assignment"));
        }
        throw Errors.typeError("'foreign' object does not support item " + (value == null ? "deletion" : "assignment"));
    }

    /** {@code array[start:stop:step]} of a foreign array: a new Python list. */
    private static PList sliceOf(InteropLibrary lib, Object array, PSlice slice) throws InteropException {
        long size = lib.getArraySize(array);
        if (size > Integer.MAX_VALUE) {
            throw Errors.overflowError("foreign array too large to slice");
        }
        SliceIndices indices = SliceIndices.of(slice, (int) size);
        Object[] items = new Object[indices.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = InteropValues.toPython(lib.readArrayElement(array, indices.start() + (long) i * indices.step()));
        }
        return KraitContext.get(null).newList(items);
    }

    /** A Python index (negative counts from the end) as an array index. */
    private static long arrayIndex(InteropLibrary lib, Object array, Object key, boolean allowEnd) throws UnsupportedMessageException {
        if (!BuiltinArithmetic.isInt(key) || !(BuiltinArithmetic.asInt(key) instanceof Long index)) {
            throw Errors.typeError("foreign array indices must be integers, not " + dev.krait.runtime.protocol.PyObjectType.typeName(key));
        }
        long size = lib.getArraySize(array);
        long i = index < 0 ? index + size : index;
        if (i < 0 || i > size || i == size && !allowEnd) {
            throw Errors.indexError("index out of range");
        }
        return i;
    }

    @TruffleBoundary
    public static boolean contains(Object object, Object key) {
        InteropLibrary lib = interop(object);
        if (lib.hasHashEntries(object)) {
            return lib.isHashEntryExisting(object, key);
        }
        if (lib.isString(object)) {
            return asString(object).contains(dev.krait.runtime.protocol.PyObjectRepr.str(key));
        }
        Object iterator = getIter(object);
        Object item;
        while ((item = ((ForeignIterator) iterator).next()) != null) {
            if (PyObjectRichCompare.equals(item, key)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static long size(Object object) {
        InteropLibrary lib = interop(object);
        try {
            if (lib.hasArrayElements(object)) {
                return lib.getArraySize(object);
            }
            if (lib.hasHashEntries(object)) {
                return lib.getHashSize(object);
            }
            if (lib.isString(object)) {
                return lib.asString(object).codePointCount(0, lib.asString(object).length());
            }
        } catch (UnsupportedMessageException e) {
            // fall through
        }
        throw Errors.typeError("object of type 'foreign' has no len()");
    }

    /** {@code iter(object)}: a Python iterator over its iterator, its array elements or its hash keys. */
    @TruffleBoundary
    public static Object getIter(Object object) {
        InteropLibrary lib = interop(object);
        Object iterator;
        try {
            if (lib.isIterator(object)) {
                iterator = object;
            } else if (lib.hasIterator(object)) {
                iterator = lib.getIterator(object);
            } else if (lib.hasHashEntries(object)) {
                iterator = lib.getHashKeysIterator(object);
            } else {
                throw Errors.typeError("'foreign' object is not iterable");
            }
        } catch (UnsupportedMessageException e) {
            throw Errors.typeError("'foreign' object is not iterable");
        }
        KraitContext context = KraitContext.get(null);
        return new ForeignIterator(context.classes().iteratorClass, context.getShape(), iterator);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames) {
        if (kwNames.length > 0) {
            throw Errors.typeError("'foreign' callables do not take keyword arguments");
        }
        InteropLibrary lib = interop(callable);
        try {
            if (lib.isExecutable(callable)) {
                return InteropValues.toPython(lib.execute(callable, args));
            }
            if (lib.isInstantiable(callable)) {
                return InteropValues.toPython(lib.instantiate(callable, args));
            }
        } catch (ArityException e) {
            throw Errors.typeError("foreign callable expected " + e.getExpectedMinArity() + " arguments, got " + e.getActualArity());
        } catch (UnsupportedTypeException e) {
            throw Errors.typeError("invalid argument types for foreign callable: " + e.getMessage());
        } catch (UnsupportedMessageException e) {
            // fall through
        }
        throw Errors.typeError("'foreign' object is not callable");
    }

    @TruffleBoundary
    public static String str(Object object) {
        if (interop(object).isString(object)) {
            return asString(object);
        }
        return repr(object);
    }

    @TruffleBoundary
    public static String repr(Object object) {
        try {
            return asString(interop(object).toDisplayString(object, true));
        } catch (PException e) {
            throw e;
        } catch (RuntimeException e) {
            return "<foreign object>";
        }
    }

    @TruffleBoundary
    public static boolean isTrue(Object object) {
        InteropLibrary lib = interop(object);
        try {
            if (lib.isNull(object)) {
                return false;
            } else if (lib.isBoolean(object)) {
                return lib.asBoolean(object);
            } else if (lib.isNumber(object)) {
                return !lib.fitsInDouble(object) || lib.asDouble(object) != 0;
            } else if (lib.isString(object)) {
                return !lib.asString(object).isEmpty();
            } else if (lib.hasArrayElements(object)) {
                return lib.getArraySize(object) != 0;
            } else if (lib.hasHashEntries(object)) {
                return lib.getHashSize(object) != 0;
            }
        } catch (UnsupportedMessageException e) {
            // fall through
        }
        return true;
    }

    /** {@code a == b} where one side is foreign: the same object (by interop identity). */
    @TruffleBoundary
    public static boolean equals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return InteropValues.isForeign(a) && InteropValues.isForeign(b) && interop(a).isIdentical(a, b, interop(b));
    }

    @TruffleBoundary
    public static long hash(Object object) {
        InteropLibrary lib = interop(object);
        if (lib.hasIdentity(object)) {
            try {
                return lib.identityHashCode(object);
            } catch (UnsupportedMessageException e) {
                // fall through
            }
        }
        return System.identityHashCode(object);
    }

    private static String asString(Object value) {
        try {
            return interop(value).asString(value);
        } catch (UnsupportedMessageException e) {
            return String.valueOf(value);
        }
    }
}
