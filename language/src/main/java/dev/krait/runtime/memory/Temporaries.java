package dev.krait.runtime.memory;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PythonObject;

/**
 * Temporaries that die when they are consumed, as in CPython: an object that nothing counts and that is waiting in
 * the release queue (made in this statement and never stored) is released as soon as the operation that used it is
 * done, when it is an argument of a call that returned, the receiver of a method call, or the object an attribute was
 * read from. So {@code print(Resource().value)} runs {@code __del__} before printing, as CPython does. The result of
 * the operation is never released this way (a call may return its argument).
 */
public final class Temporaries {
    private Temporaries() {
    }

    /** Whether {@code value} is a temporary: an object nothing counts that waits in the release queue. */
    public static boolean isTemporary(Node node, Object value) {
        return RefCounts.isEnabled(node) && value instanceof PythonObject object && object.refCount() == 0 &&
                        object.hasMemoryFlag(RefCounts.QUEUED);
    }

    /**
     * {@code value} was consumed by an operation that produced {@code result}. The profile belongs to the consuming
     * node: where no temporary was ever consumed, compiled code has no release call (which would make the compiler
     * forget what it knows about memory).
     */
    public static void consumed(Node node, Object value, Object result, BranchProfile profile) {
        if (isTemporary(node, value) && value != result) {
            profile.enter();
            release(KraitContext.get(node), (PythonObject) value, result);
        }
    }

    /** Each of {@code values} was consumed by an operation that produced {@code result}. */
    public static void consumedAll(Node node, Object[] values, Object result, BranchProfile profile) {
        if (RefCounts.isEnabled(node)) {
            for (Object value : values) {
                consumed(node, value, result, profile);
            }
        }
    }

    /**
     * An exception that Java code caught and dropped (the StopIteration ending an iteration): when nothing else holds
     * its Python object, it dies now with the frame values its traceback kept, as CPython clears it at once (an
     * iterator's {@code self} in the {@code __next__} frame that raised it is let go before the next statement).
     */
    public static void releaseCaughtException(dev.krait.runtime.exceptions.PException exception) {
        releaseIfTemporary(exception.getPythonExceptionOrNull());
    }

    /**
     * Releases {@code value} now if it is a temporary that the caller made and is done with (an iterator a builtin
     * made for itself and exhausted); never for a value the caller was given, which its own caller may release.
     */
    @TruffleBoundary
    public static void releaseIfTemporary(Object value) {
        if (value instanceof PythonObject object && RefCounts.isEnabled() && object.refCount() == 0 &&
                        object.hasMemoryFlag(RefCounts.QUEUED)) {
            Deallocator.release(KraitContext.get(null), object);
        }
    }

    /** Releases the consumed temporary; the result, which may be one of its elements, is held meanwhile. */
    @TruffleBoundary
    private static void release(KraitContext context, PythonObject object, Object result) {
        RefCounts.incRef(result);
        Deallocator.release(context, object);
        RefCounts.decRef(result);
    }
}
