package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.StatementNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.Tracing;
import dev.krait.runtime.exceptions.PException;

/**
 * A sequence of statements. After each statement, the objects it dropped are released (see
 * {@link dev.krait.runtime.memory.ReleaseQueue}). When a Python exception passes one of them, the statement's line is noted for the
 * traceback (the innermost block notes first; outer blocks of the same frame leave it). Once tracing is possible,
 * each statement reports its line and an exception passing it reports 'exception' (see {@link Tracing}).
 */
public final class BlockNode extends StatementNode {
    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    public StatementNode[] getStatements() {
        return statements;
    }

    private final BranchProfile releaseProfile = BranchProfile.create();

    private void releaseDropped(KraitContext context) {
        if (context.hasDroppedObjects()) {
            releaseProfile.enter();
            context.releaseDroppedNow();
        }
    }

    private void releaseDropped(KraitContext context, StatementNode after) {
        if (context.hasDroppedObjects()) {
            releaseProfile.enter();
            context.releaseDroppedAfter(after);
        }
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        // what the statement that opened this block dropped (an if's condition, a loop's previous iteration…)
        releaseDropped(context);
        for (StatementNode statement : statements) {
            try {
                if (Tracing.mayTrace()) {
                    Tracing.line(statement, frame.materialize(), statement.getLineno());
                }
                statement.executeVoid(frame);
                releaseDropped(context, statement);
            } catch (PException e) {
                e.noteLine(statement.getLineno());
                if (Tracing.mayTrace()) {
                    Tracing.exception(statement, frame.materialize(), e, statement.getLineno());
                }
                throw e;
            } catch (StackOverflowError e) {
                throw RecursionErrors.fromStackOverflow(statement.getLineno());
            }
        }
    }
}
