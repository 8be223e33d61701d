package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;

/** SyntaxError objects made from the parser's errors, and their CPython-style printing. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    @TruffleBoundary
    public static PException toPException(KraitContext context, PythonSyntaxError e, boolean incomplete) {
        PythonClass cls = context.classes().byName(e.errorType());
        Object text = e.text() == null ? PNone.NONE : e.text();
        Object details = context.newTuple(new Object[]{e.filename(), (long) e.lineno(), (long) e.offset(), text,
                        (long) e.endLineno(), (long) e.endOffset()});
        PBaseException exception = context.newException(cls, new Object[]{e.msg(), details});
        ObjectAttributes.put(exception, "msg", e.msg());
        ObjectAttributes.put(exception, "filename", e.filename());
        ObjectAttributes.put(exception, "lineno", (long) e.lineno());
        ObjectAttributes.put(exception, "offset", (long) e.offset());
        ObjectAttributes.put(exception, "text", text);
        ObjectAttributes.put(exception, "end_lineno", (long) e.endLineno());
        ObjectAttributes.put(exception, "end_offset", (long) e.endOffset());
        PException exc = PException.raise(exception, null);
        exc.setIncompleteSource(incomplete);
        return exc;
    }

    /**
     * A SyntaxError with the location details CPython gives (filename, lineno, offset, text, then optionally
     * end_lineno and end_offset; those left out are None).
     */
    @TruffleBoundary
    public static PException withDetails(KraitContext context, String msg, Object... details) {
        PBaseException exception = context.newException(context.classes().byName("SyntaxError"), new Object[]{msg, context.newTuple(details)});
        ObjectAttributes.put(exception, "msg", msg);
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < names.length; i++) {
            ObjectAttributes.put(exception, names[i], i < details.length ? details[i] : PNone.NONE);
        }
        return PException.raise(exception, null);
    }

    /** A SyntaxError about a source as a whole (no location: filename, lineno, ... are None). */
    @TruffleBoundary
    public static PException withoutLocation(KraitContext context, String msg) {
        PBaseException exception = context.newException(context.classes().byName("SyntaxError"), new Object[]{msg});
        ObjectAttributes.put(exception, "msg", msg);
        for (String name : new String[]{"filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}) {
            ObjectAttributes.put(exception, name, PNone.NONE);
        }
        return PException.raise(exception, null);
    }

    /** The lines CPython prints for an uncaught SyntaxError (no traceback when it comes from the parser). */
    @TruffleBoundary
    public static String format(PBaseException exception) {
        StringBuilder sb = new StringBuilder();
        Object filename = ObjectAttributes.get(exception, "filename");
        Object lineno = ObjectAttributes.get(exception, "lineno");
        Object text = ObjectAttributes.get(exception, "text");
        Object offset = ObjectAttributes.get(exception, "offset");
        Object endOffset = ObjectAttributes.get(exception, "end_offset");
        Object endLineno = ObjectAttributes.get(exception, "end_lineno");
        sb.append("  File \"").append(filename == null || filename == dev.krait.runtime.objects.PNone.NONE ? "<string>" : filename).append("\", line ").append(lineno).append('\n');
        if (text instanceof String line) {
            String stripped = line.replaceAll("[\\r\\n]+$", "");
            int indent = stripped.length() - stripped.stripLeading().length();
            stripped = stripped.stripLeading();
            sb.append("    ").append(stripped).append('\n');
            if (offset instanceof Long start && start > 0) {
                long caretStart = Math.max(1, start - indent);
                long caretEnd = caretStart + 1;
                if (endOffset instanceof Long end && end > start && lineno.equals(endLineno)) {
                    caretEnd = Math.max(caretStart + 1, end - indent);
                }
                caretStart = Math.min(caretStart, stripped.length() + 1);
                caretEnd = Math.min(Math.max(caretEnd, caretStart + 1), stripped.length() + 2);
                sb.append("    ").append(" ".repeat((int) caretStart - 1)).append("^".repeat((int) (caretEnd - caretStart))).append('\n');
            }
        }
        Object msg = ObjectAttributes.get(exception, "msg");
        sb.append(TracebackPrinter.qualifiedTypeName(exception)).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
