package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.StringFormatting;
import dev.krait.runtime.text.StrRepr;

/** One {@code {value!conversion:spec}} of an f-string. */
public final class FormatValueNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private ExpressionNode spec;
    private final int conversion;

    public FormatValueNode(ExpressionNode value, int conversion, ExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        switch (conversion) {
            case 's' -> v = PyObjectRepr.str(v);
            case 'r' -> v = PyObjectRepr.repr(v);
            case 'a' -> v = StrRepr.escapeNonAscii(PyObjectRepr.repr(v));
            default -> {
            }
        }
        String formatSpec = spec == null ? "" : (String) spec.execute(frame);
        if (formatSpec.isEmpty() && v instanceof String s) {
            return s;
        }
        return StringFormatting.formatValue(v, formatSpec);
    }
}
