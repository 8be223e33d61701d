package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.NodeChild;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.PyNumber;

/**
 * A binary operator. Subclasses specialize the builtin int/float/str cases; everything else goes through
 * {@link PyNumber}. The same node serves augmented assignment ({@code x += y}), where only the generic case differs
 * (it tries {@code __iadd__} and extends lists in place).
 */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryOpNode extends ExpressionNode {
    protected final boolean inplace;

    protected BinaryOpNode(boolean inplace) {
        this.inplace = inplace;
    }

    public abstract Object executeWith(Object left, Object right);

    protected final Object generic(BinaryOperator op, Object left, Object right) {
        // this node is where the special method was called from: its frame sees this line
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return inplace ? PyNumber.inplaceOp(op, left, right) : PyNumber.binaryOp(op, left, right);
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    public static BinaryOpNode create(BinaryOperator op, ExpressionNode left, ExpressionNode right, boolean inplace) {
        return switch (op) {
            case ADD -> AddNodeGen.create(inplace, left, right);
            case SUB -> SubNodeGen.create(inplace, left, right);
            case MUL -> MulNodeGen.create(inplace, left, right);
            case TRUEDIV -> TrueDivNodeGen.create(inplace, left, right);
            case FLOORDIV -> FloorDivNodeGen.create(inplace, left, right);
            case MOD -> ModNodeGen.create(inplace, left, right);
            case POW -> PowNodeGen.create(inplace, left, right);
            case AND, OR, XOR -> BitwiseNodeGen.create(op, inplace, left, right);
            case LSHIFT, RSHIFT, MATMUL -> GenericBinaryNodeGen.create(op, inplace, left, right);
        };
    }
}
