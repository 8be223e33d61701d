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
        if (Tracing.mayTrace()) {
            executeFrom(frame, 0, -1);
            return;
        }
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
                throw passing(frame, statement, e);
            } catch (StackOverflowError e) {
                throw RecursionErrors.fromStackOverflow(statement.getLineno());
            }
        }
    }

    /**
     * The statements from {@code start} on, the first entered at the statement starting on {@code entryLine} (-1:
     * from its beginning), while a tracer may jump: a jump to a line of this block goes on from there.
     */
    private void executeFrom(VirtualFrame frame, int start, int entryLine) {
        KraitContext context = KraitContext.get(this);
        releaseDropped(context);
        int index = start;
        int entry = entryLine;
        while (index < statements.length) {
            StatementNode statement = statements[index];
            try {
                if (entry < 0 || entry == statement.getLineno()) {
                    if (Tracing.mayTrace()) {
                        Tracing.line(statement, frame.materialize(), statement.getLineno());
                    }
                    statement.executeVoid(frame);
                } else {
                    statement.executeFromLine(frame, entry);
                }
                releaseDropped(context, statement);
                index++;
                entry = -1;
            } catch (JumpException jump) {
                int target = indexHolding(jump.line());
                if (target < 0) {
                    throw jump;
                }
                index = target;
                entry = jump.line();
            } catch (PException e) {
                throw passing(frame, statement, e);
            } catch (StackOverflowError e) {
                throw RecursionErrors.fromStackOverflow(statement.getLineno());
            }
        }
    }

    /** An exception leaving {@code statement}: its line is noted for the traceback, a tracer hears of it. */
    private static PException passing(VirtualFrame frame, StatementNode statement, PException e) {
        e.noteLine(statement.getLineno());
        if (Tracing.mayTrace()) {
            Tracing.exception(statement, frame.materialize(), e, statement.getLineno());
        }
        return e;
    }

    @Override
    public void executeFromLine(VirtualFrame frame, int line) {
        int index = indexHolding(line);
        executeFrom(frame, Math.max(index, 0), index < 0 ? -1 : line);
    }

    /** The statement of this block that is or holds the one starting on {@code line}; -1 if none. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private int indexHolding(int line) {
        for (int i = 0; i < statements.length; i++) {
            if (StatementNode.holdsLine(statements[i], line)) {
                return i;
            }
        }
        return -1;
    }
}
