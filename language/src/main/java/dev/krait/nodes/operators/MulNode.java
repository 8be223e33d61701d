package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.protocol.BinaryOperator;

public abstract class MulNode extends BinaryOpNode {
    protected MulNode(boolean inplace) {
        super(inplace);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long mulLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization(replaces = "mulLong")
    protected static Object mulLongOverflow(long a, long b) {
        return IntOps.mul(a, b);
    }

    @Specialization
    protected static double mulDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    protected static double mulLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    protected static double mulDoubleLong(double a, long b) {
        return a * b;
    }

    @Fallback
    protected Object mulGeneric(Object a, Object b) {
        return generic(BinaryOperator.MUL, a, b);
    }
}
