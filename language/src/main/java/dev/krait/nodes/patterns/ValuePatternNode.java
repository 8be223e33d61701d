package dev.krait.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyObjectRichCompare;

/** A literal or dotted-name pattern ({@code case 1:}, {@code case Color.RED:}): {@code subject == value}. */
public final class ValuePatternNode extends PatternNode {
    @Child private ExpressionNode value;

    public ValuePatternNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    protected boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures) {
        Object expected = value.execute(frame);
        return PyObjectRichCompare.compareBool(CompareOperator.EQ, subject, expected);
    }
}
