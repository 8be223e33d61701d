package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;

/** A module's final expression statement: its value becomes the result of evaluating the module. */
public final class StoreResultNode extends StatementNode {
    @Child private ExpressionNode value;
    private final int slot;

    public StoreResultNode(int slot, ExpressionNode value) {
        this.slot = slot;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value.execute(frame));
    }
}
