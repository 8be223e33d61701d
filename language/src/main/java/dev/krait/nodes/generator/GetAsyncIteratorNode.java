package dev.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.controlflow.AsyncForNode;

/** The first iterable of an asynchronous comprehension, turned into an async iterator in the enclosing scope. */
public final class GetAsyncIteratorNode extends ExpressionNode {
    @Child private ExpressionNode value;

    public GetAsyncIteratorNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return AsyncForNode.asyncIterator(value.execute(frame), "for");
    }
}
