package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.RefCounts;

/**
 * What ending a call does to memory: the frame's variables and cells are dropped, what that (and the call's last
 * statement) released is released before the caller goes on, and the result, held meanwhile, is handed to the caller
 * as a borrowed value (queued at the caller's depth if nothing counts it).
 */
public final class FrameRelease {
    private FrameRelease() {
    }

    @ExplodeLoop
    public static void leave(Frame frame, KraitContext context, int[] countedSlots, Object result) {
        if (!RefCounts.isEnabled()) {
            context.exitCall();
            return;
        }
        RefCounts.incRef(result);
        dropSlots(frame, countedSlots);
        context.releaseDropped();
        context.exitCall();
        RefCounts.decRef(result);
    }

    /** Drops (and clears) the counted slots of a frame. */
    @ExplodeLoop
    public static void dropSlots(Frame frame, int[] countedSlots) {
        for (int slot : countedSlots) {
            if (frame.isObject(slot)) {
                Object value = frame.getObject(slot);
                if (value != null) {
                    frame.setObject(slot, null);
                    RefCounts.decRef(value);
                }
            }
        }
    }

    /**
     * A frame left by an exception: its counted values go to the exception (as CPython's traceback keeps the frame),
     * released with it after its handler.
     */
    public static void moveSlotsToException(Frame frame, int[] countedSlots, KraitContext context,
                    dev.krait.runtime.exceptions.PException exception) {
        if (RefCounts.isEnabled() && holdsObjects(frame, countedSlots)) {
            moveSlots(frame.materialize(), countedSlots, context, exception);
        }
    }

    @ExplodeLoop
    private static boolean holdsObjects(Frame frame, int[] countedSlots) {
        boolean holds = false;
        for (int slot : countedSlots) {
            holds |= frame.isObject(slot) && RefCounts.isCounted(frame.getObject(slot));
        }
        return holds;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void moveSlots(com.oracle.truffle.api.frame.MaterializedFrame frame, int[] countedSlots, KraitContext context, dev.krait.runtime.exceptions.PException exception) {
        dev.krait.runtime.objects.PBaseException target = dev.krait.runtime.protocol.ExceptionMatching.materialize(context, exception);
        Object[] values = new Object[countedSlots.length];
        int count = 0;
        for (int slot : countedSlots) {
            if (frame.isObject(slot) && frame.getObject(slot) != null) {
                Object value = frame.getObject(slot);
                frame.setObject(slot, null);
                if (RefCounts.isCounted(value)) {
                    values[count++] = value;
                }
            }
        }
        target.holdFrameValues(values, count);
    }

    /** Visits the values a suspended frame counts (a generator's variables and cells). */
    public static void traverseSlots(Frame frame, int[] countedSlots, dev.krait.runtime.memory.ReferenceVisitor visitor) {
        for (int slot : countedSlots) {
            if (frame.isObject(slot)) {
                Object value = frame.getObject(slot);
                if (value != null) {
                    visitor.visit(value);
                }
            }
        }
    }
}
