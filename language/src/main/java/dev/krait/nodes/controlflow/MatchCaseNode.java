package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.nodes.StatementNode;
import dev.krait.nodes.expression.IsTrueNode;
import dev.krait.nodes.local.TargetNode;
import dev.krait.nodes.patterns.PatternNode;
import dev.krait.runtime.exceptions.PException;

/**
 * One {@code case pattern if guard: body} of a match statement. The names the pattern captures are bound only when
 * the whole pattern matched, in the order CPython stores them, and before the guard is tested (so they stay bound
 * when the guard is false).
 */
public final class MatchCaseNode extends Node {
    @Child private PatternNode pattern;
    /** The targets of the captured names, by capture index. */
    @Children private final TargetNode[] targets;
    /** The capture indices in the order CPython stores the names. */
    @CompilationFinal(dimensions = 1) private final int[] storeOrder;
    @Child private IsTrueNode guard;
    @Child private StatementNode body;
    private final int guardLine;

    public MatchCaseNode(PatternNode pattern, TargetNode[] targets, int[] storeOrder, IsTrueNode guard, int guardLine,
                    StatementNode body) {
        this.pattern = pattern;
        this.targets = targets;
        this.storeOrder = storeOrder;
        this.guard = guard;
        this.guardLine = guardLine;
        this.body = body;
    }

    @ExplodeLoop
    boolean matchesPattern(VirtualFrame frame, Object subject) {
        Object[] captures = new Object[targets.length];
        if (!pattern.match(frame, subject, captures)) {
            return false;
        }
        for (int index : storeOrder) {
            targets[index].assign(frame, captures[index]);
        }
        return true;
    }

    boolean guardHolds(VirtualFrame frame) {
        if (guard == null) {
            return true;
        }
        try {
            return guard.executeCondition(frame);
        } catch (PException e) {
            e.noteLine(guardLine);
            throw e;
        }
    }

    void runBody(VirtualFrame frame) {
        body.executeVoid(frame);
    }
}
