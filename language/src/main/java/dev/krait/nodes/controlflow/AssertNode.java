package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.expression.IsTrueNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;

/** {@code assert test, message}. */
public final class AssertNode extends StatementNode {
    @Child private IsTrueNode test;
    @Child private ExpressionNode message;

    public AssertNode(IsTrueNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeCondition(frame)) {
            KraitContext context = KraitContext.get(this);
            Object[] args = message == null ? new Object[0] : new Object[]{message.execute(frame)};
            throw PException.raise(context.newException(ErrorType.AssertionError, args), this);
        }
    }
}
