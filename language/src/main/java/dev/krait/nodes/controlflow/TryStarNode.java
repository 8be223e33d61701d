package dev.krait.nodes.controlflow;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.protocol.ExceptionGroups;
import dev.krait.runtime.protocol.ExceptionMatching;

/**
 * {@code try: body except* T1: … except* T2: … else: orelse} (PEP 654). Each clause in turn takes the part of the
 * exception (group) that matches its type, as a group, and runs with it as the exception being handled; what no
 * clause took, and what the clauses raised, is raised afterwards (several together in a new ExceptionGroup).
 */
public final class TryStarNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final ExceptStarHandlerNode[] handlers;
    @Child private StatementNode orelse;
    /** In a generator: whether the body or the else part runs, so a resume continues there (clauses cannot yield). */
    private final GeneratorPhase phase;

    public TryStarNode(StatementNode body, ExceptStarHandlerNode[] handlers, StatementNode orelse, GeneratorPhase phase) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.phase = phase;
    }

    private static final int IN_BODY = 0;
    private static final int IN_ELSE = -1;

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (phase != null && phase.isResuming(frame) && phase.get(frame) == IN_ELSE) {
            orelse.executeVoid(frame);
            return;
        }
        if (phase != null) {
            phase.set(frame, IN_BODY);
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        }
        if (orelse != null) {
            if (phase != null) {
                phase.set(frame, IN_ELSE);
            }
            orelse.executeVoid(frame);
        }
    }

    private void handle(VirtualFrame frame, PException exception) {
        TryExceptNode.noteCaught(this, frame, exception);
        KraitContext context = KraitContext.get(this);
        PBaseException original = ExceptionMatching.materialize(context, exception);
        PBaseException rest = original;
        List<PBaseException> results = new ArrayList<>();
        List<Boolean> reraised = new ArrayList<>();
        for (ExceptStarHandlerNode handler : handlers) {
            Object type = handler.type(frame);
            ExceptionGroups.checkClauseType(type);
            if (rest == null) {
                continue;
            }
            Object[] remaining = new Object[1];
            PBaseException match = ExceptionGroups.matchClause(rest, type, remaining);
            rest = (PBaseException) remaining[0];
            if (match == null) {
                continue;
            }
            PException handled = match == original ? exception : PException.raise(match, this);
            context.pushHandledException(handled);
            try {
                handler.run(frame, match);
            } catch (PException raised) {
                if (raised != handled) {
                    TryExceptNode.noteCaught(this, frame, raised);
                    TryExceptNode.chain(context, raised, handled);
                }
                results.add(ExceptionMatching.materialize(context, raised));
                reraised.add(raised == handled);
            } finally {
                context.popHandledException();
            }
        }
        results.add(rest);
        reraised.add(true);
        PBaseException toRaise = ExceptionGroups.prepareReraise(original, results, reraised);
        if (toRaise == null) {
            return;
        }
        if (toRaise == original) {
            throw exception;
        }
        throw raiseAgain(toRaise, frame.getArguments());
    }

    @TruffleBoundary
    private PException raiseAgain(PBaseException toRaise, Object frameToken) {
        PException raised = PException.raise(toRaise, this);
        raised.raisedInCatchingFrame(frameToken);
        return raised;
    }
}
