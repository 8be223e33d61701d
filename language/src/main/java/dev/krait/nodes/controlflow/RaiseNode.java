package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectCall;

/** {@code raise}, {@code raise exc} and {@code raise exc from cause}. */
public final class RaiseNode extends StatementNode {
    @Child private ExpressionNode exception;
    @Child private ExpressionNode cause;
    /** The statement's source range (line, column, end line, end column), which a traceback marks; null if unknown. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private int[] range;

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (exception == null) {
            PException handled = context.currentHandledException();
            if (handled == null) {
                throw Errors.runtimeError("No active exception to reraise");
            }
            handled.adoptObjectTraceback();
            throw handled;
        }
        PBaseException object = toException(exception.execute(frame), false);
        if (cause != null) {
            Object causeValue = cause.execute(frame);
            object.setCause(causeValue == PNone.NONE ? null : toException(causeValue, true));
            object.setSuppressContext(true);
        }
        PException handled = context.currentHandledException();
        if (handled != null) {
            setContext(context, object, handled);
        }
        PException raised = PException.raise(object, this);
        if (range != null) {
            raised.notePosition(range[0], range[1], range[2], range[3], -1, -1);
        }
        throw raised;
    }

    public RaiseNode withRange(int line, int column, int endLine, int endColumn) {
        this.range = new int[]{line, column, endLine, endColumn};
        return this;
    }

    @TruffleBoundary
    public static void setContext(KraitContext context, PBaseException raised, PException handled) {
        PBaseException old = dev.krait.runtime.protocol.ExceptionMatching.materialize(context, handled);
        if (old == raised) {
            return;
        }
        // as CPython: where the handled exception's context chain reaches the raised one, the chain is cut there,
        // so the raised exception's new context does not make a loop
        java.util.Set<PBaseException> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PBaseException e = old; e != null && seen.add(e); e = e.getContext()) {
            if (e.getContext() == raised) {
                e.setContext(null);
                break;
            }
        }
        raised.setContext(old);
    }

    @TruffleBoundary
    private static PBaseException toException(Object value, boolean isCause) {
        KraitContext context = KraitContext.get(null);
        if (value instanceof PythonClass cls && cls.isSubclassOf(context.classes().baseException)) {
            value = PyObjectCall.call(cls);
            if (!(value instanceof PBaseException)) {
                throw Errors.typeError("calling " + cls + " should have returned an instance of BaseException, not " +
                                dev.krait.runtime.protocol.PyObjectType.typeName(value));
            }
        }
        if (value instanceof PBaseException e) {
            return e;
        }
        if (isCause) {
            throw Errors.typeError("exception causes must derive from BaseException");
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }
}
