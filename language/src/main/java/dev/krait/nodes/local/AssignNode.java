package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;

/** {@code t1 = t2 = value}: the value is computed once and assigned to each target left to right. */
public final class AssignNode extends StatementNode {
    @Child private ExpressionNode value;
    @Children private final TargetNode[] targets;

    public AssignNode(TargetNode[] targets, ExpressionNode value) {
        this.targets = targets;
        this.value = value;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object result = value.execute(frame);
        for (TargetNode target : targets) {
            target.assign(frame, result);
        }
    }
}
