package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

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
        return get(namespace, name, null);
    }

    /**
     * As {@link #get(Object, String)}; {@code location} (the reading node, or null) is where a mapping's
     * {@code __getitem__} is called from, so its caller's frame has the line (a warning's, a traceback's).
     */
    public static Object get(Object namespace, String name, Node location) {
        if (namespace instanceof PDict dict && BuiltinArithmetic.isExact(dict)) {
            return dict.getItem(name);
        }
        return getFromMapping(namespace, name, location);
    }

    @TruffleBoundary
    private static Object getFromMapping(Object namespace, String name, Node location) {
        EncapsulatingNodeReference current = EncapsulatingNodeReference.getCurrent();
        Node previous = location == null ? null : current.set(location);
        try {
            return PyObjectGetItem.getItem(namespace, name);
        } catch (PException e) {
            if (isKeyError(e)) {
                return null;
            }
            throw e;
        } finally {
            if (location != null) {
                current.set(previous);
            }
        }
    }

    public static void set(Object namespace, String name, Object value) {
        set(namespace, name, value, null);
    }

    /** As {@link #set(Object, String, Object)}, a mapping's {@code __setitem__} called from {@code location}. */
    public static void set(Object namespace, String name, Object value, Node location) {
        if (namespace instanceof PDict dict && BuiltinArithmetic.isExact(dict)) {
            dict.setItem(name, value);
        } else {
            setInMapping(namespace, name, value, location);
        }
    }

    @TruffleBoundary
    private static void setInMapping(Object namespace, String name, Object value, Node location) {
        EncapsulatingNodeReference current = EncapsulatingNodeReference.getCurrent();
        Node previous = location == null ? null : current.set(location);
        try {
            PyObjectGetItem.setItem(namespace, name, value);
        } finally {
            if (location != null) {
                current.set(previous);
            }
        }
    }

    /** Removes {@code name}; false if the namespace had none (or a mapping failed to delete it). */
    public static boolean delete(Object namespace, String name) {
        return delete(namespace, name, null);
    }

    /** As {@link #delete(Object, String)}, a mapping's {@code __delitem__} called from {@code location}. */
    public static boolean delete(Object namespace, String name, Node location) {
        if (namespace instanceof PDict dict && BuiltinArithmetic.isExact(dict)) {
            return dict.removeItem(name) != null;
        }
        return deleteFromMapping(namespace, name, location);
    }

    @TruffleBoundary
    private static boolean deleteFromMapping(Object namespace, String name, Node location) {
        EncapsulatingNodeReference current = EncapsulatingNodeReference.getCurrent();
        Node previous = location == null ? null : current.set(location);
        try {
            return deleteThroughDelitem(namespace, name);
        } finally {
            if (location != null) {
                current.set(previous);
            }
        }
    }

    /** CPython's DELETE_NAME reports any failure of the mapping's {@code __delitem__} (or its lack) as the NameError. */
    private static boolean deleteThroughDelitem(Object namespace, String name) {
        Object delitem = PyObjectType.classOf(namespace).lookup("__delitem__");
        if (delitem == null) {
            return false;
        }
        try {
            PyObjectCall.callDescriptor(delitem, namespace, new Object[]{name}, new String[0], new Object[0]);
            return true;
        } catch (PException e) {
            return false;
        }
    }

    private static boolean isKeyError(PException e) {
        KraitContext context = KraitContext.get(null);
        return ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.KeyError));
    }
}
