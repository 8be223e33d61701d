package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;

/** {@code try: body finally: finalbody}: the final block runs however the body ends (return, break, exception). */
public final class TryFinallyNode extends StatementNode {
    @Child private StatementNode body;
    @Child private StatementNode finalbody;

    public TryFinallyNode(StatementNode body, StatementNode finalbody) {
        this.body = body;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            KraitContext context = KraitContext.get(this);
            context.pushHandledException(e);
            try {
                finalbody.executeVoid(frame);
            } catch (PException raisedInFinally) {
                TryExceptNode.chain(context, raisedInFinally, e);
                throw raisedInFinally;
            } finally {
                context.popHandledException();
            }
            throw e;
        } catch (ReturnException | BreakException | ContinueException e) {
            finalbody.executeVoid(frame);
            throw e;
        }
        finalbody.executeVoid(frame);
    }
}
