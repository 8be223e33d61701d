package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;

/**
 * The argument checks of the builtin types' constructors. They take {@code *args, **kwargs} and check here, because
 * CPython words these errors its own way ("list expected at most 1 argument, got 2", "float() takes no keyword
 * arguments"), not as a Python function's signature would.
 */
final class ConstructorArgs {
    private ConstructorArgs() {
    }

    /** At most {@code max} positional arguments and no keywords: the positional ones padded with NO_VALUE to max. */
    @TruffleBoundary
    static Object[] positionalOnly(String typeName, Object args, Object kwargs, int max) {
        return padded(checkPositional(typeName, args, kwargs, 0, max), max);
    }

    /**
     * Between {@code min} and {@code max} positional arguments and no keywords (CPython's {@code _PyArg_NoKeywords}
     * and {@code _PyArg_CheckPositional}): the positional ones as given.
     */
    @TruffleBoundary
    static Object[] checkPositional(String typeName, Object args, Object kwargs, int min, int max) {
        if (((PDict) kwargs).size() != 0) {
            throw Errors.typeError(typeName + "() takes no keyword arguments");
        }
        Object[] given = ((PTuple) args).items();
        if (given.length < min) {
            throw Errors.typeError(typeName + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + given.length);
        }
        if (given.length > max) {
            throw Errors.typeError(typeName + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + given.length);
        }
        return given;
    }

    /**
     * Arguments by position or by the given keyword names (each keyword name listed at its position; null for a
     * positional-only one), with the errors of CPython's argument clinic.
     */
    @TruffleBoundary
    static Object[] bind(String typeName, Object args, Object kwargs, String[] names) {
        Object[] given = ((PTuple) args).items();
        PDict keywords = (PDict) kwargs;
        int total = given.length + keywords.size();
        if (total > names.length) {
            throw Errors.typeError(typeName + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s") + " (" +
                            total + " given)");
        }
        Object[] result = padded(given, names.length);
        for (Object entry : keywords.storage().itemsArray()) {
            Object[] item = (Object[]) entry;
            int index = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i] != null && names[i].equals(item[0])) {
                    index = i;
                }
            }
            if (index < 0) {
                throw Errors.typeError("'" + item[0] + "' is an invalid keyword argument for " + typeName + "()");
            }
            if (index < given.length) {
                throw Errors.typeError("argument for " + typeName + "() given by name ('" + item[0] + "') and position (" + (index + 1) + ")");
            }
            result[index] = item[1];
        }
        return result;
    }

    private static Object[] padded(Object[] given, int length) {
        Object[] result = new Object[Math.max(length, given.length)];
        java.util.Arrays.fill(result, PNone.NO_VALUE);
        System.arraycopy(given, 0, result, 0, given.length);
        return result;
    }
}
