package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * A trace function set the frame's {@code f_lineno} (checked by {@link dev.krait.runtime.FrameSetLineno}): unwinds
 * to the innermost block holding a statement that starts at {@link #line()}, which runs on from there (entering the
 * compound statements on the way, see {@link dev.krait.nodes.StatementNode#executeFromLine}). Loops, with
 * statements and finally blocks it leaves are left without their cleanup code, as CPython's jump leaves them.
 */
public final class JumpException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public JumpException(int line) {
        this.line = line;
    }

    public int line() {
        return line;
    }
}
