package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;

/** Reads argument {@code index} of the frame (1-based: slot 0 is the callee). */
public final class ParameterNode extends ExpressionNode {
    private final int index;

    public ParameterNode(int index) {
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
