package dev.krait.runtime.objects;

import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * One entry of a traceback: a frame the exception passed through and the line it was at. Entries link from the
 * outermost frame ({@code tb_next} towards where the exception was raised), as in CPython.
 *
 * <p>An entry is plain Java data, made as the exception leaves a frame; the Python {@code traceback} and
 * {@code frame} objects are made from it only when a program asks for them ({@link PTracebackObject}).
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
    /** The code that ran in the frame (null when not known). */
    private RootNode code;
    /** The activation's arguments array: identifies the activation among the running ones. */
    private Object activation;
    /** The frame as the exception left it (null for a frame still running its handler, or a generator's). */
    private MaterializedFrame frame;
    /** The counted slots the exception took over from {@link #frame}, and their values (see FrameRelease). */
    private int[] movedSlots;
    private Object[] movedValues;
    /** The Python {@code traceback} object made for this entry, while it lives. */
    private PTracebackObject pythonObject;

    public PTraceback(String filename, String functionName, int lineno, PTraceback next) {
        this.filename = filename;
        this.functionName = functionName;
        this.lineno = lineno;
        this.next = next;
    }

    /** What a {@code frame} object of this entry shows: the code, the activation and the frame's variables. */
    public void setFrame(RootNode code, Object activation, MaterializedFrame frame) {
        this.code = code;
        this.activation = activation;
        this.frame = frame;
    }

    public RootNode code() {
        return code;
    }

    public Object activation() {
        return activation;
    }

    public MaterializedFrame frame() {
        return frame;
    }

    /** The values of {@code slots} that left {@link #frame} for the exception (which counts them). */
    public void setMovedSlots(int[] slots, Object[] values) {
        this.movedSlots = slots;
        this.movedValues = values;
    }

    public int[] movedSlots() {
        return movedSlots;
    }

    public Object[] movedValues() {
        return movedValues;
    }

    public PTracebackObject pythonObject() {
        return pythonObject;
    }

    public void setPythonObject(PTracebackObject pythonObject) {
        this.pythonObject = pythonObject;
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

    /** {@code tb.tb_next = …}: cuts or relinks the chain (shared with every exception that holds it, as in CPython). */
    public void setNext(PTraceback next) {
        this.next = next;
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
