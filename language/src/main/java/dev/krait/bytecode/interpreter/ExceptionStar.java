package dev.krait.bytecode.interpreter;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
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
        f.noteCaught(caught);
        return new Object[]{rest[0] == null ? PNone.NONE : rest[0], match};
    }

    /** What the try statement raises after its clauses: the new exceptions and the re-raised parts, regrouped. */
    @TruffleBoundary
    static Object prepareReraise(KraitContext context, Object original, Object raisedList) {
        Object[] items = ((PList) raisedList).toArray();
        List<PBaseException> results = new ArrayList<>();
        List<Boolean> reraised = new ArrayList<>();
        List<Object> originalLeaves = new ArrayList<>();
        leaves(original, originalLeaves);
        for (Object item : items) {
            if (item instanceof PBaseException e) {
                results.add(e);
                List<Object> own = new ArrayList<>();
                leaves(e, own);
                boolean fromOriginal = !own.isEmpty();
                for (Object leaf : own) {
                    boolean found = false;
                    for (Object o : originalLeaves) {
                        found |= o == leaf;
                    }
                    fromOriginal &= found;
                }
                reraised.add(fromOriginal);
            } else {
                results.add(null);
                reraised.add(false);
            }
        }
        if (!(original instanceof PBaseException orig)) {
            return PNone.NONE;
        }
        PBaseException result = ExceptionGroups.prepareReraise(orig, results, reraised);
        return result == null ? PNone.NONE : result;
    }

    private static void leaves(Object exception, List<Object> into) {
        if (ExceptionGroups.isGroup(exception)) {
            Object nested = PyObjectGetAttr.getOrNull(exception, "exceptions");
            if (nested instanceof PTuple tuple) {
                for (Object e : tuple.items()) {
                    leaves(e, into);
                }
            }
        } else if (exception instanceof PBaseException) {
            into.add(exception);
        }
    }
}
