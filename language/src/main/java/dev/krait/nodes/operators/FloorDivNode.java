package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.protocol.BinaryOperator;

public abstract class FloorDivNode extends BinaryOpNode {
    protected FloorDivNode(boolean inplace) {
        super(inplace);
    }

    @Specialization(guards = {"b != 0", "!isOverflow(a, b)"})
    protected static long floorDivLong(long a, long b) {
        return Math.floorDiv(a, b);
    }

    protected static boolean isOverflow(long a, long b) {
        return a == Long.MIN_VALUE && b == -1;
    }

    @Fallback
    protected Object floorDivGeneric(Object a, Object b) {
        return generic(BinaryOperator.FLOORDIV, a, b);
    }
}
