package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.generator.YieldException;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.objects.PBaseException;

/** One {@code except* Type as name:} clause: its type is evaluated for every exception the statement handles. */
public final class ExceptStarHandlerNode extends Node {
    @Child private ExpressionNode type;
    @Child private TargetNode name;
    @Child private StatementNode body;

    /** The line of the {@code except*} clause (reported to a trace function when the clause is tried). */
    private int lineno = -1;

    public int getLineno() {
        return lineno;
    }

    public ExceptStarHandlerNode setLineno(int lineno) {
        this.lineno = lineno;
        return this;
    }

    public ExceptStarHandlerNode(ExpressionNode type, TargetNode name, StatementNode body) {
        this.type = type;
        this.name = name;
        this.body = body;
    }

    Object type(VirtualFrame frame) {
        return type.execute(frame);
    }

    /**
     * Runs the clause with {@code match} (the part of the exception it handles) bound to its name; a generator
     * resuming inside the clause finds the name bound already.
     */
    void run(VirtualFrame frame, PBaseException match, boolean resuming) {
        if (name != null) {
            if (!resuming) {
                name.assign(frame, match);
            }
            try {
                body.executeVoid(frame);
            } catch (YieldException suspended) {
                throw suspended; // the name stays bound while the generator is suspended in the clause
            } catch (RuntimeException | Error e) {
                // CPython ends the handler with "name = None; del name": no error if the body deleted it.
                name.assign(frame, dev.krait.runtime.objects.PNone.NONE);
                name.delete(frame);
                throw e;
            }
            name.assign(frame, dev.krait.runtime.objects.PNone.NONE);
            name.delete(frame);
        } else {
            body.executeVoid(frame);
        }
    }
}
