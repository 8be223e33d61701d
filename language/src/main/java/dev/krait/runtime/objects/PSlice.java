package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** {@code slice(start, stop, step)}; absent bounds are None. */
public final class PSlice extends PythonObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(PythonClass cls, Shape shape, Object start, Object stop, Object step) {
        super(cls, shape);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }
}
