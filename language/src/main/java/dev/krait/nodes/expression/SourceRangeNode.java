package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.PException;

/**
 * Remembers the source range of an expression that can raise (a call, an operator, a subscript, an attribute, a
 * global name): an exception passing through notes it, and the traceback marks it under the source line as CPython
 * 3.12 does. Transparent otherwise, including the typed executes.
 */
public final class SourceRangeNode extends ExpressionNode {
    @Child private ExpressionNode expression;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final int anchorStart;
    private final int anchorEnd;

    public ExpressionNode getExpression() {
        return expression;
    }

    /** The line the expression starts on (where CPython's instructions for it are). */
    public int getLine() {
        return line;
    }

    public SourceRangeNode(ExpressionNode expression, int line, int column, int endLine, int endColumn, int anchorStart,
                    int anchorEnd) {
        this.expression = expression;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.anchorStart = anchorStart;
        this.anchorEnd = anchorEnd;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return expression.execute(frame);
        } catch (PException e) {
            note(e);
            throw e;
        }
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return expression.executeLong(frame);
        } catch (PException e) {
            note(e);
            throw e;
        }
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return expression.executeDouble(frame);
        } catch (PException e) {
            note(e);
            throw e;
        }
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return expression.executeBoolean(frame);
        } catch (PException e) {
            note(e);
            throw e;
        }
    }

    private void note(PException e) {
        e.notePosition(line, column, endLine, endColumn, anchorStart, anchorEnd);
    }
}
