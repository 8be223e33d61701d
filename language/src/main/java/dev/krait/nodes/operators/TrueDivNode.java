package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.protocol.BinaryOperator;

public abstract class TrueDivNode extends BinaryOpNode {
    protected TrueDivNode(boolean inplace) {
        super(inplace);
    }

    /** Both operands within 2**53 convert exactly, so one division is correctly rounded, as CPython's. */
    @Specialization(guards = {"b != 0", "isExact(a)", "isExact(b)"})
    protected static double divLong(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(guards = "isNonZero(b)")
    protected static double divDouble(double a, double b) {
        return a / b;
    }

    @Specialization(guards = "isNonZero(b)")
    protected static double divLongDouble(long a, double b) {
        return a / b;
    }

    @Specialization(guards = "b != 0")
    protected static double divDoubleLong(double a, long b) {
        return a / b;
    }

    protected static boolean isNonZero(double value) {
        return value != 0.0;
    }

    protected static boolean isExact(long value) {
        return value >= -(1L << 53) && value <= (1L << 53);
    }

    @Fallback
    protected Object divGeneric(Object a, Object b) {
        return generic(BinaryOperator.TRUEDIV, a, b);
    }
}
