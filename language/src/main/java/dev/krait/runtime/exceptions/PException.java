package dev.krait.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PTraceback;

/**
 * A Python exception in flight: the one Truffle exception that carries the Python exception object. Exceptions the
 * runtime raises by {@link ErrorType} make their Python object only when Python code looks at it, so raising and
 * catching a builtin error (a failed dict look-up turned into a default, say) allocates nothing more.
 *
 * <p>The traceback grows as the exception leaves frames: the innermost statement that was running in a frame notes
 * its line ({@link #noteLine}), and the frame's root adds an entry when the exception leaves it
 * ({@link #leaveFrame}).
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final ErrorType type;
    private final Object[] args;
    private PBaseException pythonException;
    private PTraceback traceback;
    private int pendingLine = -1;
    private boolean incompleteSource;
    private boolean syntaxError;

    private PException(ErrorType type, Object[] args, PBaseException pythonException, PTraceback traceback,
                    Node location) {
        super(location);
        this.type = type;
        this.args = args;
        this.pythonException = pythonException;
        this.traceback = traceback;
    }

    static PException of(ErrorType type, String message) {
        return new PException(type, new Object[]{message}, null, null, null);
    }

    static PException ofArgs(ErrorType type, Object... args) {
        return new PException(type, args, null, null, null);
    }

    /** Raises an existing Python exception object; its traceback continues from where it was. */
    public static PException raise(PBaseException exception, Node location) {
        return new PException(null, null, exception, exception.getTraceback(), location);
    }

    /** The builtin type this was raised as, while its Python object has not been made; null once it has. */
    public ErrorType lazyType() {
        return pythonException == null ? type : null;
    }

    public Object[] lazyArgs() {
        return args;
    }

    /** The Python exception object, or null if it is not made yet (see {@link #lazyType()}). */
    public PBaseException getPythonExceptionOrNull() {
        return pythonException;
    }

    public void setPythonException(PBaseException exception) {
        this.pythonException = exception;
        exception.setTraceback(traceback);
    }

    public PTraceback getTraceback() {
        return traceback;
    }

    /** Called by the innermost statement running when the exception passed it; later calls in the frame are ignored. */
    public void noteLine(int line) {
        if (pendingLine < 0) {
            pendingLine = line;
        }
    }

    /** Records the frame the exception is leaving as the new outermost traceback entry. */
    @TruffleBoundary
    public void leaveFrame(String filename, String functionName) {
        traceback = new PTraceback(filename, functionName, pendingLine, traceback);
        pendingLine = -1;
        if (pythonException != null) {
            pythonException.setTraceback(traceback);
        }
    }

    /** Records the frame where the exception is being handled (it stays in the traceback, as in CPython). */
    @TruffleBoundary
    public void caughtInFrame(String filename, String functionName) {
        if (pendingLine >= 0) {
            leaveFrame(filename, functionName);
        }
    }

    /** Marks a SyntaxError raised because an interactive input is not complete yet (the REPL reads more). */
    public void setIncompleteSource(boolean incomplete) {
        this.incompleteSource = incomplete;
        this.syntaxError = true;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return syntaxError ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() {
        return getMessage();
    }

    /** {@code Type: message}, the last line of a traceback. */
    @Override
    @TruffleBoundary
    public String getMessage() {
        if (pythonException == null) {
            String message = args.length > 0 ? String.valueOf(args[0]) : "";
            if (type == ErrorType.KeyError && args.length > 0) {
                message = dev.krait.runtime.protocol.PyObjectRepr.repr(args[0]);
            }
            return message.isEmpty() ? type.name() : type.name() + ": " + message;
        }
        return dev.krait.runtime.TracebackPrinter.exceptionLine(pythonException);
    }
}
