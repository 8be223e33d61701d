package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.StatementNode;

/** {@code del t1, t2}. */
public final class DeleteNode extends StatementNode {
    @Children private final TargetNode[] targets;

    public DeleteNode(TargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (TargetNode target : targets) {
            target.delete(frame);
        }
    }
}
