package dev.krait.runtime.memory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PWeakReference;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectCall;

/**
 * The weak references of each weakly referenced object (CPython keeps them in a list in the object; Krait in this
 * table, so that objects nobody references weakly carry nothing extra). The object is marked
 * {@link RefCounts#WEAKLY_REFERENCED}, which makes its release clear the references and call their callbacks, the
 * newest first, as CPython does.
 */
public final class WeakReferences {
    private final IdentityHashMap<PythonObject, List<PWeakReference>> byReferent = new IdentityHashMap<>();

    /** Whether {@code weakref.ref(value)} is allowed (CPython: the type has a weak reference slot). */
    public static boolean canReference(Object value) {
        if (!(value instanceof PythonObject object) || object instanceof PWeakReference) {
            return false;
        }
        PythonClass cls = object.getPythonClass();
        if (!cls.isBuiltin()) {
            return cls.acceptsWeakReferences();
        }
        return object instanceof PFunction || object instanceof PythonClass || object instanceof PSet ||
                        object instanceof PGenerator || object instanceof PModule || object instanceof dev.krait.runtime.objects.PMemoryView ||
                        object instanceof dev.krait.runtime.objects.PDeque ||
                        object instanceof PBoundMethod && cls == KraitContext.get(null).classes().methodClass;
    }

    /**
     * {@code weakref.ref(referent, callback)}: a reference without callback is shared (CPython reuses the first
     * one), one with a callback is always new.
     */
    @TruffleBoundary
    public PWeakReference reference(KraitContext context, PythonClass cls, PythonObject referent, Object callback) {
        List<PWeakReference> refs = byReferent.get(referent);
        boolean basic = callback == PNone.NONE && cls == context.classes().referenceTypeClass;
        if (basic && refs != null) {
            for (PWeakReference existing : refs) {
                if (!existing.hasCallback() && existing.getPythonClass() == cls) {
                    return existing;
                }
            }
        }
        if (refs == null) {
            refs = new ArrayList<>();
            byReferent.put(referent, refs);
            referent.setMemoryFlag(RefCounts.WEAKLY_REFERENCED);
            if (referent.refCount() == 0) {
                ReleaseQueue.enqueueReleased(referent);
            }
        }
        PWeakReference ref = new PWeakReference(cls, context.getShape(), referent, callback);
        // CPython's list: the shared plain reference first, then the others newest first
        if (basic) {
            refs.add(0, ref);
        } else {
            refs.add(isBasic(context, refs) ? 1 : 0, ref);
        }
        return ref;
    }

    private static boolean isBasic(KraitContext context, List<PWeakReference> refs) {
        return !refs.isEmpty() && !refs.get(0).hasCallback() && refs.get(0).getPythonClass() == context.classes().referenceTypeClass;
    }

    @TruffleBoundary
    public int count(PythonObject referent) {
        List<PWeakReference> refs = byReferent.get(referent);
        return refs == null ? 0 : refs.size();
    }

    /** {@code obj.__weakref__}: the first reference in CPython's order (the plain one, else the newest), or None. */
    @TruffleBoundary
    public Object firstReference(Object referent) {
        List<PWeakReference> refs = referent instanceof PythonObject object ? byReferent.get(object) : null;
        return refs == null || refs.isEmpty() ? PNone.NONE : refs.get(0);
    }

    /** The references to {@code referent}: the plain one first, then the others newest first. */
    @TruffleBoundary
    public List<PWeakReference> referencesTo(PythonObject referent) {
        List<PWeakReference> refs = byReferent.get(referent);
        return refs == null ? new ArrayList<>() : new ArrayList<>(refs);
    }

    /** A reference that is itself being released stops waiting for its referent. */
    @TruffleBoundary
    public static void forget(PWeakReference ref) {
        KraitContext context = KraitContext.get(null);
        List<PWeakReference> refs = context.weakReferences().byReferent.get(ref.referent());
        if (refs != null) {
            refs.remove(ref);
        }
    }

    /**
     * {@code referent} is being released: its references are cleared, then the callbacks of those still alive are
     * called with them, newest first. A callback's exception is reported and ignored.
     */
    @TruffleBoundary
    public static void clearAndNotify(KraitContext context, PythonObject referent) {
        for (PWeakReference ref : clearForCollection(context, referent)) {
            notifyCleared(context, ref);
        }
    }

    /** Clears the references to {@code referent} without calling their callbacks; returns them in CPython's order. */
    @TruffleBoundary
    static List<PWeakReference> clearForCollection(KraitContext context, PythonObject referent) {
        List<PWeakReference> refs = context.weakReferences().byReferent.remove(referent);
        referent.clearMemoryFlag(RefCounts.WEAKLY_REFERENCED);
        if (refs == null) {
            return List.of();
        }
        for (PWeakReference ref : refs) {
            ref.clear();
        }
        return new ArrayList<>(refs); // in their order: the callbacks run newest first
    }

    /**
     * Calls a cleared weak reference's callback, when it has one and is itself alive; the reference is held while its
     * callback runs, and what the callback raises is reported and ignored.
     */
    static void notifyCleared(KraitContext context, PWeakReference ref) {
        if (!ref.hasCallback() || ref.hasMemoryFlag(RefCounts.RELEASED)) {
            return;
        }
        ref.setRefCount(ref.refCount() + 1);
        try {
            PyObjectCall.call(ref.callback(), ref);
        } catch (PException e) {
            Deallocator.reportUnraisable(context, e, ref.callback());
        } finally {
            ref.decRef();
        }
    }
}
