package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.protocol.ExceptionMatching;

/**
 * {@code try: body except …: … else: orelse}. While a handler runs, its exception is the one being handled: a bare
 * {@code raise} re-raises it, and an exception escaping the handler gets it as {@code __context__}.
 */
public final class TryExceptNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orelse;
    /** In a generator: which part runs (so a resume continues there) and the exception being handled. */
    private final GeneratorPhase phase;

    public TryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse, GeneratorPhase phase) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.phase = phase;
    }

    private static final int IN_BODY = 0;
    private static final int IN_ELSE = -1;

    @Override
    public void executeVoid(VirtualFrame frame) {
        execute(frame, -1);
    }

    /** Entered by a trace function's jump: at a statement of the body (inside the try) or of the else block. */
    @Override
    public void executeFromLine(VirtualFrame frame, int line) {
        if (line == getLineno() || StatementNode.holdsLine(body, line)) {
            execute(frame, line == getLineno() ? -1 : line);
        } else if (orelse != null && StatementNode.holdsLine(orelse, line)) {
            orelse.executeFromLine(frame, line);
        } else {
            super.executeFromLine(frame, line);
        }
    }

    private void execute(VirtualFrame frame, int bodyEntry) {
        if (phase != null && phase.isResuming(frame)) {
            int current = phase.get(frame);
            if (current > 0) {
                runHandler(frame, handlers[current - 1], phase.exception(frame), current, true);
                return;
            }
            if (current == IN_ELSE) {
                orelse.executeVoid(frame);
                return;
            }
        }
        if (phase != null) {
            phase.set(frame, IN_BODY);
        }
        try {
            if (bodyEntry < 0) {
                body.executeVoid(frame);
            } else {
                body.executeFromLine(frame, bodyEntry);
            }
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

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException exception) {
        noteCaught(this, frame, exception);
        chainToOuter(KraitContext.get(this), exception);
        for (int i = 0; i < handlers.length; i++) {
            ExceptHandlerNode handler = handlers[i];
            boolean matched;
            try {
                if (dev.krait.runtime.Tracing.mayTrace()) {
                    dev.krait.runtime.Tracing.line(handler, frame.materialize(), handler.getLineno());
                }
                matched = handler.matches(frame, exception);
            } catch (PException raisedWhileMatching) {
                // the exception is already being handled while the clause's class is computed and checked
                chain(KraitContext.get(this), raisedWhileMatching, exception);
                throw raisedWhileMatching;
            }
            if (matched) {
                runHandler(frame, handler, exception, i + 1, false);
                return;
            }
        }
        throw exception;
    }

    private void runHandler(VirtualFrame frame, ExceptHandlerNode handler, PException exception, int handlerPhase, boolean resumed) {
        Object held = null;
        if (phase != null) {
            phase.set(frame, handlerPhase);
            phase.setException(frame, exception);
            held = GeneratorPhase.hold(exception, resumed);
        }
        KraitContext context = KraitContext.get(this);
        context.pushHandledException(exception);
        boolean suspended = false;
        try {
            runClause(frame, handler, exception);
        } catch (dev.krait.nodes.generator.YieldException suspension) {
            suspended = true;
            throw suspension;
        } catch (PException raisedInHandler) {
            chain(context, raisedInHandler, exception);
            throw raisedInHandler;
        } finally {
            context.popHandledException();
            if (held != null && !suspended) {
                GeneratorPhase.release(held);
            }
        }
    }

    /** Runs a clause; a trace function's jump into another clause's body goes on there, the exception still handled. */
    private void runClause(VirtualFrame frame, ExceptHandlerNode handler, PException exception) {
        ExceptHandlerNode current = handler;
        int entry = -1;
        while (true) {
            try {
                if (entry < 0) {
                    current.run(frame, exception);
                } else {
                    current.runFrom(frame, entry);
                }
                return;
            } catch (JumpException jump) {
                ExceptHandlerNode other = clauseHolding(jump.line());
                if (other == null) {
                    throw jump;
                }
                current = other;
                entry = jump.line();
            }
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private ExceptHandlerNode clauseHolding(int line) {
        for (ExceptHandlerNode handler : handlers) {
            if (handler.bodyHoldsLine(line)) {
                return handler;
            }
        }
        return null;
    }

    /** The handling frame becomes part of the exception's traceback. */
    static void noteCaught(com.oracle.truffle.api.nodes.Node node, VirtualFrame frame, PException exception) {
        // (a frame hidden from tracebacks, of a module CPython writes in C, does not show when it catches either)
        if (node.getRootNode() instanceof dev.krait.nodes.root.KraitRootNode root && root.isPythonFrame()) {
            exception.caughtInFrame(root.getTracebackFilename(), root.getName(), frame.getArguments(), root);
        }
    }

    /**
     * An exception raised while a caller (or an enclosing handler) was handling another one has that one as its
     * {@code __context__}, as CPython sets it when raising: done here for exceptions that never left a handler of
     * the frame handling the other (a callee's own try statement catches them).
     */
    public static void chainToOuter(KraitContext context, PException exception) {
        PException outer = context.currentHandledException();
        if (outer != null && !exception.isThrownIntoGenerator()) {
            chain(context, exception, outer);
        }
    }

    /** Sets {@code __context__} of an exception raised while another was being handled. */
    @TruffleBoundary
    public static void chain(KraitContext context, PException raised, PException handled) {
        if (raised == handled) {
            return;
        }
        PBaseException newException = ExceptionMatching.materialize(context, raised);
        PBaseException old = ExceptionMatching.materialize(context, handled);
        if (newException == old || newException.getContext() != null) {
            return;
        }
        for (PBaseException e = old; e != null; e = e.getContext()) {
            if (e == newException) {
                return;
            }
        }
        newException.setContext(old);
    }
}
