package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.TracebackPrinter;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PTraceback;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.ExceptionMatching;

/**
 * Python exceptions as other languages see them. The {@link PException} in flight is what an embedder catches
 * (wrapped in a {@code PolyglotException}); its meta-object is the Python exception's class, its members the Python
 * exception object's attributes, and its source location the line where it was raised.
 */
public final class ExceptionInterop {
    private ExceptionInterop() {
    }

    @TruffleBoundary
    public static PException raise(PBaseException exception) {
        return PException.raise(exception, null);
    }

    /** {@code Type: message}, the last line of the traceback. */
    @TruffleBoundary
    public static String message(PBaseException exception) {
        return TracebackPrinter.exceptionLine(exception);
    }

    /** {@code __cause__}, or else {@code __context__} unless suppressed: the exception this one arose from. */
    public static PBaseException causeOf(PBaseException exception) {
        if (exception.getCause() != null) {
            return exception.getCause();
        }
        return exception.getSuppressContext() ? null : exception.getContext();
    }

    /** The Python exception object of an exception in flight, made now if it was raised lazily. */
    @TruffleBoundary
    public static PBaseException pythonException(PException exception) {
        return ExceptionMatching.materialize(KraitContext.get(null), exception);
    }

    /**
     * The line where {@code exception} was raised: the innermost entry of its traceback, or for a SyntaxError the
     * line its {@code (filename, lineno, ...)} details name, in the source that file was loaded from; null when that
     * is not known.
     */
    @TruffleBoundary
    public static SourceSection raiseLocation(PException exception) {
        PTraceback entry = exception.getTraceback();
        if (entry == null) {
            return syntaxErrorLocation(pythonException(exception));
        }
        while (entry.next() != null) {
            entry = entry.next();
        }
        return lineOf(entry.filename(), entry.lineno());
    }

    private static SourceSection syntaxErrorLocation(PBaseException exception) {
        KraitContext context = KraitContext.get(null);
        if (!exception.getPythonClass().isSubclassOf(context.classes().errorClass(ErrorType.SyntaxError))) {
            return null;
        }
        Object[] args = exception.getArgs();
        if (args.length < 2 || !(args[1] instanceof PTuple details) || details.length() < 2 ||
                        !(details.get(0) instanceof String filename) || !(details.get(1) instanceof Long line)) {
            return null;
        }
        return lineOf(filename, line);
    }

    private static SourceSection lineOf(String filename, long line) {
        Source source = KraitContext.get(null).sourceFor(filename);
        if (source == null || !source.hasCharacters() || line < 1 || line > source.getLineCount()) {
            return null;
        }
        return source.createSection((int) line);
    }
}
