package dev.krait.runtime.objects;

import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.interop.ExceptionInterop;

/**
 * An instance of BaseException or a subclass: the Python-level exception object. To other languages it is an
 * exception object: throwing it raises it as a Python exception.
 */
@ExportLibrary(InteropLibrary.class)
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

    // ---- interop: an exception object ----

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw ExceptionInterop.raise(this);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    Object getExceptionMessage() {
        return ExceptionInterop.message(this);
    }

    @ExportMessage
    boolean hasExceptionCause() {
        return ExceptionInterop.causeOf(this) != null;
    }

    @ExportMessage
    Object getExceptionCause() throws UnsupportedMessageException {
        PBaseException result = ExceptionInterop.causeOf(this);
        if (result == null) {
            throw UnsupportedMessageException.create();
        }
        return result;
    }
}
