package dev.krait.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The source as code points with universal newlines applied, a line index, and the factory for positioned syntax
 * errors. Positions inside the front end are code-point indexes; this class turns them into lines and columns.
 */
final class SourceText {
    final String filename;
    final int[] cps;
    private final int[] lineStarts;

    SourceText(String source, String filename) {
        this.filename = filename;
        this.cps = source.replace("\r\n", "\n").replace('\r', '\n').codePoints().toArray();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int length() {
        return cps.length;
    }

    int at(int pos) {
        return pos < cps.length ? cps[pos] : -1;
    }

    String text(int start, int end) {
        return new String(cps, start, end - start);
    }

    /** 1-based line of a position. */
    int line(int pos) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** 0-based column of a position, in code points. */
    int col(int pos) {
        return pos - lineStarts[line(pos) - 1];
    }

    int lineCount() {
        int n = lineStarts.length;
        // a final newline does not start a further line
        return (n > 1 && lineStarts[n - 1] == cps.length) ? n - 1 : n;
    }

    int lineStart(int lineno) {
        return lineStarts[lineno - 1];
    }

    /** The text of a line with its newline, as CPython puts it into SyntaxError.text. */
    String lineText(int lineno) {
        if (lineno < 1 || lineno > lineStarts.length) {
            return null;
        }
        int start = lineStarts[lineno - 1];
        int end = lineno < lineStarts.length ? lineStarts[lineno] : cps.length;
        return text(start, end);
    }

    PythonSyntaxError error(String type, String msg, int start, int end, boolean incomplete) {
        int line = line(start);
        int endLine = line(Math.max(start, end));
        return new PythonSyntaxError(type, msg, filename, line, col(start) + 1, endLine, col(Math.max(start, end)) + 1,
                        lineText(line), incomplete);
    }

    PythonSyntaxError error(String msg, int start, int end) {
        return error("SyntaxError", msg, start, end, false);
    }

    /** The SyntaxWarnings found while tokenizing and parsing, in order. */
    final List<SyntaxWarningNote> warnings = new ArrayList<>();

    void warn(String msg, int start, int end) {
        warn(msg, start, end, true);
    }

    /** {@code finalNewline}: the warning's text ends with a newline even on the source's last line. */
    void warn(String msg, int start, int end, boolean finalNewline) {
        int line = line(start);
        String text = lineText(line);
        if (finalNewline && text != null && !text.endsWith("\n")) {
            text += "\n"; // CPython compiles the source with a final newline
        }
        SyntaxWarningNote note = new SyntaxWarningNote(msg, line, col(start) + 1, line(Math.max(start, end)), col(Math.max(start, end)) + 1, text);
        if (!warnings.contains(note)) {
            // a token read again (the parser looks back) warns once
            warnings.add(note);
        }
    }


    /** The first invalid escape sequence of the string literal being decoded (CPython warns about the first only). */
    String firstInvalidEscape;
}
