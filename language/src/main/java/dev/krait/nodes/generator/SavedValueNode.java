package dev.krait.nodes.generator;

import dev.krait.runtime.memory.RefCounts;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;

/**
 * An operand evaluated next to an expression that contains a {@code yield}: its value is kept in a frame slot so
 * that, when the generator resumes inside that expression, the operands already evaluated are not evaluated again.
 * The slot is cleared before evaluation, so an empty slot on resume means "the suspension is inside me".
 */
public final class SavedValueNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final GeneratorState state;
    private final int slot;

    public SavedValueNode(ExpressionNode value, GeneratorState state, int slot) {
        this.value = value;
        this.state = state;
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (state.isResuming(frame)) {
            Object saved = frame.isObject(slot) ? frame.getObject(slot) : null;
            if (saved != null) {
                return saved;
            }
        } else {
            Object old = frame.isObject(slot) ? frame.getObject(slot) : null;
            frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
            frame.setObject(slot, null);
            RefCounts.decRef(old);
        }
        Object result = value.execute(frame);
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        // an operand kept across a yield is counted while the generator is suspended
        Object old = frame.isObject(slot) ? frame.getObject(slot) : null;
        frame.setObject(slot, result);
        RefCounts.incRef(result);
        RefCounts.decRef(old);
        return result;
    }
}
