package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDeque;

/**
 * The position a deque index names. CPython reaches a deque's items through its sequence slots, so {@code d[k]}
 * (PyObject_GetItem) and an explicit {@code d.__getitem__(k)} (the slot wrapper) word a bad key differently: the
 * subscript says "sequence index must be integer" and an IndexError for a huge int, the method "cannot be
 * interpreted as an integer" and an OverflowError.
 */
public final class DequeIndex {
    private DequeIndex() {
    }

    /**
     * Whether {@code d[key]} on this deque reaches the deque's own item method (a plain deque, or a subclass that does
     * not override {@code method}): then the subscript's wording applies, as CPython's sequence slot is used.
     */
    public static boolean usesDequeMethod(dev.krait.runtime.KraitContext context, PDeque deque, String method) {
        return deque.getPythonClass().isBuiltin() || deque.getPythonClass().lookup(method) == context.classes().dequeClass.getOwn(method);
    }

    /** The position for {@code d[key]}, {@code d[key] = v} and {@code del d[key]}. */
    @TruffleBoundary
    public static int ofSubscript(PDeque deque, Object key) {
        if (!BuiltinArithmetic.isInt(key) && PyObjectType.classOf(key).lookup("__index__") == null) {
            throw Errors.typeError("sequence index must be integer, not '" + PyObjectType.typeName(key) + "'");
        }
        return inRange(deque, PyNumber.asSize(key));
    }

    /** The position for {@code d.__getitem__(key)}, {@code __setitem__} and {@code __delitem__}. */
    @TruffleBoundary
    public static int ofMethodArgument(PDeque deque, Object key) {
        return inRange(deque, PyNumber.repeatIndex(key));
    }

    private static int inRange(PDeque deque, long index) {
        long i = index < 0 ? index + deque.size() : index;
        if (i < 0 || i >= deque.size()) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }
}
