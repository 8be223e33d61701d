package dev.krait.runtime.objects;

/**
 * One entry of a traceback: a frame the exception passed through and the line it was at. Entries link from the
 * outermost frame ({@code tb_next} towards where the exception was raised), as in CPython.
 */
public final class PTraceback {
    private final String filename;
    private final String functionName;
    private final int lineno;
    private PTraceback next;
    private int column = -1;
    private int endLineno = -1;
    private int endColumn = -1;
    private int anchorStart = -1;
    private int anchorEnd = -1;

    public PTraceback(String filename, String functionName, int lineno, PTraceback next) {
        this.filename = filename;
        this.functionName = functionName;
        this.lineno = lineno;
        this.next = next;
    }

    public String filename() {
        return filename;
    }

    public String functionName() {
        return functionName;
    }

    public int lineno() {
        return lineno;
    }

    public PTraceback next() {
        return next;
    }

    /** The range of the expression that was running (0-based code point columns), and the operator's within it. */
    public void setPosition(int column, int endLineno, int endColumn, int anchorStart, int anchorEnd) {
        this.column = column;
        this.endLineno = endLineno;
        this.endColumn = endColumn;
        this.anchorStart = anchorStart;
        this.anchorEnd = anchorEnd;
    }

    /** -1 when only the line is known. */
    public int column() {
        return column;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endColumn() {
        return endColumn;
    }

    /** Start of the {@code ^} part inside the range ({@code ~} around it), relative to {@link #column()}; -1 if none. */
    public int anchorStart() {
        return anchorStart;
    }

    public int anchorEnd() {
        return anchorEnd;
    }
}
