package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** A closure cell as Python sees it through {@code function.__closure__}: a view of the frame's {@link PCell}. */
public final class PCellObject extends PythonObject {
    private final PCell cell;

    public PCellObject(PythonClass cls, Shape shape, PCell cell) {
        super(cls, shape);
        this.cell = cell;
        // the cell object is one more holder of the cell: its value lives while the cell object does
        dev.krait.runtime.memory.RefCounts.storeInto(this, cell);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(cell);
    }

    public PCell cell() {
        return cell;
    }
}
