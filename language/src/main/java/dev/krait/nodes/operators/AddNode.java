package dev.krait.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.protocol.BinaryOperator;

public abstract class AddNode extends BinaryOpNode {
    protected AddNode(boolean inplace) {
        super(inplace);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long addLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(replaces = "addLong")
    protected static Object addLongOverflow(long a, long b) {
        return IntOps.add(a, b);
    }

    @Specialization
    protected static double addDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    protected static double addLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    protected static double addDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    @TruffleBoundary
    protected static String addString(String a, String b) {
        return a.concat(b);
    }

    @Fallback
    protected Object addGeneric(Object a, Object b) {
        return generic(BinaryOperator.ADD, a, b);
    }
}
