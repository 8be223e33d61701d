package dev.krait.runtime;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.parser.PythonSyntaxError;
import dev.krait.parser.SyntaxWarningNote;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/**
 * Issues the SyntaxWarnings compiling found (CPython's {@code _PyErr_EmitSyntaxWarning}): each through
 * {@code warnings.warn_explicit} with the source's filename and line; one the filters turn into an error becomes a
 * SyntaxError at the warning's place.
 */
public final class SyntaxWarnings {
    private SyntaxWarnings() {
    }

    @TruffleBoundary
    public static void issue(KraitContext context, String filename, List<SyntaxWarningNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        Object warnings = ModuleLoader.importModule(context, "warnings");
        Object warnExplicit = PyObjectGetAttr.get(warnings, "warn_explicit");
        dev.krait.runtime.objects.PythonClass category = context.classes().byName("SyntaxWarning");
        for (SyntaxWarningNote note : notes) {
            try {
                PyObjectCall.call(warnExplicit, note.message(), category, filename, (long) note.lineno());
            } catch (PException e) {
                if (ExceptionMatching.matches(context, e, category)) {
                    throw new PythonSyntaxError("SyntaxError", note.message(), filename, note.lineno(), note.offset(), note.endLineno(),
                                    note.endOffset(), note.text(), false);
                }
                throw e;
            }
        }
    }
}
