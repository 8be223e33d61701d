package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * Python's memoryview over a bytes or bytearray object (format 'B', one dimension): the items {@code start},
 * {@code start + step}, … of the exporter, {@code length} of them. Views sliced from a view share its
 * {@link Export}; the exporter (a bytearray) stays locked against resizing until the last of them is released.
 */
public final class PMemoryView extends PythonObject {
    /** One buffer export of an object, shared by a memoryview and the views sliced from it. */
    public static final class Export {
        private final Object exporter;
        private int views;

        public Export(Object exporter) {
            this.exporter = exporter;
            if (exporter instanceof PByteArray array) {
                array.addExport();
            }
        }

        void addView() {
            views++;
        }

        void removeView() {
            if (--views == 0 && exporter instanceof PByteArray array) {
                array.removeExport();
            }
        }
    }

    private final Object exporter;
    private final Export export;
    private final int start;
    private final int step;
    private final int length;
    private final boolean readOnly;
    private boolean released;

    public PMemoryView(PythonClass cls, Shape shape, Export export, int start, int step, int length) {
        this(cls, shape, export, start, step, length, !(export.exporter instanceof PByteArray));
    }

    /** @param readOnly whether writes are refused (always for bytes; {@code toreadonly()} makes such views of a bytearray) */
    public PMemoryView(PythonClass cls, Shape shape, Export export, int start, int step, int length, boolean readOnly) {
        super(cls, shape);
        this.readOnly = readOnly;
        this.exporter = export.exporter;
        this.export = export;
        this.start = start;
        this.step = step;
        this.length = length;
        export.addView();
        RefCounts.storeInto(this, exporter);
    }

    public Object exporter() {
        return exporter;
    }

    public Export export() {
        return export;
    }

    public int start() {
        return start;
    }

    public int step() {
        return step;
    }

    public boolean isReleased() {
        return released;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The number of items; raises for a released view, as every operation on one does. */
    public int length() {
        checkReleased();
        return length;
    }

    public void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    /** Item {@code index} (0 ≤ index < length) as an int 0..255. */
    public int get(int index) {
        int at = start + index * step;
        return exporter instanceof PBytes bytes ? bytes.get(at) : ((PByteArray) exporter).get(at);
    }

    public void set(int index, int value) {
        ((PByteArray) exporter).set(start + index * step, value);
    }

    /** A copy of the viewed items. */
    public byte[] toBytes() {
        checkReleased();
        byte[] result = new byte[length];
        for (int i = 0; i < length; i++) {
            result[i] = (byte) get(i);
        }
        return result;
    }

    /** {@code release()}: later operations raise; the exporter is unlocked once no view of the export is left. */
    public void release() {
        if (!released) {
            released = true;
            export.removeView();
        }
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(exporter);
    }

    /** CPython releases a view's buffer when the view goes away. */
    @Override
    public void releaseReferences(ReferenceVisitor drop) {
        release();
        super.releaseReferences(drop);
    }
}
