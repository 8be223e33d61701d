package dev.krait.runtime.objects;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;

/**
 * Python's bytearray: a mutable sequence of bytes in a growable array (the first {@code length} bytes are the
 * content). While a memoryview exports it, it may change its bytes but not its size, as in CPython.
 */
public final class PByteArray extends PythonObject {
    private byte[] storage;
    private int length;
    /** The number of live memoryview buffers over this bytearray. */
    private int exports;

    public PByteArray(PythonClass cls, Shape shape, byte[] bytes) {
        super(cls, shape);
        this.storage = bytes;
        this.length = bytes.length;
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

    /** Replaces the content (a change of size unless the lengths agree). */
    @TruffleBoundary
    public void setContent(byte[] bytes) {
        if (bytes.length != length) {
            checkResizable();
        }
        storage = bytes;
        length = bytes.length;
    }

    @TruffleBoundary
    public void append(int value) {
        checkResizable();
        ensureCapacity(length + 1);
        storage[length++] = (byte) value;
    }

    /** Replaces bytes {@code [start, stop)} with {@code replacement}. */
    @TruffleBoundary
    public void replace(int start, int stop, byte[] replacement) {
        int removed = stop - start;
        if (removed != replacement.length) {
            checkResizable();
        }
        int newLength = length - removed + replacement.length;
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
}
