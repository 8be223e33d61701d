package dev.krait.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.objects.PInt;

/** {@code is} / {@code is not}. Ints, floats, bools and strs are compared by value (CPython caches and interns them). */
public final class IdentityNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final boolean negated;

    public IdentityNode(ExpressionNode left, ExpressionNode right, boolean negated) {
        this.left = left;
        this.right = right;
        this.negated = negated;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeWith(left.execute(frame), right.execute(frame));
    }

    public Object executeWith(Object a, Object b) {
        return isSame(a, b) != negated;
    }

    public static boolean isSame(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long || a instanceof Boolean || a instanceof String || a instanceof Double) {
            return a.equals(b);
        }
        if (a instanceof PInt x && b instanceof PInt y) {
            return false;
        }
        return false;
    }
}
