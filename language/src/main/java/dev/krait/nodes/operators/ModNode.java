package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.StringFormatting;

public abstract class ModNode extends BinaryOpNode {
    protected ModNode(boolean inplace) {
        super(inplace);
    }

    @Specialization(guards = "b != 0")
    protected static long modLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected static double modDouble(double a, double b) {
        return dev.krait.runtime.numbers.FloatOps.mod(a, b);
    }

    protected static boolean isNonZero(double value) {
        return value != 0.0;
    }

    @Specialization
    protected static String format(String format, Object args) {
        return StringFormatting.percent(format, args);
    }

    @Fallback
    protected Object modGeneric(Object a, Object b) {
        return generic(BinaryOperator.MOD, a, b);
    }
}
