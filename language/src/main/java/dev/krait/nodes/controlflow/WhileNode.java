package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.nodes.StatementNode;
import dev.krait.nodes.expression.IsTrueNode;

/** {@code while test: body else: orelse}, as a Truffle {@link LoopNode} (so long loops compile on their own: OSR). */
public final class WhileNode extends StatementNode {
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final BranchProfile breakTaken = BranchProfile.create();

    public WhileNode(IsTrueNode condition, StatementNode body, StatementNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            breakTaken.enter();
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class WhileRepeatingNode extends Node implements RepeatingNode {
        @Child private IsTrueNode condition;
        @Child private StatementNode body;
        private final BranchProfile continueTaken = BranchProfile.create();

        WhileRepeatingNode(IsTrueNode condition, StatementNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!condition.executeCondition(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            return true;
        }
    }
}
