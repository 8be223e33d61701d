package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** {@code range(start, stop, step)} with bounds that fit in a long. */
public final class PRange extends PythonObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PRange(PythonClass cls, Shape shape, long start, long stop, long step) {
        super(cls, shape);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start, stop, step);
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        return length;
    }

    /** The number of items of {@code range(start, stop, step)} (step not 0). */
    public static long lengthOf(long start, long stop, long step) {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long index) {
        return start + index * step;
    }
}
