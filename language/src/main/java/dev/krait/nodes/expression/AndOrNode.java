package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PyObjectIsTrue;

/** {@code a and b} / {@code a or b}: short-circuits and returns an operand, not a bool. */
public final class AndOrNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final boolean isAnd;
    private final CountingConditionProfile profile = CountingConditionProfile.create();
    private final com.oracle.truffle.api.profiles.BranchProfile temporaryProfile = com.oracle.truffle.api.profiles.BranchProfile.create();

    public AndOrNode(ExpressionNode left, ExpressionNode right, boolean isAnd) {
        this.left = left;
        this.right = right;
        this.isAnd = isAnd;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = left.execute(frame);
        boolean truth = value instanceof Boolean b ? b : PyObjectIsTrue.isTrue(value);
        if (profile.profile(truth == isAnd)) {
            // the operand tested and passed over dies now, as CPython pops it, before the next one is evaluated
            dev.krait.runtime.memory.Temporaries.consumed(this, value, null, temporaryProfile);
            return right.execute(frame);
        }
        return value;
    }
}
