package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.protocol.BinaryOperator;

public abstract class PowNode extends BinaryOpNode {
    protected PowNode(boolean inplace) {
        super(inplace);
    }

    @Specialization(guards = {"isPositive(a)", "!isInfinite(a)", "!isInfinite(b)"})
    protected static double powDouble(double a, double b) {
        double result = Math.pow(a, b);
        if (Double.isInfinite(result)) {
            throw dev.krait.runtime.exceptions.Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return result;
    }

    protected static boolean isPositive(double value) {
        return value > 0.0;
    }

    protected static boolean isInfinite(double value) {
        return Double.isInfinite(value);
    }

    @Fallback
    protected Object powGeneric(Object a, Object b) {
        return generic(BinaryOperator.POW, a, b);
    }
}
