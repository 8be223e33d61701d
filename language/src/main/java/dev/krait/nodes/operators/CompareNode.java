package dev.krait.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyObjectRichCompare;

/** One rich comparison ({@code < <= == != > >=}), fast for ints, floats and strs. */
@NodeChild("left")
@NodeChild("right")
public abstract class CompareNode extends ExpressionNode {
    protected final CompareOperator op;

    protected CompareNode(CompareOperator op) {
        this.op = op;
    }

    public abstract Object executeWith(Object left, Object right);

    @Specialization
    protected boolean doLong(long a, long b) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** Mixed int/float compares exactly (as CPython does); within 2**53 the conversion to double is exact. */
    @Specialization(guards = "isExactDouble(b)")
    protected boolean doDoubleLong(double a, long b) {
        return doDouble(a, b);
    }

    @Specialization(guards = "isExactDouble(a)")
    protected boolean doLongDouble(long a, double b) {
        return doDouble(a, b);
    }

    protected static boolean isExactDouble(long value) {
        return value >= -(1L << 53) && value <= (1L << 53);
    }

    @Specialization
    protected boolean doString(String a, String b) {
        if (op == CompareOperator.EQ) {
            return equals(a, b);
        } else if (op == CompareOperator.NE) {
            return !equals(a, b);
        }
        return op.test(compare(a, b));
    }

    @TruffleBoundary
    private static boolean equals(String a, String b) {
        return a.equals(b);
    }

    @TruffleBoundary
    private static int compare(String a, String b) {
        return dev.krait.runtime.text.StrMethods.compare(a, b);
    }

    @Specialization(guards = {"a.getPythonClass().isBuiltin()", "b.getPythonClass().isBuiltin()"})
    protected boolean doBytes(PBytes a, PBytes b) {
        if (op == CompareOperator.EQ || op == CompareOperator.NE) {
            return sameBytes(a.bytes(), b.bytes()) == (op == CompareOperator.EQ);
        }
        return op.test(compareBytes(a.bytes(), b.bytes()));
    }

    private static boolean sameBytes(byte[] x, byte[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    private static int compareBytes(byte[] x, byte[] y) {
        return java.util.Arrays.compareUnsigned(x, y);
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        // this node is where the special method was called from: its frame sees this line
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyObjectRichCompare.compare(op, a, b);
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    public static CompareNode create(CompareOperator op, ExpressionNode left, ExpressionNode right) {
        return CompareNodeGen.create(op, left, right);
    }
}
