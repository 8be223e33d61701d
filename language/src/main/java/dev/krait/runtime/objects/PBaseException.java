package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

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
        RefCounts.storeAllInto(this, args, args.length);
    }

    /**
     * The variables of the frames this exception left, which its traceback keeps alive in CPython (until the exception
     * is released); null while none.
     */
    private java.util.ArrayList<Object> frameValues;

    /** Takes over a leaving frame's counted values (their counts move here). */
    public void holdFrameValues(Object[] values, int count) {
        if (frameValues == null) {
            frameValues = new java.util.ArrayList<>();
        }
        for (int i = 0; i < count; i++) {
            frameValues.add(values[i]);
        }
        RefCounts.noteHeldReference(this);
    }

    /** The exception was reported and dropped: the frames it left let go of their values now. */
    public void releaseFrameValues() {
        if (frameValues != null) {
            java.util.ArrayList<Object> values = frameValues;
            frameValues = null;
            for (Object value : values) {
                RefCounts.decRef(value);
            }
        }
    }

    /** An exception holds its arguments, cause and context (and its attributes), and the values of its frames. */
    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (frameValues != null) {
            for (Object value : frameValues) {
                visitor.visit(value);
            }
        }
        for (Object arg : args) {
            visitor.visit(arg);
        }
        if (assignedMember != null) {
            visitor.visit(assignedMember);
        }
        if (groupExceptions != null) {
            visitor.visit(groupMessage);
            visitor.visit(groupExceptions);
        }
        if (cause != null) {
            visitor.visit(cause);
        }
        if (context != null) {
            visitor.visit(context);
        }
    }

    /**
     * {@code StopIteration.value} or {@code SystemExit.code} once assigned (CPython keeps them as members set from
     * the arguments); null while they still follow the arguments.
     */
    private Object assignedMember;

    public Object getAssignedMember() {
        return assignedMember;
    }

    public void setAssignedMember(Object value) {
        Object old = assignedMember;
        assignedMember = value;
        RefCounts.storeInto(this, value);
        RefCounts.decRef(old);
    }

    /** An exception group's {@code message} and {@code exceptions}; null for other exceptions. */
    private Object groupMessage;
    private PTuple groupExceptions;

    public Object getGroupMessage() {
        return groupMessage;
    }

    public PTuple getGroupExceptions() {
        return groupExceptions;
    }

    /** Set once, by {@code BaseExceptionGroup.__new__}. */
    public void setGroup(Object message, PTuple exceptions) {
        this.groupMessage = message;
        this.groupExceptions = exceptions;
        RefCounts.storeInto(this, message);
        RefCounts.storeInto(this, exceptions);
    }

    public Object[] getArgs() {
        return args;
    }

    public void setArgs(Object[] args) {
        Object[] old = this.args;
        this.args = args;
        RefCounts.storeAllInto(this, args, args.length);
        RefCounts.decRefAllReversed(old, old.length);
    }

    public PBaseException getCause() {
        return cause;
    }

    public void setCause(PBaseException cause) {
        PBaseException old = this.cause;
        this.cause = cause;
        RefCounts.storeInto(this, cause);
        RefCounts.decRef(old);
    }

    public PBaseException getContext() {
        return context;
    }

    public void setContext(PBaseException context) {
        PBaseException old = this.context;
        this.context = context;
        RefCounts.storeInto(this, context);
        RefCounts.decRef(old);
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
