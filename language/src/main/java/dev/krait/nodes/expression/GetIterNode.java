package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PyIter;

/** {@code iter(value)}: the first iterable of a comprehension is turned into an iterator in the enclosing scope. */
public final class GetIterNode extends ExpressionNode {
    @Child private ExpressionNode value;

    public GetIterNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return PyIter.getIter(value.execute(frame));
    }
}
