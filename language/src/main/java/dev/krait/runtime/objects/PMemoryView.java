package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.bytes.ItemFormat;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * Python's memoryview over a bytes, bytearray, array.array or mmap object, in one dimension: {@code length} items of one
 * {@link ItemFormat} ('B' unless cast), the first at byte {@code start} of the exporter, each {@code step} bytes
 * after the one before. Views sliced from a view share its
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
            } else if (exporter instanceof PArray array) {
                array.addExport();
            } else if (exporter instanceof PMmap map) {
                map.addExport();
            }
        }

        void addView() {
            views++;
        }

        void removeView() {
            if (--views == 0) {
                if (exporter instanceof PByteArray array) {
                    array.removeExport();
                } else if (exporter instanceof PArray array) {
                    array.removeExport();
                } else if (exporter instanceof PMmap map) {
                    map.removeExport();
                }
            }
        }
    }

    private final Object exporter;
    private final Export export;
    private final int start;
    private final int step;
    private final int length;
    private final boolean readOnly;
    private final ItemFormat format;
    private boolean released;

    public PMemoryView(PythonClass cls, Shape shape, Export export, int start, int step, int length) {
        this(cls, shape, export, start, step, length, !(export.exporter instanceof PByteArray), ItemFormat.UNSIGNED_CHAR);
    }

    /**
     * @param start the byte offset of the first item
     * @param step the distance in bytes from one item to the next
     * @param length the number of items
     * @param readOnly whether writes are refused (always for bytes; {@code toreadonly()} makes such views of a bytearray)
     */
    public PMemoryView(PythonClass cls, Shape shape, Export export, int start, int step, int length, boolean readOnly, ItemFormat format) {
        super(cls, shape);
        this.readOnly = readOnly;
        this.exporter = export.exporter;
        this.export = export;
        this.start = start;
        this.step = step;
        this.length = length;
        this.format = format;
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

    public ItemFormat format() {
        return format;
    }

    public boolean isReleased() {
        return released;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Whether the items lie next to each other (C-contiguous, in one dimension). */
    public boolean isContiguous() {
        return step == format.size || length <= 1;
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

    private byte byteAt(int offset) {
        if (exporter instanceof PMmap map) {
            return map.byteAt(offset);
        }
        return exporterStorage()[offset];
    }

    /** The exporter's bytes (a bytearray's or an array's backing array, of which the view sees a part). */
    private byte[] exporterStorage() {
        if (exporter instanceof PBytes bytes) {
            return bytes.bytes();
        } else if (exporter instanceof PArray array) {
            return array.storage();
        }
        return ((PByteArray) exporter).storage();
    }

    /** The bytes of item {@code index} (0 ≤ index < length). */
    public byte[] rawItem(int index) {
        byte[] raw = new byte[format.size];
        int at = start + index * step;
        for (int k = 0; k < raw.length; k++) {
            raw[k] = byteAt(at + k);
        }
        return raw;
    }

    /** Item {@code index} as a Python value of the view's format. */
    public Object get(int index) {
        return format == ItemFormat.UNSIGNED_CHAR ? (long) (byteAt(start + index * step) & 0xff) : format.unpack(rawItem(index));
    }

    /** Writes the bytes of one item. */
    public void setRaw(int index, byte[] raw) {
        if (exporter instanceof PMmap map) {
            map.write(start + index * step, raw);
            return;
        }
        byte[] storage = exporterStorage();
        System.arraycopy(raw, 0, storage, start + index * step, raw.length);
    }

    /** A copy of the viewed bytes, item after item. */
    public byte[] toBytes() {
        checkReleased();
        int size = format.size;
        byte[] result = new byte[length * size];
        for (int i = 0; i < length; i++) {
            int at = start + i * step;
            for (int k = 0; k < size; k++) {
                result[i * size + k] = byteAt(at + k);
            }
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
