package dev.krait.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PyNumber;

/** Unary {@code -}, {@code +} and {@code ~}. */
@NodeChild("operand")
public abstract class UnaryOpNode extends ExpressionNode {
    public enum Kind {
        NEGATE,
        POSITIVE,
        INVERT
    }

    protected final Kind kind;

    protected UnaryOpNode(Kind kind) {
        this.kind = kind;
    }

    @Specialization(guards = {"kind == NEGATE_KIND", "value != MIN"})
    protected static long negateLong(long value) {
        return -value;
    }

    @Specialization(guards = "kind == NEGATE_KIND")
    protected static double negateDouble(double value) {
        return -value;
    }

    @Specialization(guards = "kind == INVERT_KIND")
    protected static long invertLong(long value) {
        return ~value;
    }

    protected static final Kind NEGATE_KIND = Kind.NEGATE;
    protected static final Kind INVERT_KIND = Kind.INVERT;
    protected static final long MIN = Long.MIN_VALUE;

    @Fallback
    protected Object doGeneric(Object value) {
        // this node is where the special method was called from: its frame sees this line
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return switch (kind) {
                case NEGATE -> PyNumber.negative(value);
                case POSITIVE -> PyNumber.positive(value);
                case INVERT -> PyNumber.invert(value);
            };
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    public static UnaryOpNode create(Kind kind, ExpressionNode operand) {
        return UnaryOpNodeGen.create(kind, operand);
    }
}
