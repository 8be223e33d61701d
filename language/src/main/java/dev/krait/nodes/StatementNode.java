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
}
