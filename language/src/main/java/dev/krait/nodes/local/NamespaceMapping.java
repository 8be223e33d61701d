package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The names of a class body, or of code exec/eval run with separate locals: a plain dict (read directly), or any
 * mapping — what a metaclass's {@code __prepare__} returned, a dict subclass, exec's locals argument — used through
 * {@code __getitem__}, {@code __setitem__} and {@code __delitem__} as CPython's LOAD_NAME and STORE_NAME do.
 */
public final class NamespaceMapping {
    private NamespaceMapping() {
    }

    /** The value of {@code name}, or null if the namespace has none (a KeyError from the mapping). */
    public static Object get(Object namespace, String name) {
        if (namespace instanceof PDict dict && BuiltinArithmetic.isExact(dict)) {
            return dict.getItem(name);
        }
        return getFromMapping(namespace, name);
    }

    @TruffleBoundary
    private static Object getFromMapping(Object namespace, String name) {
        try {
            return PyObjectGetItem.getItem(namespace, name);
        } catch (PException e) {
            if (isKeyError(e)) {
                return null;
            }
            throw e;
        }
    }

    public static void set(Object namespace, String name, Object value) {
        if (namespace instanceof PDict dict && BuiltinArithmetic.isExact(dict)) {
            dict.setItem(name, value);
        } else {
            setInMapping(namespace, name, value);
        }
    }

    @TruffleBoundary
    private static void setInMapping(Object namespace, String name, Object value) {
        PyObjectGetItem.setItem(namespace, name, value);
    }

    /** Removes {@code name}; false if the namespace had none. */
    public static boolean delete(Object namespace, String name) {
        if (namespace instanceof PDict dict && BuiltinArithmetic.isExact(dict)) {
            return dict.removeItem(name) != null;
        }
        return deleteFromMapping(namespace, name);
    }

    @TruffleBoundary
    private static boolean deleteFromMapping(Object namespace, String name) {
        Object delitem = PyObjectType.classOf(namespace).lookup("__delitem__");
        if (delitem == null) {
            throw dev.krait.runtime.exceptions.Errors.typeError("'" + PyObjectType.typeName(namespace) + "' object doesn't support item deletion");
        }
        try {
            PyObjectCall.callDescriptor(delitem, namespace, new Object[]{name}, new String[0], new Object[0]);
            return true;
        } catch (PException e) {
            if (isKeyError(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isKeyError(PException e) {
        KraitContext context = KraitContext.get(null);
        return ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.KeyError));
    }
}
