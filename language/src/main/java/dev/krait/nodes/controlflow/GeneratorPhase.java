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

    public PException exception(VirtualFrame frame) {
        return (PException) frame.getObject(exceptionSlot);
    }

    public void setException(VirtualFrame frame, PException exception) {
        frame.getFrameDescriptor().setSlotKind(exceptionSlot, FrameSlotKind.Object);
        frame.setObject(exceptionSlot, exception);
    }
}
