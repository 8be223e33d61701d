package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.runtime.objects.PNone;

public final class ReturnNode extends StatementNode {
    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PNone.NONE : value.execute(frame));
    }
}
