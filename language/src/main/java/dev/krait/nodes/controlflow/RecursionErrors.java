package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;

/**
 * The Java stack ran out before {@code sys.getrecursionlimit()} was reached: the innermost statement turns the
 * {@link StackOverflowError} into the RecursionError CPython raises, so no Java error ever reaches the program.
 */
public final class RecursionErrors {
    private RecursionErrors() {
    }

    public static PException fromStackOverflow(int lineno) {
        CompilerDirectives.transferToInterpreter();
        PException error = Errors.recursionError("maximum recursion depth exceeded");
        if (lineno < 0) {
            error.skipCurrentFrame();
        } else {
            error.noteLine(lineno);
        }
        return error;
    }
}
