package dev.krait.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.runtime.interop.ExceptionInterop;
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
 *
 * <p>This is the guest object of the {@code PolyglotException} an embedder catches: its meta-object is the Python
 * exception's class, its members are the Python exception object's attributes, and its source location is the line
 * it was raised at (the innermost frame of the polyglot stack trace shows it).
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final ErrorType type;
    private final Object[] args;
    private PBaseException pythonException;
    private PTraceback traceback;
    private int pendingLine = -1;
    /** The source range of the innermost expression the exception passed in the current frame (-1: none). */
    private int pendingColumn = -1;
    private int pendingEndLine = -1;
    private int pendingEndColumn = -1;
    private int pendingAnchorStart = -1;
    private int pendingAnchorEnd = -1;
    /** Set when the exception arose before the current frame ran any statement: that frame gets no entry. */
    private boolean skipFrame;
    /** The activation (its frame's arguments array) whose handler caught this exception and added its entry. */
    private Object caughtFrameToken;
    /** The activation whose trace function last got the 'exception' event for this exception (see Tracing). */
    private Object tracedActivation;
    private boolean incompleteSource;
    private boolean syntaxError;
    /** Attributes (name, value, name, value...) the Python object gets when it is made: NameError.name and the like. */
    private Object[] lazyAttributes;

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

    /** Gives the Python object, when it is made, these attributes (alternating names and values). */
    public PException withAttributes(Object... namesAndValues) {
        lazyAttributes = namesAndValues;
        return this;
    }

    public Object[] lazyAttributes() {
        return lazyAttributes;
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

    /** The frame being left never started running (the Java stack ran out setting it up): it gets no entry. */
    public void skipCurrentFrame() {
        skipFrame = true;
    }

    /**
     * The exception leaves a frame that shows no entry and whose lines are its own, not the caller's (a function of a
     * module CPython writes in C): the caller's call site, not a line inside, is where the caller's entry points.
     */
    public void forgetPosition() {
        pendingLine = -1;
        pendingColumn = -1;
    }

    public Object getTracedActivation() {
        return tracedActivation;
    }

    public void setTracedActivation(Object activation) {
        tracedActivation = activation;
    }

    /** Called by the innermost statement running when the exception passed it; later calls in the frame are ignored. */
    public void noteLine(int line) {
        if (pendingLine < 0) {
            pendingLine = line;
        }
    }

    /**
     * Called by the innermost call, operator, subscript or attribute expression the exception passed (its range is
     * what a traceback marks with carets); columns are 0-based code points, the anchor is relative to the start.
     */
    public void notePosition(int line, int column, int endLine, int endColumn, int anchorStart, int anchorEnd) {
        if (pendingLine < 0) {
            pendingLine = line;
            pendingColumn = column;
            pendingEndLine = endLine;
            pendingEndColumn = endColumn;
            pendingAnchorStart = anchorStart;
            pendingAnchorEnd = anchorEnd;
        }
    }

    /**
     * Records the frame the exception is leaving as the new outermost traceback entry, unless that activation (its
     * arguments array, {@code frameToken}) already has one because the exception was caught there and re-raised.
     * {@code code} and {@code frame} are what the entry's Python {@code frame} object shows (either may be null).
     */
    @TruffleBoundary
    public void leaveFrame(String filename, String functionName, Object frameToken, RootNode code, MaterializedFrame frame) {
        if (skipFrame) {
            skipFrame = false;
            pendingLine = -1;
            pendingColumn = -1;
            return;
        }
        if (frameToken != null && frameToken == caughtFrameToken) {
            caughtFrameToken = null;
            pendingLine = -1;
            pendingColumn = -1;
            if (traceback != null && traceback.activation() == frameToken && traceback.frame() == null) {
                traceback.setFrame(code, frameToken, frame);
            }
            return;
        }
        leaveFrame(filename, functionName);
        traceback.setFrame(code, frameToken, frame);
    }

    /**
     * A bare {@code raise} re-raises the exception object with the traceback it has now: another {@code raise} of
     * the same object in between (caught again) or an assignment to {@code __traceback__} changed it.
     */
    public void adoptObjectTraceback() {
        if (pythonException != null && pythonException.getTraceback() != traceback) {
            traceback = pythonException.getTraceback();
        }
    }

    /** Records the frame the exception is leaving as the new outermost traceback entry. */
    @TruffleBoundary
    public void leaveFrame(String filename, String functionName) {
        traceback = new PTraceback(filename, functionName, pendingLine, traceback);
        if (pendingColumn >= 0) {
            traceback.setPosition(pendingColumn, pendingEndLine, pendingEndColumn, pendingAnchorStart, pendingAnchorEnd);
        }
        pendingLine = -1;
        pendingColumn = -1;
        if (pythonException != null) {
            pythonException.setTraceback(traceback);
        }
    }

    /**
     * Records the frame where the exception is being handled: as in CPython, the traceback includes it, and a bare
     * {@code raise} from the handler does not add it again.
     */
    @TruffleBoundary
    public void caughtInFrame(String filename, String functionName, Object frameToken, RootNode code) {
        if (pendingLine >= 0 && frameToken != caughtFrameToken) {
            leaveFrame(filename, functionName);
            traceback.setFrame(code, frameToken, null);
            caughtFrameToken = frameToken;
        }
    }

    /**
     * The exception is raised by the frame that caught the one it comes from (an {@code except*} statement raising
     * what its clauses left): as in CPython, that frame adds no entry to its traceback when it leaves.
     */
    public void raisedInCatchingFrame(Object frameToken) {
        caughtFrameToken = frameToken;
    }

    /** Marks a SyntaxError raised because an interactive input is not complete yet (the REPL reads more). */
    /**
     * Thrown into a generator ({@code throw()}): it takes its {@code __context__} from the generator's own handler
     * only, never from what the caller was handling (CPython chains it with the generator's exc_info).
     */
    private boolean thrownIntoGenerator;

    public boolean isThrownIntoGenerator() {
        return thrownIntoGenerator;
    }

    public void markThrownIntoGenerator() {
        thrownIntoGenerator = true;
    }

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

    // ---- interop: the Python exception object seen through the exception in flight ----

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return KraitLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return getMessage();
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return ExceptionInterop.pythonException(this).getPythonClass();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal,
                    @CachedLibrary(limit = "1") InteropLibrary objects) throws UnsupportedMessageException {
        return objects.getMembers(ExceptionInterop.pythonException(this), includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member,
                    @CachedLibrary(limit = "1") InteropLibrary objects) {
        return objects.isMemberReadable(ExceptionInterop.pythonException(this), member);
    }

    @ExportMessage
    Object readMember(String member,
                    @CachedLibrary(limit = "1") InteropLibrary objects) throws UnsupportedMessageException, UnknownIdentifierException {
        return objects.readMember(ExceptionInterop.pythonException(this), member);
    }

    @ExportMessage
    boolean hasExceptionCause() {
        return ExceptionInterop.causeOf(ExceptionInterop.pythonException(this)) != null;
    }

    @ExportMessage
    Object getExceptionCause() throws UnsupportedMessageException {
        Object cause = ExceptionInterop.causeOf(ExceptionInterop.pythonException(this));
        if (cause == null) {
            throw UnsupportedMessageException.create();
        }
        return cause;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return ExceptionInterop.raiseLocation(this) != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        SourceSection section = ExceptionInterop.raiseLocation(this);
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }
}
