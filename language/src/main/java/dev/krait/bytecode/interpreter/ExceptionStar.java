package dev.krait.bytecode.interpreter;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.ExceptionGroups;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/** The two instructions of {@code except*}: CHECK_EG_MATCH and the PREP_RERAISE_STAR intrinsic. */
final class ExceptionStar {
    private ExceptionStar() {
    }

    /** (rest, match): the part of {@code raised} a clause of {@code type} handles becomes the handled exception. */
    @TruffleBoundary
    static Object[] match(KraitContext context, BytecodeFrame f, Object raised, Object type) {
        ExceptionGroups.checkClauseType(type);
        Object[] rest = new Object[1];
        PBaseException match = ExceptionGroups.matchClause((PBaseException) raised, type, rest);
        if (match == null) {
            return new Object[]{raised, PNone.NONE};
        }
        PException caught = PException.raise(match, null);
        // the part comes from an exception this frame caught: a bare raise of it adds no entry to its traceback
        caught.raisedInCatchingFrame(f.frame.getArguments());
        f.noteCaught(caught);
        if (f.handledPushes > 0) {
            // the clause handles its part: that is the exception being handled (sys.exception()) while it runs
            context.popHandledException();
            context.pushHandledException(caught);
        }
        return new Object[]{rest[0] == null ? PNone.NONE : rest[0], match};
    }

    /**
     * What the try statement raises after its clauses: the new exceptions and the re-raised parts, regrouped. A
     * clause's exception counts as re-raised when it still has the original's traceback, cause, context and notes
     * (CPython's test: a bare {@code raise} keeps them, {@code raise e} gives it a traceback of its own).
     */
    @TruffleBoundary
    static Object prepareReraise(KraitContext context, Object original, Object raisedList) {
        if (!(original instanceof PBaseException orig)) {
            return PNone.NONE;
        }
        Object[] items = ((PList) raisedList).toArray();
        List<PBaseException> results = new ArrayList<>();
        List<Boolean> reraised = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof PBaseException e) {
                results.add(e);
                reraised.add(sameMetadata(e, orig));
            } else {
                results.add(null);
                reraised.add(false);
            }
        }
        PBaseException result = ExceptionGroups.prepareReraise(orig, results, reraised);
        return result == null ? PNone.NONE : result;
    }

    private static boolean sameMetadata(PBaseException a, PBaseException b) {
        return a.getTraceback() == b.getTraceback() && a.getCause() == b.getCause() && a.getContext() == b.getContext() &&
                        PyObjectGetAttr.getOrNull(a, "__notes__") == PyObjectGetAttr.getOrNull(b, "__notes__");
    }
}
