package dev.krait.runtime.objects;

import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * A Python {@code frame} object: one activation of a function or module body, as {@code sys._getframe()} or a
 * traceback's {@code tb_frame} shows it. Its variables are read from the Truffle frame when {@code f_locals} is
 * asked for (plus, for a frame an exception left, the values the exception took over from it).
 */
public final class PFrameObject extends PythonObject {
    private final RootNode code;
    /** The activation's arguments array (slot 0: the function run, or the module). */
    private final Object activation;
    private final MaterializedFrame frame;
    private final int[] movedSlots;
    private final Object[] movedValues;
    /** The line: where the activation was when this was made, then (while traced) where it is now. */
    private int lineno;
    /** What keeps {@link #movedValues} alive: the exception holding them (counted), or null. */
    private final PBaseException owner;
    private PFrameObject back;
    private boolean backKnown;
    /** {@code f_trace} (counted), or null. */
    private Object traceFunction;
    private boolean traceLines = true;
    private boolean traceOpcodes;
    /** Whether the running activation counts a reference to this object (while it is traced; see Tracing). */
    private boolean heldByActivation;
    /** How many trace or profile calls about this activation are running (its line is then the event's). */
    private int reporting;
    /** The line of the last 'line' event reported for the activation, -1 before the first. */
    private int reportedLine = -1;
    /** Set by {@code clear()}: the variables are no longer shown. */
    private boolean cleared;

    public PFrameObject(PythonClass cls, Shape shape, RootNode code, Object activation, MaterializedFrame frame,
                    int[] movedSlots, Object[] movedValues, int lineno, PBaseException owner) {
        super(cls, shape);
        this.code = code;
        this.activation = activation;
        this.frame = frame;
        this.movedSlots = movedSlots;
        this.movedValues = movedValues;
        this.lineno = lineno;
        this.owner = owner;
        RefCounts.storeInto(this, owner);
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

    public int[] movedSlots() {
        return movedSlots;
    }

    public Object[] movedValues() {
        return movedValues;
    }

    public int lineno() {
        return lineno;
    }

    public void setLineno(int lineno) {
        this.lineno = lineno;
    }

    public boolean isReporting() {
        return reporting > 0;
    }

    /** The event being delivered to a trace function ("line", "call", …) while {@link #isReporting()}. */
    private String reportingEvent;
    /** The line a trace function set f_lineno to during the event, or -1 (see FrameSetLineno). */
    private int pendingJump = -1;

    public String reportingEvent() {
        return reportingEvent;
    }

    public void setReportingEvent(String event) {
        reportingEvent = event;
    }

    public int takePendingJump() {
        int line = pendingJump;
        pendingJump = -1;
        return line;
    }

    public void setPendingJump(int line) {
        pendingJump = line;
    }

    public void beginReport() {
        reporting++;
    }

    public void endReport() {
        reporting--;
    }

    public int reportedLine() {
        return reportedLine;
    }

    public void setReportedLine(int line) {
        reportedLine = line;
    }

    public Object traceFunction() {
        return traceFunction;
    }

    /** {@code f_trace = function} (null or None: none). */
    public void setTraceFunction(Object function) {
        Object old = traceFunction;
        traceFunction = function == PNone.NONE ? null : function;
        RefCounts.storeInto(this, traceFunction);
        RefCounts.decRef(old);
    }

    public boolean traceLines() {
        return traceLines;
    }

    public void setTraceLines(boolean traceLines) {
        this.traceLines = traceLines;
    }

    public boolean traceOpcodes() {
        return traceOpcodes;
    }

    public void setTraceOpcodes(boolean traceOpcodes) {
        this.traceOpcodes = traceOpcodes;
    }

    public boolean isHeldByActivation() {
        return heldByActivation;
    }

    public void setHeldByActivation(boolean held) {
        heldByActivation = held;
    }

    public boolean isCleared() {
        return cleared;
    }

    /** {@code frame.clear()} on a frame that no longer runs: forgets its trace function and its variables. */
    public void clear() {
        cleared = true;
        setTraceFunction(null);
    }

    public boolean isBackKnown() {
        return backKnown;
    }

    public PFrameObject back() {
        return back;
    }

    public void setBack(PFrameObject back) {
        PFrameObject old = this.back;
        this.back = back;
        this.backKnown = true;
        RefCounts.storeInto(this, back);
        RefCounts.decRef(old);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        if (owner != null) {
            visitor.visit(owner);
        }
        if (back != null) {
            visitor.visit(back);
        }
        if (traceFunction != null) {
            visitor.visit(traceFunction);
        }
    }
}
