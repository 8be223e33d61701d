package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** An instance of BaseException or a subclass: the Python-level exception object. */
public final class PBaseException extends PythonObject {
    private Object[] args;
    private PBaseException cause;
    private PBaseException context;
    private boolean suppressContext;
    private PTraceback traceback;

    public PBaseException(PythonClass cls, Shape shape, Object[] args) {
        super(cls, shape);
        this.args = args;
    }

    public Object[] getArgs() {
        return args;
    }

    public void setArgs(Object[] args) {
        this.args = args;
    }

    public PBaseException getCause() {
        return cause;
    }

    public void setCause(PBaseException cause) {
        this.cause = cause;
    }

    public PBaseException getContext() {
        return context;
    }

    public void setContext(PBaseException context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public PTraceback getTraceback() {
        return traceback;
    }

    public void setTraceback(PTraceback traceback) {
        this.traceback = traceback;
    }
}
