package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.protocol.BinaryOperator;

/** {@code & | ^}: on two bools the result is a bool; on ints an int. */
public abstract class BitwiseNode extends BinaryOpNode {
    protected final BinaryOperator op;

    protected BitwiseNode(BinaryOperator op, boolean inplace) {
        super(inplace);
        this.op = op;
    }

    @Specialization
    protected boolean doBoolean(boolean a, boolean b) {
        return switch (op) {
            case AND -> a & b;
            case OR -> a | b;
            default -> a ^ b;
        };
    }

    @Specialization
    protected long doLong(long a, long b) {
        return switch (op) {
            case AND -> a & b;
            case OR -> a | b;
            default -> a ^ b;
        };
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(op, a, b);
    }
}
