package dev.krait.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** A node run for its effect. It knows its line, which tracebacks report. */
public abstract class StatementNode extends Node {
    private int lineno = -1;

    public abstract void executeVoid(VirtualFrame frame);

    public final int getLineno() {
        return lineno;
    }

    public final StatementNode setLineno(int lineno) {
        this.lineno = lineno;
        return this;
    }

    /**
     * Runs the statement entered at the statement starting on {@code line} inside it (a trace function's jump, see
     * {@link dev.krait.nodes.controlflow.JumpException}). A statement entered at its own line just runs; compound
     * statements that can be entered in the middle override this.
     */
    public void executeFromLine(VirtualFrame frame, int line) {
        if (line != lineno) {
            throw dev.krait.runtime.exceptions.Errors.notImplementedError(
                            "Krait cannot jump into this kind of block from a trace function yet (line " + line + ")");
        }
        executeVoid(frame);
    }

    /** Whether {@code node} is or holds (in this function) a statement starting on {@code line}. */
    public static boolean holdsLine(com.oracle.truffle.api.nodes.Node node, int line) {
        if (node instanceof StatementNode statement && statement.lineno == line) {
            return true;
        }
        boolean[] found = {false};
        com.oracle.truffle.api.nodes.NodeUtil.forEachChild(node, child -> {
            if (holdsLine(child, line)) {
                found[0] = true;
                return false;
            }
            return true;
        });
        return found[0];
    }
}
