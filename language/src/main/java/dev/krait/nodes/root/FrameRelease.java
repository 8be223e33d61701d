package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.RefCounts;

/** The counted slots of frames outside a call's own end (see {@link LeaveFrameNode}): exceptions, generators, gc. */
public final class FrameRelease {
    private FrameRelease() {
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
        Object[] slotValues = new Object[countedSlots.length];
        int count = 0;
        for (int i = 0; i < countedSlots.length; i++) {
            int slot = countedSlots[i];
            if (frame.isObject(slot) && frame.getObject(slot) != null) {
                Object value = frame.getObject(slot);
                frame.setObject(slot, null);
                if (RefCounts.isCounted(value)) {
                    values[count++] = value;
                    slotValues[i] = value;
                }
            }
        }
        target.holdFrameValues(values, count);
        // the traceback entry's frame object still shows them (while the exception holds them)
        dev.krait.runtime.objects.PTraceback entry = exception.getTraceback();
        if (entry != null && entry.frame() == frame) {
            entry.setMovedSlots(countedSlots, slotValues);
        }
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
