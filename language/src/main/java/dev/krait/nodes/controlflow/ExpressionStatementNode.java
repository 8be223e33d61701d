package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;

/** An expression evaluated for its effect, its value dropped. */
public final class ExpressionStatementNode extends StatementNode {
    @Child private ExpressionNode expression;

    public ExpressionStatementNode(ExpressionNode expression) {
        this.expression = expression;
    }

    public ExpressionNode getExpression() {
        return expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.execute(frame);
    }
}
