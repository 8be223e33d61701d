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

    /** In a generator: its state, and the slot that says where a resumed loop is (1: body, 2: else); else null. */
    private final dev.krait.nodes.generator.GeneratorState generator;
    private final int phaseSlot;

    public WhileNode(IsTrueNode condition, StatementNode body, StatementNode orelse) {
        this(condition, body, orelse, null, -1);
    }

    public WhileNode(IsTrueNode condition, StatementNode body, StatementNode orelse,
                    dev.krait.nodes.generator.GeneratorState generator, int phaseSlot) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body, generator, phaseSlot));
        this.orelse = orelse;
        this.generator = generator;
        this.phaseSlot = phaseSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (generator != null) {
            if (generator.isResuming(frame) && frame.getInt(phaseSlot) == 2) {
                orelse.executeVoid(frame);
                return;
            }
            if (!generator.isResuming(frame)) {
                frame.setInt(phaseSlot, 1);
            }
        }
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            breakTaken.enter();
            return;
        } catch (JumpException jump) {
            if (jump.line() != getLineno()) {
                throw jump;
            }
            executeVoid(frame); // a trace function's jump from the body to the header: the condition again
            return;
        }
        if (orelse != null) {
            if (generator != null) {
                frame.setInt(phaseSlot, 2);
            }
            orelse.executeVoid(frame);
        }
    }

    /**
     * Entered by a trace function's jump: into the body (which runs on from there, then the loop goes on with its
     * condition) or into the else block.
     */
    @Override
    public void executeFromLine(VirtualFrame frame, int line) {
        StatementNode body = ((WhileRepeatingNode) loop.getRepeatingNode()).body;
        if (line != getLineno() && StatementNode.holdsLine(body, line)) {
            try {
                body.executeFromLine(frame, line);
            } catch (BreakException e) {
                return;
            } catch (ContinueException e) {
                // on to the condition
            }
            executeVoid(frame);
        } else if (line != getLineno() && orelse != null && StatementNode.holdsLine(orelse, line)) {
            orelse.executeFromLine(frame, line);
        } else {
            super.executeFromLine(frame, line);
        }
    }

    private static final class WhileRepeatingNode extends Node implements RepeatingNode {
        @Child private IsTrueNode condition;
        @Child private StatementNode body;
        private final BranchProfile continueTaken = BranchProfile.create();

        private final dev.krait.nodes.generator.GeneratorState generator;
        private final int phaseSlot;

        WhileRepeatingNode(IsTrueNode condition, StatementNode body, dev.krait.nodes.generator.GeneratorState generator, int phaseSlot) {
            this.condition = condition;
            this.body = body;
            this.generator = generator;
            this.phaseSlot = phaseSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            // a generator resumed inside the body goes back into it, without testing the condition again; one
            // resumed inside the condition (a yield or await there, phase 3) goes back into the condition
            boolean resuming = generator != null && generator.isResuming(frame);
            boolean inCondition = resuming && frame.getInt(phaseSlot) == 3;
            if (!resuming || inCondition) {
                if (generator != null) {
                    frame.setInt(phaseSlot, 3);
                }
                boolean test = condition.executeCondition(frame);
                if (generator != null) {
                    frame.setInt(phaseSlot, 1);
                }
                if (!test) {
                    return false;
                }
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            if (dev.krait.runtime.Tracing.mayTrace()) {
                dev.krait.runtime.Tracing.loopBack(this, frame.materialize());
            }
            return true;
        }
    }
}
