package dev.krait.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** A {@code yield}: unwinds to the generator's resume root, which returns the value to the caller of next/send. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;
    /** The yield that suspends (its line is the suspended frame's f_lineno); null for an await's suspension. */
    private final com.oracle.truffle.api.nodes.Node location;

    public YieldException(Object value) {
        this(value, null);
    }

    public YieldException(Object value, com.oracle.truffle.api.nodes.Node location) {
        this.value = value;
        this.location = location;
    }

    public com.oracle.truffle.api.nodes.Node getLocation() {
        return location;
    }

    public Object getValue() {
        return value;
    }
}
