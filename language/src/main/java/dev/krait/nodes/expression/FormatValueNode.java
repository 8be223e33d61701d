package dev.krait.nodes.expression;

import dev.krait.runtime.objects.PBoxedValue;

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
    /**
     * The f-string is this one value: its result is what {@code format} returned, a str subclass instance included
     * (as CPython's lone FORMAT_VALUE); a part of a longer f-string is a Java string.
     */
    private final boolean whole;

    public FormatValueNode(ExpressionNode value, int conversion, ExpressionNode spec, boolean whole) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
        this.whole = whole;
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
        String formatSpec = spec == null ? "" : (String) PBoxedValue.unwrap(spec.execute(frame));
        if (formatSpec.isEmpty() && v instanceof String s) {
            return s;
        }
        return whole ? StringFormatting.PyObjectFormat(v, formatSpec) : StringFormatting.formatValue(v, formatSpec);
    }
}
