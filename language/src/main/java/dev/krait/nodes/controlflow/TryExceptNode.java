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

    public TryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException exception) {
        noteCaught(this, frame, exception);
        for (ExceptHandlerNode handler : handlers) {
            if (handler.matches(frame, exception)) {
                KraitContext context = KraitContext.get(this);
                context.pushHandledException(exception);
                try {
                    handler.run(frame, exception);
                } catch (PException raisedInHandler) {
                    chain(context, raisedInHandler, exception);
                    throw raisedInHandler;
                } finally {
                    context.popHandledException();
                }
                return;
            }
        }
        throw exception;
    }

    /** The handling frame becomes part of the exception's traceback. */
    static void noteCaught(com.oracle.truffle.api.nodes.Node node, VirtualFrame frame, PException exception) {
        if (node.getRootNode() instanceof dev.krait.nodes.root.KraitRootNode root) {
            exception.caughtInFrame(root.getTracebackFilename(), root.getName(), frame.getArguments());
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
