package dev.krait.runtime.memory;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PythonObject;

/**
 * The objects whose count fell to zero (or that were born uncounted and need release work), waiting for the end of
 * the statement that dropped them: CPython releases an object the moment its count reaches zero, Krait at the end of
 * the statement, because values a statement is still computing with are borrowed, not counted.
 *
 * <p>Each entry is tagged with the call depth that queued it. A statement drains the entries of its own depth and
 * deeper ({@link #drain}); a returning function drains its own before its caller goes on, so the queue's depths
 * never decrease from oldest to newest, and {@link #hasWorkAt} is one comparison. An entry whose object was counted
 * again before the drain (stored after all) is dropped from the queue; the object lives on.
 */
public final class ReleaseQueue {
    private final KraitContext context;
    private PythonObject[] objects = new PythonObject[64];
    private int[] depths = new int[64];
    private int size;
    /** The depth of the newest entry, or {@link Integer#MIN_VALUE} when the queue is empty. */
    private int newestDepth = Integer.MIN_VALUE;
    /** Set when the cycle collector wants to run at the next statement boundary. */
    private boolean collectionPending;
    private boolean draining;

    public ReleaseQueue(KraitContext context) {
        this.context = context;
    }

    /** Whether a statement running at {@code depth} has objects to release (or a collection to run). */
    public boolean hasWorkAt(int depth) {
        return newestDepth >= depth;
    }

    /** Queues {@code object}, released at the end of the current statement unless counted again before. */
    @TruffleBoundary
    public static void enqueueReleased(PythonObject object) {
        enqueueReleasedInline(KraitContext.get(null), object);
    }

    /**
     * {@link #enqueueReleased} for a node's profiled path: compiled code appends to the queue's arrays in place (no
     * call, so the compiler's knowledge of other fields survives it).
     */
    public static void enqueueReleasedInline(KraitContext context, PythonObject object) {
        if (!object.hasMemoryFlag(RefCounts.QUEUED)) {
            context.releaseQueue().enqueue(object, context.getRecursionDepth());
        }
    }

    void enqueue(PythonObject object, int depth) {
        object.setMemoryFlag(RefCounts.QUEUED);
        if (size == objects.length) {
            CompilerDirectives.transferToInterpreter();
            grow();
        }
        objects[size] = object;
        // A deeper frame's drain may have left an older entry of greater depth (while a callee's entries are being
        // released); keep the depths monotonic so that hasWorkAt stays a single comparison.
        int tagged = size > 0 ? Math.max(depth, depths[size - 1]) : depth;
        depths[size] = tagged;
        size++;
        newestDepth = tagged;
    }

    @TruffleBoundary
    private void grow() {
        objects = java.util.Arrays.copyOf(objects, size * 2);
        depths = java.util.Arrays.copyOf(depths, size * 2);
    }

    /** Asks for a cycle collection at the next statement boundary (automatic collection). */
    public void requestCollection() {
        collectionPending = true;
        newestDepth = Integer.MAX_VALUE;
    }

    /**
     * Releases, in the order they were queued, the queued objects of call depth {@code depth} and deeper that are
     * still uncounted; then runs a pending automatic collection.
     */
    @TruffleBoundary
    public void drain(int depth) {
        if (draining) {
            return;
        }
        draining = true;
        try {
            int start = firstIndexAtOrBelow(depth);
            while (start < size) {
                PythonObject object = objects[start];
                // take the oldest entry of this depth out, keeping the rest in order
                System.arraycopy(objects, start + 1, objects, start, size - start - 1);
                System.arraycopy(depths, start + 1, depths, start, size - start - 1);
                size--;
                objects[size] = null;
                object.clearMemoryFlag(RefCounts.QUEUED);
                if (object.refCount() == 0) {
                    Deallocator.release(context, object);
                }
            }
            newestDepth = size == 0 ? Integer.MIN_VALUE : depths[size - 1];
            if (collectionPending) {
                collectionPending = false;
                context.cycleCollector().collectAutomatically();
            }
        } finally {
            draining = false;
            if (collectionPending) {
                newestDepth = Integer.MAX_VALUE;
            }
        }
    }

    private int firstIndexAtOrBelow(int depth) {
        int i = size;
        while (i > 0 && depths[i - 1] >= depth) {
            i--;
        }
        return i;
    }

    /** Releases everything still queued, whatever its depth (interpreter exit). */
    @TruffleBoundary
    public void drainAll() {
        drain(Integer.MIN_VALUE);
    }
}
