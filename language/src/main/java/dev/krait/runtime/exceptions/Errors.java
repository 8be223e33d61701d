package dev.krait.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Factories for the Python exceptions the runtime raises itself, named after the Python type they make. Each returns
 * the exception so a caller writes {@code throw Errors.typeError(...)} and the compiler sees the throw.
 */
public final class Errors {
    private Errors() {
    }

    @TruffleBoundary
    public static PException typeError(String message) {
        return PException.of(ErrorType.TypeError, message);
    }

    @TruffleBoundary
    public static PException valueError(String message) {
        return PException.of(ErrorType.ValueError, message);
    }

    @TruffleBoundary
    public static PException overflowError(String message) {
        return PException.of(ErrorType.OverflowError, message);
    }

    @TruffleBoundary
    public static PException zeroDivisionError(String message) {
        return PException.of(ErrorType.ZeroDivisionError, message);
    }

    @TruffleBoundary
    public static PException indexError(String message) {
        return PException.of(ErrorType.IndexError, message);
    }

    /** KeyError's argument is the missing key itself (its str() is the key's repr). */
    @TruffleBoundary
    public static PException keyError(Object key) {
        return PException.ofArgs(ErrorType.KeyError, key);
    }

    @TruffleBoundary
    public static PException attributeError(String message) {
        return PException.of(ErrorType.AttributeError, message);
    }

    @TruffleBoundary
    public static PException nameError(String message) {
        return PException.of(ErrorType.NameError, message);
    }

    /** A NameError for an unbound name: its {@code name} attribute says which. */
    @TruffleBoundary
    public static PException nameError(String message, String name) {
        return PException.of(ErrorType.NameError, message).withAttributes("name", name);
    }

    /** An AttributeError from a failed look-up: {@code name} and {@code obj} say which attribute of what. */
    @TruffleBoundary
    public static PException attributeError(String message, String name, Object obj) {
        return PException.of(ErrorType.AttributeError, message).withAttributes("name", name, "obj", obj);
    }

    @TruffleBoundary
    public static PException runtimeError(String message) {
        return PException.of(ErrorType.RuntimeError, message);
    }

    @TruffleBoundary
    public static PException notImplementedError(String message) {
        return PException.of(ErrorType.NotImplementedError, message);
    }

    @TruffleBoundary
    public static PException unicodeError(String message) {
        return PException.of(ErrorType.UnicodeError, message);
    }

    @TruffleBoundary
    public static PException lookupError(String message) {
        return PException.of(ErrorType.LookupError, message);
    }

    @TruffleBoundary
    public static PException memoryError(String message) {
        return PException.of(ErrorType.MemoryError, message);
    }

    @TruffleBoundary
    public static PException recursionError(String message) {
        return PException.of(ErrorType.RecursionError, message);
    }

    @TruffleBoundary
    public static PException raise(ErrorType type, String message) {
        return PException.of(type, message);
    }

    /** An exception whose arguments are not a single message (UnicodeDecodeError's five, say). */
    @TruffleBoundary
    public static PException raiseWithArgs(ErrorType type, Object... args) {
        return PException.ofArgs(type, args);
    }
}
