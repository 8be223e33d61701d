package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.krait.nodes.StatementNode;
import dev.krait.nodes.expression.IsTrueNode;

public final class IfNode extends StatementNode {
    @Child private IsTrueNode condition;
    @Child private StatementNode thenBranch;
    @Child private StatementNode elseBranch;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(IsTrueNode condition, StatementNode thenBranch, StatementNode elseBranch) {
        this.condition = condition;
        this.thenBranch = thenBranch;
        this.elseBranch = elseBranch;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.executeCondition(frame))) {
            thenBranch.executeVoid(frame);
        } else if (elseBranch != null) {
            elseBranch.executeVoid(frame);
        }
    }
}
