package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PCell;

/** A cell or free variable as an assignment target. */
public final class CellTargetNode extends TargetNode {
    private final int slot;
    private final String name;

    public CellTargetNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        ((PCell) frame.getObject(slot)).set(value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        PCell cell = (PCell) frame.getObject(slot);
        if (cell.get() == null) {
            throw Errors.nameError("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        }
        cell.set(null);
    }
}
