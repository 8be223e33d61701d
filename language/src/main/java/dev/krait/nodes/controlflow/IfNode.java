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

    /** In a generator: its state, and the slot that remembers the branch taken (1: then, 2: else); else null. */
    private final dev.krait.nodes.generator.GeneratorState generator;
    private final int branchSlot;

    public IfNode(IsTrueNode condition, StatementNode thenBranch, StatementNode elseBranch) {
        this(condition, thenBranch, elseBranch, null, -1);
    }

    public IfNode(IsTrueNode condition, StatementNode thenBranch, StatementNode elseBranch,
                    dev.krait.nodes.generator.GeneratorState generator, int branchSlot) {
        this.condition = condition;
        this.thenBranch = thenBranch;
        this.elseBranch = elseBranch;
        this.generator = generator;
        this.branchSlot = branchSlot;
    }

    /** What a generator's branch slot says: the condition is running, or which branch it chose. */
    private static final int UNDECIDED = 0;
    private static final int THEN = 1;
    private static final int ELSE = 2;

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean takeThen;
        if (generator != null && generator.isResuming(frame) && frame.getInt(branchSlot) != UNDECIDED) {
            // resuming at a yield inside a branch: the branch taken then, not the condition evaluated again
            takeThen = frame.getInt(branchSlot) == THEN;
        } else {
            if (generator != null) {
                // a yield or await in the condition itself resumes here, in the condition
                frame.setInt(branchSlot, UNDECIDED);
            }
            takeThen = profile.profile(condition.executeCondition(frame));
            if (generator != null) {
                frame.setInt(branchSlot, takeThen ? THEN : ELSE);
            }
        }
        if (takeThen) {
            thenBranch.executeVoid(frame);
        } else if (elseBranch != null) {
            elseBranch.executeVoid(frame);
        }
    }

    /** Entered by a trace function's jump into a branch: that branch runs from there, the condition is not tested. */
    @Override
    public void executeFromLine(VirtualFrame frame, int line) {
        if (line != getLineno() && StatementNode.holdsLine(thenBranch, line)) {
            thenBranch.executeFromLine(frame, line);
        } else if (line != getLineno() && elseBranch != null && StatementNode.holdsLine(elseBranch, line)) {
            elseBranch.executeFromLine(frame, line);
        } else {
            super.executeFromLine(frame, line);
        }
    }
}
