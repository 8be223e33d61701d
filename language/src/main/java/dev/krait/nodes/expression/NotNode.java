package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;

public final class NotNode extends ExpressionNode {
    @Child private IsTrueNode operand;

    public NotNode(IsTrueNode operand) {
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return !operand.executeCondition(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.executeCondition(frame);
    }
}
