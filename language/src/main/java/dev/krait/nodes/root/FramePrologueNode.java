package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.StatementNode;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PFunction;

/**
 * Sets up the cells of a frame: a fresh cell for each cell variable (holding the parameter's value when the
 * variable is a parameter) and the closure's cells for the free variables.
 */
public final class FramePrologueNode extends StatementNode {
    private final int[] cellSlots;
    /** For each cell slot, the argument index of the parameter it holds, or -1. */
    private final int[] cellParameterIndexes;
    private final int[] freeSlots;

    public FramePrologueNode(int[] cellSlots, int[] cellParameterIndexes, int[] freeSlots) {
        this.cellSlots = cellSlots;
        this.cellParameterIndexes = cellParameterIndexes;
        this.freeSlots = freeSlots;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        for (int i = 0; i < cellSlots.length; i++) {
            int parameter = cellParameterIndexes[i];
            frame.getFrameDescriptor().setSlotKind(cellSlots[i], FrameSlotKind.Object);
            PCell cell = new PCell(parameter >= 0 ? arguments[parameter] : null);
            cell.incRef();
            frame.setObject(cellSlots[i], cell);
        }
        if (freeSlots.length > 0) {
            PCell[] closure = ((PFunction) arguments[0]).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.getFrameDescriptor().setSlotKind(freeSlots[i], FrameSlotKind.Object);
                closure[i].incRef();
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }
}
