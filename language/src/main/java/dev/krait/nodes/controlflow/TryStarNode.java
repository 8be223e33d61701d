package dev.krait.nodes.controlflow;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;
import dev.krait.nodes.generator.YieldException;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
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
    /** In a generator: which part runs (body, else, or clause i + 1 with its progress), so a resume continues there. */
    private final GeneratorPhase phase;
    private final int progressSlot;

    public TryStarNode(StatementNode body, ExceptStarHandlerNode[] handlers, StatementNode orelse, GeneratorPhase phase,
                    int progressSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.phase = phase;
        this.progressSlot = progressSlot;
    }

    private static final int IN_BODY = 0;
    private static final int IN_ELSE = -1;

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (phase != null && phase.isResuming(frame)) {
            int current = phase.get(frame);
            if (current == IN_ELSE) {
                orelse.executeVoid(frame);
                return;
            }
            if (current > 0) {
                Progress progress = (Progress) frame.getObject(progressSlot);
                runClauses(frame, progress, current - 1, KraitContext.get(this));
                return;
            }
        }
        if (phase != null) {
            phase.set(frame, IN_BODY);
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            TryExceptNode.chainToOuter(dev.krait.runtime.KraitContext.get(this), e);
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

    /**
     * Where the clauses are: the exception caught, what is left of it, what the clauses that ran raised, and the
     * part the running clause handles. The exceptions it holds are counted (a generator may be suspended in a clause).
     */
    private static final class Progress {
        final PException exception;
        final PBaseException original;
        PBaseException rest;
        final List<PBaseException> results = new ArrayList<>();
        final List<Boolean> reraised = new ArrayList<>();
        PBaseException match;
        PException handled;

        Progress(PException exception, PBaseException original) {
            this.exception = exception;
            this.original = original;
            this.rest = original;
            // the exception is kept while the clauses run (it keeps the variables of the frames it left), and
            // counted once more as what is left
            RefCounts.incRef(original);
            RefCounts.incRef(original);
        }

        void setRest(PBaseException value) {
            RefCounts.incRef(value);
            RefCounts.decRef(rest);
            rest = value;
        }

        void setMatch(PBaseException value, PException handledException) {
            RefCounts.incRef(value);
            RefCounts.decRef(match);
            match = value;
            handled = handledException;
        }

        void addResult(PBaseException raised, boolean isReraise) {
            RefCounts.incRef(raised);
            results.add(raised);
            reraised.add(isReraise);
        }

        void release() {
            RefCounts.decRef(match);
            for (PBaseException result : results) {
                RefCounts.decRef(result);
            }
            RefCounts.decRef(rest);
            RefCounts.decRef(original);
        }
    }

    private void handle(VirtualFrame frame, PException exception) {
        TryExceptNode.noteCaught(this, frame, exception);
        KraitContext context = KraitContext.get(this);
        runClauses(frame, new Progress(exception, ExceptionMatching.materialize(context, exception)), -1, context);
    }

    /** Runs the clauses from the first, or resumes clause {@code resumeIndex} where a yield suspended it. */
    private void runClauses(VirtualFrame frame, Progress progress, int resumeIndex, KraitContext context) {
        boolean suspended = false;
        try {
            for (int i = 0; i < handlers.length; i++) {
                if (i < resumeIndex) {
                    continue;
                }
                ExceptStarHandlerNode handler = handlers[i];
                if (i != resumeIndex) {
                    if (dev.krait.runtime.Tracing.mayTrace()) {
                        dev.krait.runtime.Tracing.line(handler, frame.materialize(), handler.getLineno());
                    }
                    Object type;
                    try {
                        type = handler.type(frame);
                        ExceptionGroups.checkClauseType(type);
                    } catch (PException raisedWhileMatching) {
                        // the exception is being handled while the clause's class is computed and checked
                        TryExceptNode.chain(context, raisedWhileMatching, progress.exception);
                        throw raisedWhileMatching;
                    }
                    if (progress.rest == null) {
                        continue;
                    }
                    Object[] remaining = new Object[1];
                    PBaseException match = ExceptionGroups.matchClause(progress.rest, type, remaining);
                    progress.setRest((PBaseException) remaining[0]);
                    if (match == null) {
                        continue;
                    }
                    progress.setMatch(match, match == progress.original ? progress.exception : splitOff(match, frame.getArguments()));
                    if (phase != null) {
                        phase.set(frame, i + 1);
                        frame.getFrameDescriptor().setSlotKind(progressSlot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
                        frame.setObject(progressSlot, progress);
                    }
                }
                context.pushHandledException(progress.handled);
                try {
                    handler.run(frame, progress.match, i == resumeIndex);
                } catch (PException raised) {
                    if (raised != progress.handled) {
                        TryExceptNode.noteCaught(this, frame, raised);
                        TryExceptNode.chain(context, raised, progress.handled);
                    }
                    progress.addResult(ExceptionMatching.materialize(context, raised), raised == progress.handled);
                } catch (YieldException yielded) {
                    suspended = true;
                    throw yielded;
                } finally {
                    context.popHandledException();
                }
            }
            progress.results.add(progress.rest);
            progress.reraised.add(true);
            PBaseException toRaise = ExceptionGroups.prepareReraise(progress.original, progress.results, progress.reraised);
            progress.results.remove(progress.results.size() - 1);
            if (toRaise == null) {
                return;
            }
            if (toRaise == progress.original) {
                throw progress.exception;
            }
            throw raiseAgain(toRaise, frame.getArguments());
        } finally {
            if (!suspended) {
                progress.release();
            }
        }
    }

    @TruffleBoundary
    private PException raiseAgain(PBaseException toRaise, Object frameToken) {
        PException raised = PException.raise(toRaise, this);
        raised.raisedInCatchingFrame(frameToken);
        raised.setTracedActivation(frameToken); // a trace function heard of it when it was first raised
        return raised;
    }

    /** The part of the exception group a clause matched, to be handled (and re-raised by a bare raise) as it is. */
    @TruffleBoundary
    private PException splitOff(PBaseException match, Object frameToken) {
        PException split = PException.raise(match, this);
        split.setTracedActivation(frameToken);
        return split;
    }
}
