package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.krait.nodes.ExpressionNode;

/** {@code body if test else orelse}. */
public final class ConditionalNode extends ExpressionNode {
    @Child private IsTrueNode test;
    @Child private ExpressionNode body;
    @Child private ExpressionNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionalNode(IsTrueNode test, ExpressionNode body, ExpressionNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return profile.profile(test.executeCondition(frame)) ? body.execute(frame) : orelse.execute(frame);
    }
}
