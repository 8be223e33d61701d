package dev.krait.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PTraceback;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * Formats an exception as CPython prints an uncaught one: the chain of causes and contexts first, then
 * {@code Traceback (most recent call last):}, a {@code File "…", line N, in name} entry with its source line per
 * frame (runs of the same entry collapsed as "[Previous line repeated N more times]"), and {@code Type: message}.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;

    private final KraitContext context;

    public TracebackPrinter(KraitContext context) {
        this.context = context;
    }

    @TruffleBoundary
    public String format(PBaseException exception) {
        StringBuilder sb = new StringBuilder();
        formatRecursive(sb, new Nesting(), exception, new IdentityHashMap<>());
        return sb.toString();
    }

    /** CPython's limits on printing nested exception groups. */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /**
     * Where an exception is printed inside exception groups: the depth sets the indentation and the {@code "| "}
     * margin; a closing line is owed by the last sub-exception of a group unless a nested group printed one.
     */
    private static final class Nesting {
        int depth;
        boolean needClose;

        String margin() {
            return " ".repeat(2 * depth) + (depth > 0 ? "| " : "");
        }
    }

    private void formatRecursive(StringBuilder sb, Nesting nesting, PBaseException exception, Map<PBaseException, Boolean> seen) {
        seen.put(exception, true);
        PBaseException cause = exception.getCause();
        PBaseException contextException = exception.getContext();
        if (cause != null) {
            if (!seen.containsKey(cause)) {
                formatChained(sb, nesting, cause, seen, "The above exception was the direct cause of the following exception:");
            }
        } else if (contextException != null && !exception.getSuppressContext() && !seen.containsKey(contextException)) {
            formatChained(sb, nesting, contextException, seen, "During handling of the above exception, another exception occurred:");
        }
        if (exception.getGroupExceptions() != null) {
            formatGroup(sb, nesting, exception, seen);
        } else {
            formatIndented(sb, nesting, exception, false);
        }
    }

    private void formatChained(StringBuilder sb, Nesting nesting, PBaseException exception, Map<PBaseException, Boolean> seen,
                    String message) {
        boolean needClose = nesting.needClose;
        formatRecursive(sb, nesting, exception, seen);
        nesting.needClose = needClose;
        String margin = nesting.margin();
        sb.append(margin).append('\n').append(margin).append(message).append('\n').append(margin).append('\n');
    }

    /** An exception group: its own traceback and message, then each sub-exception in a numbered box. */
    private void formatGroup(StringBuilder sb, Nesting nesting, PBaseException group, Map<PBaseException, Boolean> seen) {
        if (nesting.depth > MAX_GROUP_DEPTH) {
            sb.append(nesting.margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (nesting.depth == 0) {
            nesting.depth++;
        }
        formatIndented(sb, nesting, group, true);
        Object[] exceptions = group.getGroupExceptions().items();
        int shown = exceptions.length <= MAX_GROUP_WIDTH ? exceptions.length : MAX_GROUP_WIDTH + 1;
        nesting.needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                nesting.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(" ".repeat(2 * nesting.depth)).append(i == 0 ? "+-" : "  ")
                            .append(truncated ? "+---------------- ... ----------------" : "+---------------- " + (i + 1) + " ----------------")
                            .append('\n');
            nesting.depth++;
            if (!truncated) {
                formatRecursive(sb, nesting, (PBaseException) exceptions[i], seen);
            } else {
                int remaining = exceptions.length - MAX_GROUP_WIDTH;
                sb.append(nesting.margin()).append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "")
                                .append('\n');
            }
            if (last && nesting.needClose) {
                sb.append(" ".repeat(2 * nesting.depth)).append("+------------------------------------\n");
                nesting.needClose = false;
            }
            nesting.depth--;
        }
        if (nesting.depth == 1) {
            nesting.depth--;
        }
    }

    /** One exception's traceback, message and notes, each line behind the nesting's margin. */
    private void formatIndented(StringBuilder sb, Nesting nesting, PBaseException exception, boolean group) {
        if (nesting.depth == 0) {
            formatOne(sb, exception, group);
            return;
        }
        StringBuilder one = new StringBuilder();
        formatOne(one, exception, group);
        String margin = nesting.margin();
        String[] lines = one.toString().split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            if (i == 0 && group && nesting.depth == 1 && exception.getTraceback() != null) {
                sb.append(" ".repeat(2 * nesting.depth)).append("+ ");
            } else {
                sb.append(margin);
            }
            sb.append(lines[i]).append('\n');
        }
    }

    private void formatOne(StringBuilder sb, PBaseException exception, boolean group) {
        PTraceback traceback = exception.getTraceback();
        long limit = tracebackLimit();
        if (traceback != null && limit > 0) {
            sb.append(group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
            List<PTraceback> entries = new ArrayList<>();
            for (PTraceback tb = traceback; tb != null; tb = tb.next()) {
                entries.add(tb);
            }
            if (entries.size() > limit) {
                entries = entries.subList((int) (entries.size() - limit), entries.size());
            }
            PTraceback last = null;
            int repeated = 0;
            for (PTraceback entry : entries) {
                if (last != null && same(last, entry)) {
                    repeated++;
                    if (repeated >= RECURSIVE_CUTOFF) {
                        continue;
                    }
                } else {
                    appendRepeated(sb, repeated);
                    repeated = 0;
                }
                appendEntry(sb, entry);
                last = entry;
            }
            appendRepeated(sb, repeated);
        }
        if (exception.getPythonClass().isSubclassOf(context.classes().errorClass(dev.krait.runtime.exceptions.ErrorType.SyntaxError)) &&
                        dev.krait.runtime.objects.PBoxedValue.unwrap(ObjectAttributes.get(exception, "lineno")) instanceof Long) {
            sb.append(SyntaxErrors.format(exception));
        } else {
            sb.append(exceptionLine(exception)).append('\n');
        }
        Object notes = ObjectAttributes.get(exception, "__notes__");
        if (notes instanceof dev.krait.runtime.objects.PList || notes instanceof dev.krait.runtime.objects.PTuple) {
            for (Object note : dev.krait.runtime.protocol.PyIter.toArray(notes)) {
                String text;
                try {
                    text = note instanceof String s ? s : PyObjectRepr.str(note);
                } catch (RuntimeException e) {
                    text = "<note str() failed>";
                }
                sb.append(text).append('\n');
            }
        } else if (notes != null) {
            // not a sequence of notes: CPython shows its repr
            String text;
            try {
                text = PyObjectRepr.repr(notes);
            } catch (RuntimeException e) {
                text = "<__notes__ repr() failed>";
            }
            sb.append(text).append('\n');
        }
    }

    /**
     * How many of the innermost entries are shown: {@code sys.tracebacklimit} when it is an int (none at all when it
     * is not positive), else 1000 as in CPython.
     */
    private long tracebackLimit() {
        dev.krait.runtime.objects.PModule sys = context.getModule("sys");
        Object value = sys == null ? null : dev.krait.runtime.objects.PBoxedValue.unwrap(ObjectAttributes.get(sys, "tracebacklimit"));
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof dev.krait.runtime.objects.PInt big) {
            return big.value().signum() > 0 ? Long.MAX_VALUE : 0;
        }
        return DEFAULT_LIMIT;
    }

    private static final long DEFAULT_LIMIT = 1000;

    private static boolean same(PTraceback a, PTraceback b) {
        return a.lineno() == b.lineno() && a.filename().equals(b.filename()) && a.functionName().equals(b.functionName());
    }

    private static void appendRepeated(StringBuilder sb, int repeated) {
        if (repeated >= RECURSIVE_CUTOFF) {
            int more = repeated - RECURSIVE_CUTOFF + 1;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    private void appendEntry(StringBuilder sb, PTraceback entry) {
        sb.append("  File \"").append(entry.filename()).append("\", line ").append(entry.lineno()).append(", in ")
                        .append(entry.functionName()).append('\n');
        String line = sourceLine(entry.filename(), entry.lineno());
        if (line != null && !line.isBlank()) {
            String stripped = line.strip();
            sb.append("    ").append(stripped).append('\n');
            if (entry.column() >= 0) {
                appendCarets(sb, entry, line, stripped);
            }
        }
    }

    /** CPython 3.12's position markers: {@code ^} under the expression, {@code ~} around an operator's operands. */
    private static void appendCarets(StringBuilder sb, PTraceback entry, String line, String stripped) {
        int[] codePoints = line.codePoints().toArray();
        int start = Math.min(entry.column(), codePoints.length);
        int end = Math.min(entry.endColumn(), codePoints.length);
        boolean anchored = entry.anchorStart() >= 0 && entry.endLineno() == entry.lineno();
        if (entry.endLineno() != entry.lineno()) {
            end = line.stripTrailing().codePointCount(0, line.stripTrailing().length());
        }
        if (end < start) {
            return;
        }
        boolean showAnchors = anchored && entry.anchorEnd() - entry.anchorStart() > 0;
        if (end - start >= stripped.codePointCount(0, stripped.length()) && !showAnchors) {
            return;
        }
        int strippedCharacters = codePoints.length + 1 - stripped.codePointCount(0, stripped.length());
        sb.append("    ").append(" ".repeat(Math.max(0, start + 1 - strippedCharacters)));
        if (showAnchors) {
            sb.append("~".repeat(entry.anchorStart()));
            sb.append("^".repeat(entry.anchorEnd() - entry.anchorStart()));
            sb.append("~".repeat(Math.max(0, end - start - entry.anchorEnd())));
        } else {
            sb.append("^".repeat(end - start));
        }
        sb.append('\n');
    }

    private String sourceLine(String filename, int lineno) {
        if (filename.equals("<stdin>") || filename.equals("<string>") || context.isFinalizing()) {
            // at exit CPython's tracebacks show no source lines (its line cache is gone by then)
            return null;
        }
        Source source = context.sourceFor(filename);
        if (source == null || lineno < 1 || lineno > source.getLineCount()) {
            return null;
        }
        return source.getCharacters(lineno).toString();
    }

    /** The last line: {@code Type: message}, or just {@code Type} when the message is empty. */
    @TruffleBoundary
    /** The exception's type as a traceback names it: qualified by its module unless that is builtins or __main__. */
    public static String qualifiedTypeName(PBaseException exception) {
        PythonClass cls = exception.getPythonClass();
        Object module = cls.getOwn("__module__");
        return module instanceof String m && !m.equals("__main__") && !m.equals("builtins") ? m + "." + cls.getQualname()
                        : cls.getQualname();
    }

    public static String exceptionLine(PBaseException exception) {
        String name = qualifiedTypeName(exception);
        String message;
        try {
            message = PyObjectRepr.str(exception);
        } catch (RuntimeException e) {
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }
}
