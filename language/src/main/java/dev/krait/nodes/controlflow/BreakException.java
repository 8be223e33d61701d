package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code break}: unwinds to the innermost loop. */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final BreakException INSTANCE = new BreakException();

    private BreakException() {
    }
}
