package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ExceptionMatching;

/** One {@code except Type as name:} clause. */
public final class ExceptHandlerNode extends Node {
    @Child private ExpressionNode type;
    @Child private TargetNode name;
    @Child private StatementNode body;

    /** The line of the {@code except} clause (reported to a trace function when the clause is tried). */
    private int lineno = -1;

    public int getLineno() {
        return lineno;
    }

    public ExceptHandlerNode setLineno(int lineno) {
        this.lineno = lineno;
        return this;
    }

    public ExceptHandlerNode(ExpressionNode type, TargetNode name, StatementNode body) {
        this.type = type;
        this.name = name;
        this.body = body;
    }

    public boolean matches(VirtualFrame frame, PException exception) {
        if (type == null) {
            return true;
        }
        return matchesType(KraitContext.get(this), exception, type.execute(frame));
    }

    /** CPython checks every class of a tuple (no nesting) before it matches any of them. */
    @TruffleBoundary
    private static boolean matchesType(KraitContext context, PException exception, Object type) {
        if (type instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                checkCatchable(context, item);
            }
            for (Object item : tuple.items()) {
                if (ExceptionMatching.matches(context, exception, (PythonClass) item)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(context, type);
        return ExceptionMatching.matches(context, exception, (PythonClass) type);
    }

    public static void checkCatchable(KraitContext context, Object type) {
        if (!(type instanceof PythonClass cls) || !cls.isSubclassOf(context.classes().baseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** A trace function's jump into this clause's body from another clause of the same try: no name is bound. */
    public void runFrom(VirtualFrame frame, int line) {
        body.executeFromLine(frame, line);
    }

    /** Whether the clause's body holds a statement starting on {@code line}. */
    public boolean bodyHoldsLine(int line) {
        return dev.krait.nodes.StatementNode.holdsLine(body, line);
    }

    public void run(VirtualFrame frame, PException exception) {
        if (name != null) {
            name.assign(frame, ExceptionMatching.materialize(KraitContext.get(this), exception));
            try {
                body.executeVoid(frame);
            } finally {
                // CPython ends the handler with "name = None; del name": no error if the body deleted it.
                name.assign(frame, dev.krait.runtime.objects.PNone.NONE);
                name.delete(frame);
            }
        } else {
            body.executeVoid(frame);
        }
    }
}
