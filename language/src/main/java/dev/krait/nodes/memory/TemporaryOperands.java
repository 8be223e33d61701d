package dev.krait.nodes.memory;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.expression.BooleanLiteralNode;
import dev.krait.nodes.expression.ConstantNode;
import dev.krait.nodes.expression.DoubleLiteralNode;
import dev.krait.nodes.expression.LongLiteralNode;
import dev.krait.nodes.expression.SourceRangeNode;
import dev.krait.nodes.local.ReadCellNode;
import dev.krait.nodes.local.ReadGlobalNode;
import dev.krait.nodes.local.ReadLocalNode;

/**
 * Which operands can be temporaries (see {@link dev.krait.runtime.memory.Temporaries}): a variable's value is
 * counted by the variable and a constant is immortal, so a node consuming one of those never checks it.
 */
public final class TemporaryOperands {
    private TemporaryOperands() {
    }

    public static boolean mayBeTemporary(ExpressionNode operand) {
        ExpressionNode node = operand;
        while (node instanceof SourceRangeNode range) {
            node = range.getExpression();
        }
        return !(node instanceof ReadLocalNode || node instanceof ReadGlobalNode || node instanceof ReadCellNode ||
                        node instanceof ConstantNode || node instanceof LongLiteralNode || node instanceof DoubleLiteralNode ||
                        node instanceof BooleanLiteralNode);
    }

    /** {@link #mayBeTemporary} for each operand. */
    public static boolean[] mayBeTemporary(ExpressionNode[] operands) {
        boolean[] result = new boolean[operands.length];
        for (int i = 0; i < operands.length; i++) {
            result[i] = operands[i] != null && mayBeTemporary(operands[i]);
        }
        return result;
    }
}
