package dev.krait.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PyObjectIsTrue;

/**
 * {@code a < b < c}: each operand evaluated once, left to right, stopping at the first false comparison, whose
 * result is the chain's value.
 */
public final class CompareChainNode extends ExpressionNode {
    @Children private final ExpressionNode[] operands;
    @Children private final ComparisonStep[] steps;

    /** One comparison of the chain, applied to two values already computed. */
    public abstract static class ComparisonStep extends Node {
        public abstract Object compare(Object left, Object right);
    }

    public CompareChainNode(ExpressionNode[] operands, ComparisonStep[] steps) {
        this.operands = operands;
        this.steps = steps;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        Object result = Boolean.TRUE;
        for (int i = 0; i < steps.length; i++) {
            Object right = operands[i + 1].execute(frame);
            result = steps[i].compare(left, right);
            if (i < steps.length - 1 && !PyObjectIsTrue.isTrue(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }

    /** A rich comparison step, specialized like {@link CompareNode}. */
    public static final class RichStep extends ComparisonStep {
        @Child private CompareNode compare;

        public RichStep(dev.krait.runtime.protocol.CompareOperator op) {
            this.compare = CompareNode.create(op, null, null);
        }

        @Override
        public Object compare(Object left, Object right) {
            return compare.executeWith(left, right);
        }
    }

    /** {@code is} / {@code is not}. */
    public static final class IdentityStep extends ComparisonStep {
        private final boolean negated;

        public IdentityStep(boolean negated) {
            this.negated = negated;
        }

        @Override
        public Object compare(Object left, Object right) {
            return IdentityNode.isSame(left, right) != negated;
        }
    }

    /** {@code in} / {@code not in}. */
    public static final class ContainsStep extends ComparisonStep {
        private final boolean negated;

        public ContainsStep(boolean negated) {
            this.negated = negated;
        }

        @Override
        public Object compare(Object left, Object right) {
            return dev.krait.runtime.protocol.PyObjectGetItem.contains(right, left) != negated;
        }
    }
}
