package dev.krait.nodes.generator;

import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.Tracing;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;
import dev.krait.runtime.exceptions.PException;

/** A block inside a generator: remembers which statement runs, and on resume starts again at that statement. */
public final class GeneratorBlockNode extends StatementNode {
    @Children private final StatementNode[] statements;
    private final GeneratorState state;
    private final int indexSlot;

    public GeneratorBlockNode(StatementNode[] statements, GeneratorState state, int indexSlot) {
        this.statements = statements;
        this.state = state;
        this.indexSlot = indexSlot;
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
    public void executeVoid(VirtualFrame frame) {
        int start = 0;
        if (state.isResuming(frame) && frame.isInt(indexSlot)) {
            start = frame.getInt(indexSlot);
        }
        KraitContext context = KraitContext.get(this);
        releaseDropped(context);
        for (int i = start; i < statements.length; i++) {
            frame.setInt(indexSlot, i);
            StatementNode statement = statements[i];
            try {
                if (Tracing.mayTrace() && !state.isResuming(frame)) {
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
                throw dev.krait.nodes.controlflow.RecursionErrors.fromStackOverflow(statement.getLineno());
            }
        }
    }
}
