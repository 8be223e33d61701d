package dev.krait.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PyObjectGetItem;

/** {@code in} / {@code not in}. */
public final class ContainsNode extends ExpressionNode {
    @Child private ExpressionNode item;
    @Child private ExpressionNode container;
    private final boolean negated;

    public ContainsNode(ExpressionNode item, ExpressionNode container, boolean negated) {
        this.item = item;
        this.container = container;
        this.negated = negated;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeWith(item.execute(frame), container.execute(frame));
    }

    public Object executeWith(Object key, Object in) {
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyObjectGetItem.contains(in, key) != negated;
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }
}
