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
}
