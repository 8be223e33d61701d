package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return value}: unwinds to the function's root, which turns it into the call's result. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
