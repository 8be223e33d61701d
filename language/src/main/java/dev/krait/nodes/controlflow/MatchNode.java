package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.generator.GeneratorState;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;

/**
 * {@code match subject: case …}: the cases are tried in order and the body of the first that matches (pattern and
 * guard) runs. The subject is a temporary of the statement: it is let go before the body runs, as CPython pops it.
 *
 * <p>In a generator, a yield may suspend a guard or a body: a slot remembers where (0 for the subject, {@code i + 1} for case i's body,
 * {@code -(i + 1)} for its guard), and a counted slot keeps the subject while later cases may still need it.
 */
public final class MatchNode extends StatementNode {
    @Child private ExpressionNode subject;
    @Children private final MatchCaseNode[] cases;
    private final GeneratorState generator;
    private final int phaseSlot;
    private final int subjectSlot;

    public MatchNode(ExpressionNode subject, MatchCaseNode[] cases, GeneratorState generator, int phaseSlot, int subjectSlot) {
        this.subject = subject;
        this.cases = cases;
        this.generator = generator;
        this.phaseSlot = phaseSlot;
        this.subjectSlot = subjectSlot;
    }

    /** The phase while the subject is evaluated (a yield there resumes by evaluating it again). */
    private static final int IN_SUBJECT = 0;

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int resumeGuard = -1;
        Object value;
        int phase = IN_SUBJECT;
        if (generator != null && generator.isResuming(frame)) {
            phase = frame.getInt(phaseSlot);
            if (phase > 0) {
                cases[phase - 1].runBody(frame);
                return;
            }
        }
        if (phase < 0) {
            resumeGuard = -phase - 1;
            value = frame.getObject(subjectSlot);
        } else {
            if (generator != null) {
                frame.setInt(phaseSlot, IN_SUBJECT);
            }
            value = subject.execute(frame);
            if (generator != null) {
                keepSubject(frame, value);
            }
        }
        for (int i = 0; i < cases.length; i++) {
            if (i < resumeGuard) {
                continue;
            }
            MatchCaseNode matchCase = cases[i];
            boolean matched;
            try {
                if (i == resumeGuard) {
                    matched = matchCase.guardHolds(frame);
                } else {
                    if (generator != null) {
                        frame.setInt(phaseSlot, -(i + 1));
                    }
                    matched = matchCase.matchesPattern(frame, value) && matchCase.guardHolds(frame);
                }
            } catch (PException e) {
                if (generator != null) {
                    keepSubject(frame, null);
                }
                throw e;
            }
            if (matched) {
                if (generator != null) {
                    frame.setInt(phaseSlot, i + 1);
                    keepSubject(frame, null);
                }
                matchCase.runBody(frame);
                return;
            }
        }
        if (generator != null) {
            keepSubject(frame, null);
        }
    }

    private void keepSubject(VirtualFrame frame, Object value) {
        Object old = frame.isObject(subjectSlot) ? frame.getObject(subjectSlot) : null;
        frame.getFrameDescriptor().setSlotKind(subjectSlot, FrameSlotKind.Object);
        frame.setObject(subjectSlot, value);
        RefCounts.incRef(value);
        RefCounts.decRef(old);
    }
}
