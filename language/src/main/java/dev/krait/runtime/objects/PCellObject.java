package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** A closure cell as Python sees it through {@code function.__closure__}: a view of the frame's {@link PCell}. */
public final class PCellObject extends PythonObject {
    private final PCell cell;

    public PCellObject(PythonClass cls, Shape shape, PCell cell) {
        super(cls, shape);
        this.cell = cell;
    }

    public PCell cell() {
        return cell;
    }
}
