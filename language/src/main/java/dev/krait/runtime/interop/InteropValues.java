package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.Singletons;

/**
 * The boundary between interop values and Python values. Whatever another language or the host hands to Krait
 * (call arguments, bindings, elements written into a list, results of foreign calls) passes through
 * {@link #toPython}, so Python code only ever sees its own kinds of value: Java's {@code int}, {@code short},
 * {@code byte} become Python ints ({@code long}), {@code float} a Python float ({@code double}), {@code char} a
 * one-character str, a foreign null {@code None}, and foreign boxed numbers, strings and booleans the matching
 * Python values. Any other foreign object stays as it is and is a {@code foreign} object in Python.
 */
public final class InteropValues {
    private InteropValues() {
    }

    /** The Python value for an interop value arriving from outside. */
    public static Object toPython(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String) {
            return value;
        } else if (value instanceof Integer i) {
            return (long) i;
        } else if (value instanceof Short s) {
            return (long) s;
        } else if (value instanceof Byte b) {
            return (long) b;
        } else if (value instanceof Float f) {
            return (double) f;
        } else if (value instanceof Character c) {
            return String.valueOf(c);
        } else if (value == null) {
            return PNone.NONE;
        } else if (value instanceof HostReference handle) {
            return handle.target();
        } else if (isForeign(value)) {
            return foreignToPython(value);
        }
        return value;
    }

    /** {@link #toPython} for each of {@code values}, in a new array. */
    public static Object[] toPython(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toPython(values[i]);
        }
        return result;
    }

    /** Unboxes foreign nulls, booleans, strings and numbers; other foreign objects are returned as they are. */
    @TruffleBoundary
    private static Object foreignToPython(Object value) {
        if (value instanceof TruffleString ts) {
            return ts.toJavaStringUncached();
        }
        InteropLibrary interop = InteropLibrary.getUncached(value);
        try {
            if (interop.isNull(value)) {
                return PNone.NONE;
            } else if (interop.isBoolean(value)) {
                return interop.asBoolean(value);
            } else if (interop.isString(value)) {
                return interop.asString(value);
            } else if (interop.isNumber(value)) {
                if (interop.fitsInLong(value)) {
                    return interop.asLong(value);
                } else if (interop.fitsInBigInteger(value)) {
                    return PInt.normalize(interop.asBigInteger(value));
                } else if (interop.fitsInDouble(value)) {
                    return interop.asDouble(value);
                }
            }
        } catch (UnsupportedMessageException e) {
            // the value said it was one of these kinds; keep it as a foreign object if it then refused
        }
        return value;
    }

    /**
     * Whether {@code value} belongs to another language or the host: any interop object that is not one of
     * Krait's own values.
     */
    public static boolean isForeign(Object value) {
        return value instanceof TruffleObject && !(value instanceof PythonObject) && !(value instanceof PInt) &&
                        !(value instanceof PNone) && !(value instanceof Singletons) && !(value instanceof PException) &&
                        !(value instanceof KraitInteropObject) && !(value instanceof HostReference);
    }
}
