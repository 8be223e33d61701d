package dev.krait.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** A {@code yield}: unwinds to the generator's resume root, which returns the value to the caller of next/send. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
