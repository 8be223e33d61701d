package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.generator.GeneratorState;
import dev.krait.runtime.exceptions.PException;

/**
 * The frame slots a try statement inside a generator uses to resume where it stopped: which part was running (body,
 * a handler, else, finally) and the exception being handled there.
 */
public final class GeneratorPhase {
    private final GeneratorState state;
    private final int phaseSlot;
    private final int exceptionSlot;

    public GeneratorPhase(GeneratorState state, int phaseSlot, int exceptionSlot) {
        this.state = state;
        this.phaseSlot = phaseSlot;
        this.exceptionSlot = exceptionSlot;
    }

    public boolean isResuming(VirtualFrame frame) {
        return state.isResuming(frame);
    }

    public int get(VirtualFrame frame) {
        return frame.isInt(phaseSlot) ? frame.getInt(phaseSlot) : 0;
    }

    public void set(VirtualFrame frame, int phase) {
        frame.setInt(phaseSlot, phase);
    }

    /** The return/break/continue a final block runs before (kept while the generator is suspended in it), or null. */
    public com.oracle.truffle.api.nodes.ControlFlowException pending(VirtualFrame frame) {
        Object value = frame.isObject(exceptionSlot) ? frame.getObject(exceptionSlot) : null;
        return value instanceof com.oracle.truffle.api.nodes.ControlFlowException c ? c : null;
    }

    public void setPending(VirtualFrame frame, com.oracle.truffle.api.nodes.ControlFlowException pending) {
        frame.getFrameDescriptor().setSlotKind(exceptionSlot, FrameSlotKind.Object);
        frame.setObject(exceptionSlot, pending);
    }

    public PException exception(VirtualFrame frame) {
        return (PException) frame.getObject(exceptionSlot);
    }

    public void setException(VirtualFrame frame, PException exception) {
        frame.getFrameDescriptor().setSlotKind(exceptionSlot, FrameSlotKind.Object);
        frame.setObject(exceptionSlot, exception);
    }

    /**
     * The exception a handler or final block of a generator is handling is counted while that block runs, and so
     * while the generator is suspended inside it (as CPython's suspended frame keeps it). Counted once, on entry
     * (not again when the block is resumed); {@link #release} drops it when the block ends.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static Object hold(PException exception, boolean resumed) {
        dev.krait.runtime.KraitContext context = dev.krait.runtime.KraitContext.get(null);
        Object held = dev.krait.runtime.protocol.ExceptionMatching.materialize(context, exception);
        if (!resumed) {
            dev.krait.runtime.memory.RefCounts.incRef(held);
        }
        return held;
    }

    public static void release(Object held) {
        dev.krait.runtime.memory.RefCounts.decRef(held);
    }
}
