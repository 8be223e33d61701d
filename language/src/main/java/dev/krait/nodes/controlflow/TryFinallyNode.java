package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;

/** {@code try: body finally: finalbody}: the final block runs however the body ends (return, break, exception). */
public final class TryFinallyNode extends StatementNode {
    @Child private StatementNode body;
    @Child private StatementNode finalbody;
    /** In a generator: whether the final block runs (after an exception, kept in the phase), for a resume there. */
    private final GeneratorPhase phase;

    public TryFinallyNode(StatementNode body, StatementNode finalbody, GeneratorPhase phase) {
        this.body = body;
        this.finalbody = finalbody;
        this.phase = phase;
    }

    private static final int IN_BODY = 0;
    private static final int IN_FINALLY = 1;
    private static final int IN_FINALLY_AFTER_EXCEPTION = 2;

    @Override
    public void executeVoid(VirtualFrame frame) {
        execute(frame, -1);
    }

    /** Entered by a trace function's jump: at a statement of the body (the finally block still runs) or of the finally block. */
    @Override
    public void executeFromLine(VirtualFrame frame, int line) {
        if (line == getLineno() || StatementNode.holdsLine(body, line)) {
            execute(frame, line == getLineno() ? -1 : line);
        } else if (StatementNode.holdsLine(finalbody, line)) {
            finalbody.executeFromLine(frame, line);
        } else {
            super.executeFromLine(frame, line);
        }
    }

    private void execute(VirtualFrame frame, int bodyEntry) {
        if (phase != null && phase.isResuming(frame)) {
            int current = phase.get(frame);
            if (current == IN_FINALLY) {
                runFinallyPending(frame, phase.pending(frame));
                return;
            }
            if (current == IN_FINALLY_AFTER_EXCEPTION) {
                runFinallyAfter(frame, phase.exception(frame), true);
                return;
            }
        }
        setPhase(frame, IN_BODY);
        try {
            if (bodyEntry < 0) {
                body.executeVoid(frame);
            } else {
                body.executeFromLine(frame, bodyEntry);
            }
        } catch (PException e) {
            TryExceptNode.noteCaught(this, frame, e);
            if (phase != null) {
                phase.setException(frame, e);
            }
            setPhase(frame, IN_FINALLY_AFTER_EXCEPTION);
            runFinallyAfter(frame, e, false);
            return;
        } catch (ReturnException | BreakException | ContinueException e) {
            setPhase(frame, IN_FINALLY);
            if (phase == null) {
                finalbody.executeVoid(frame);
                throw e;
            }
            // kept while the generator may suspend in the final block; a returned value is counted meanwhile
            phase.setPending(frame, e);
            if (e instanceof ReturnException r) {
                dev.krait.runtime.memory.RefCounts.incRef(r.getValue());
            }
            runFinallyPending(frame, e);
            return;
        }
        setPhase(frame, IN_FINALLY);
        if (phase != null) {
            phase.setPending(frame, null);
        }
        finalbody.executeVoid(frame);
    }

    /** In a generator: runs the final block, then goes on with the return/break/continue it ran before (if any). */
    private void runFinallyPending(VirtualFrame frame, com.oracle.truffle.api.nodes.ControlFlowException pending) {
        try {
            finalbody.executeVoid(frame);
        } catch (PException | ReturnException | BreakException | ContinueException e) {
            dropPending(frame, pending);
            throw e;
        }
        dropPending(frame, pending);
        if (pending != null) {
            throw pending;
        }
    }

    private void dropPending(VirtualFrame frame, com.oracle.truffle.api.nodes.ControlFlowException pending) {
        phase.setPending(frame, null);
        if (pending instanceof ReturnException r) {
            dev.krait.runtime.memory.RefCounts.decRef(r.getValue());
        }
    }

    private void setPhase(VirtualFrame frame, int value) {
        if (phase != null) {
            phase.set(frame, value);
        }
    }

    /** Runs the final block with {@code e} being handled, then re-raises it. */
    private void runFinallyAfter(VirtualFrame frame, PException e, boolean resumed) {
        KraitContext context = KraitContext.get(this);
        Object held = phase != null ? GeneratorPhase.hold(e, resumed) : null;
        context.pushHandledException(e);
        boolean suspended = false;
        try {
            finalbody.executeVoid(frame);
        } catch (dev.krait.nodes.generator.YieldException suspension) {
            suspended = true;
            throw suspension;
        } catch (PException raisedInFinally) {
            TryExceptNode.chain(context, raisedInFinally, e);
            throw raisedInFinally;
        } finally {
            context.popHandledException();
            if (held != null && !suspended) {
                GeneratorPhase.release(held);
            }
        }
        // the final block may have raised and caught the same exception object, extending its traceback
        e.adoptObjectTraceback();
        throw e;
    }
}
