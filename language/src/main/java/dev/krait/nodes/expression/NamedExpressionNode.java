package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.local.TargetNode;

/** {@code (name := value)}. */
public final class NamedExpressionNode extends ExpressionNode {
    @Child private TargetNode target;
    @Child private ExpressionNode value;

    public NamedExpressionNode(TargetNode target, ExpressionNode value) {
        this.target = target;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result = value.execute(frame);
        target.assign(frame, result);
        return result;
    }
}
