package dev.krait.runtime.memory;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.object.Shape;

import dev.krait.KraitLanguage;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PythonObject;

/**
 * Reference counting as CPython does it ({@code Py_INCREF}/{@code Py_DECREF}), over the references Krait stores:
 * frame locals, cells, globals, attributes, container elements and the references builtin objects hold. A value
 * being computed inside a statement is borrowed, not counted. An object whose count falls to zero is released at the
 * end of the statement (see {@link ReleaseQueue}): its {@code __del__} runs, then what it held is dropped.
 *
 * <p>Values Krait keeps unboxed or shares (int, float, bool, str, None, the builtin types and functions) are immortal
 * as in PEP 683: counting them does nothing. An object needs release work only when its class has {@code __del__},
 * it has weak references, or it holds counted references ({@link #HOLDS_REFERENCES}); for the rest, dropping the last
 * reference is a decrement and a test, which lets the compiler keep such objects virtual.
 */
public final class RefCounts {
    /** The object is never counted: builtin types and functions, singletons, constants. */
    public static final int IMMORTAL = 1;
    /** The object was released (its references dropped); counting it again revives it (see {@link Deallocator}). */
    public static final int RELEASED = 2;
    /** A counted reference was stored in the object: releasing it must drop its references. */
    public static final int HOLDS_REFERENCES = 4;
    /** A weak reference to the object exists: releasing it must clear the weak references. */
    public static final int WEAKLY_REFERENCED = 8;
    /** What makes releasing an object more than dropping it (besides its class's {@code __del__}). */
    public static final int NEEDS_RELEASE = HOLDS_REFERENCES | WEAKLY_REFERENCED;
    /** The object is in the release queue. */
    public static final int QUEUED = 16;
    /** The object's {@code __del__} has run (PEP 442: once per object). */
    public static final int FINALIZED = 32;
    /** The object is in the cycle collector's list of possible cycle roots. */
    public static final int CYCLE_CANDIDATE = 64;
    /**
     * The object survived a collection (CPython would have moved it to an older generation): as a possible cycle root
     * it waits for the next full collection instead of counting towards the next young one.
     */
    public static final int OLD = 128;

    private RefCounts() {
    }

    /**
     * Whether reference counting is on ({@code --krait.ReferenceCounting}), for the language instance of the
     * current context (a constant in compiled code).
     */
    /** {@link #isEnabled()} for code in a node: a constant in compiled code. */
    public static boolean isEnabled(com.oracle.truffle.api.nodes.Node node) {
        return KraitLanguage.get(node).isReferenceCounting();
    }

    public static boolean isEnabled() {
        if (EVERY_CONTEXT_COUNTS.isValid()) {
            return true;
        }
        KraitLanguage language = KraitLanguage.get(null);
        // null while the context is being created (its builtin objects are counted either way)
        return language == null || language.isReferenceCounting();
    }

    /**
     * Valid until a context with counting off is created in this process: until then {@link #isEnabled()} needs no
     * look-up of the current context.
     */
    private static final Assumption EVERY_CONTEXT_COUNTS = Truffle.getRuntime().createAssumption("every context counts references");

    /** A context with {@code --krait.ReferenceCounting=false} is being created. */
    public static void noteContextWithoutCounting() {
        EVERY_CONTEXT_COUNTS.invalidate();
    }

    /** {@code Py_INCREF} on any value: only objects are counted. */
    public static void incRef(Object value) {
        if (value instanceof PythonObject object) {
            object.incRef();
        } else if (value instanceof PCell cell && isEnabled()) {
            cell.incRef();
        }
    }

    /** {@code Py_DECREF} on any value. */
    public static void decRef(Object value) {
        if (value instanceof PythonObject object) {
            object.decRef();
        } else if (value instanceof PCell cell && isEnabled()) {
            cell.decRef();
        }
    }

    /**
     * Counts the reference {@code holder} now keeps to {@code value}: the holder then has references to drop when it
     * is released. A holder that nothing counts yet (a temporary) is queued, so it is released at the end of the
     * statement if nothing stores it.
     */
    public static void storeInto(PythonObject holder, Object value) {
        if (value instanceof PythonObject object) {
            if (!object.hasMemoryFlag(IMMORTAL) && isEnabled()) {
                object.incRef();
                noteHeldReference(holder);
            }
        } else if (value instanceof PCell cell && isEnabled()) {
            cell.incRef();
            noteHeldReference(holder);
        }
    }

    /** Marks {@code holder} as holding counted references (see {@link #storeInto}). */
    public static void noteHeldReference(PythonObject holder) {
        if (!holder.hasMemoryFlag(HOLDS_REFERENCES | IMMORTAL)) {
            holder.setMemoryFlag(HOLDS_REFERENCES);
            if (holder.refCount() == 0) {
                ReleaseQueue.enqueueReleased(holder);
            }
        }
    }

    /** Counts every element of {@code values} as held by {@code holder}. */
    public static void storeAllInto(PythonObject holder, Object[] values, int count) {
        for (int i = 0; i < count; i++) {
            storeInto(holder, values[i]);
        }
    }

    /** Drops every element of {@code values}, last first (the order CPython's list and tuple deallocators use). */
    public static void decRefAllReversed(Object[] values, int count) {
        for (int i = count - 1; i >= 0; i--) {
            decRef(values[i]);
        }
    }

    /** A new object whose class has {@code __del__} is queued: released at the statement's end unless stored. */
    public static <T extends PythonObject> T created(T object) {
        if (object.getPythonClass().hasFinalizer() && isEnabled()) {
            ReleaseQueue.enqueueReleased(object);
        }
        return object;
    }

    /** Marks an object as immortal (never counted, never released). */
    public static <T extends PythonObject> T immortal(T object) {
        object.setMemoryFlag(IMMORTAL);
        return object;
    }

    /** Whether {@code value} is counted at all. */
    public static boolean isCounted(Object value) {
        return value instanceof PythonObject object && !object.hasMemoryFlag(IMMORTAL) || value instanceof PCell;
    }

    /** Visits an object's attributes: the shape's properties, then the instance dict. */
    @TruffleBoundary
    public static void traverseAttributes(PythonObject object, ReferenceVisitor visitor) {
        Shape shape = object.getShape();
        if (shape.getPropertyCount() > 0) {
            for (Property property : shape.getPropertyList()) {
                Object value = property.get(object, shape);
                if (value != null) {
                    visitor.visit(value);
                }
            }
        }
        if (object.getInstanceDict() != null) {
            visitor.visit(object.getInstanceDict());
        }
    }
}
