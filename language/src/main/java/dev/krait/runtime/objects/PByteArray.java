package dev.krait.runtime.objects;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;

/**
 * Python's bytearray: a mutable sequence of bytes in a growable array (the first {@code length} bytes are the
 * content). While a memoryview exports it, it may change its bytes but not its size, as in CPython. To other
 * languages, a read-only array of ints 0..255.
 */
@ExportLibrary(InteropLibrary.class)
public final class PByteArray extends PythonObject {
    private byte[] storage;
    private int length;
    /** The number of live memoryview buffers over this bytearray. */
    private int exports;
    /**
     * What CPython would have allocated for this content ({@code ob_alloc}) and how far its logical start has moved
     * into that allocation ({@code ob_start - ob_bytes}): {@code sys.getsizeof} reports them, so they follow
     * CPython's resizing policy rather than this object's own array.
     */
    private int cpythonAlloc;
    private int cpythonOffset;

    public PByteArray(PythonClass cls, Shape shape, byte[] bytes) {
        super(cls, shape);
        this.storage = bytes;
        this.length = bytes.length;
        this.cpythonAlloc = bytes.length == 0 ? 0 : bytes.length + 1;
    }

    /** CPython's {@code bytearray.__sizeof__()}. */
    public long cpythonSizeOf() {
        return 56 + cpythonAlloc;
    }

    /** Follows {@code PyByteArray_Resize}: over-allocates a little when growing, gives memory back on a big shrink. */
    private void noteResize(int size) {
        if (size == length) {
            return;
        }
        if (size + cpythonOffset + 1 <= cpythonAlloc) {
            if (size < cpythonAlloc / 2) {
                cpythonAlloc = size + 1;
                cpythonOffset = 0;
            }
            return;
        }
        cpythonAlloc = size <= cpythonAlloc * 1.125 ? size + (size >> 3) + (size < 9 ? 3 : 6) : size + 1;
        cpythonOffset = 0;
    }

    /** The backing array: only the first {@link #length()} bytes belong to the content. */
    public byte[] storage() {
        return storage;
    }

    public int length() {
        return length;
    }

    public int get(int index) {
        return storage[index] & 0xff;
    }

    public void set(int index, int value) {
        storage[index] = (byte) value;
    }

    /** A copy of the content. */
    public byte[] toBytes() {
        return Arrays.copyOf(storage, length);
    }

    public int exports() {
        return exports;
    }

    public void addExport() {
        exports++;
    }

    public void removeExport() {
        exports--;
    }

    /** CPython's check before any change of size. */
    public void checkResizable() {
        if (exports > 0) {
            throw Errors.raise(ErrorType.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    /** Replaces the content of a new bytearray by appending byte after byte, as CPython fills one from an iterator. */
    @TruffleBoundary
    public void setContentByAppends(byte[] bytes) {
        for (int i = 1; i <= bytes.length; i++) {
            noteResize(i);
            length = i;
        }
        storage = bytes;
        length = bytes.length;
    }

    /** Replaces the content (a change of size unless the lengths agree). */
    @TruffleBoundary
    public void setContent(byte[] bytes) {
        if (bytes.length != length) {
            checkResizable();
        }
        noteResize(bytes.length);
        storage = bytes;
        length = bytes.length;
    }

    @TruffleBoundary
    public void append(int value) {
        checkResizable();
        ensureCapacity(length + 1);
        noteResize(length + 1);
        storage[length++] = (byte) value;
    }

    /**
     * Replaces bytes {@code [start, stop)} with {@code replacement}.
     *
     * @param asSlice whether CPython does this as a slice assignment (which drops bytes at the front by moving the
     *            start of its buffer) rather than by moving the bytes (as pop and remove do)
     */
    @TruffleBoundary
    public void replace(int start, int stop, byte[] replacement, boolean asSlice) {
        int removed = stop - start;
        if (removed != replacement.length) {
            checkResizable();
        }
        int newLength = length - removed + replacement.length;
        if (asSlice && start == 0 && newLength < length) {
            cpythonOffset += length - newLength;
        }
        noteResize(newLength);
        ensureCapacity(newLength);
        System.arraycopy(storage, stop, storage, start + replacement.length, length - stop);
        System.arraycopy(replacement, 0, storage, start, replacement.length);
        length = newLength;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > storage.length) {
            storage = Arrays.copyOf(storage, Math.max(capacity, storage.length + (storage.length >> 1) + 8));
        }
    }

    // ---- interop: an array ----

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return (long) get((int) index);
    }
}
