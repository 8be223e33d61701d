package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.protocol.BinaryOperator;

/** Shifts and {@code @}: a fast path for small shifts, the generic protocol otherwise. */
public abstract class GenericBinaryNode extends BinaryOpNode {
    protected final BinaryOperator op;

    protected GenericBinaryNode(BinaryOperator op, boolean inplace) {
        super(inplace);
        this.op = op;
    }

    @Specialization(guards = {"op == RSHIFT", "b >= 0", "b < 64"})
    protected static long rshift(long a, long b) {
        return a >> b;
    }

    protected static final BinaryOperator RSHIFT = BinaryOperator.RSHIFT;

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(op, a, b);
    }
}
