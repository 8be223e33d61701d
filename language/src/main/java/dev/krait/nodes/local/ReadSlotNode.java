package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;

/** Reads an internal frame slot that always holds an object (a comprehension's result, the class cell). */
public final class ReadSlotNode extends ExpressionNode {
    private final int slot;

    public ReadSlotNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
