package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.protocol.BinaryOperator;

public abstract class SubNode extends BinaryOpNode {
    protected SubNode(boolean inplace) {
        super(inplace);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long subLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(replaces = "subLong")
    protected static Object subLongOverflow(long a, long b) {
        return IntOps.sub(a, b);
    }

    @Specialization
    protected static double subDouble(double a, double b) {
        return a - b;
    }

    @Specialization
    protected static double subLongDouble(long a, double b) {
        return a - b;
    }

    @Specialization
    protected static double subDoubleLong(double a, long b) {
        return a - b;
    }

    @Fallback
    protected Object subGeneric(Object a, Object b) {
        return generic(BinaryOperator.SUB, a, b);
    }
}
