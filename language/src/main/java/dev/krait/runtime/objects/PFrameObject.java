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
    private final int lineno;
    /** What keeps {@link #movedValues} alive: the exception holding them (counted), or null. */
    private final PBaseException owner;
    private PFrameObject back;
    private boolean backKnown;

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
    }
}
