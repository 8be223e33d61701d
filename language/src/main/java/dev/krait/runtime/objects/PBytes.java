package dev.krait.runtime.objects;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

/**
 * Python's bytes: an immutable sequence of bytes. It holds no Python objects, so it has nothing to count. To other
 * languages, a read-only array of ints 0..255.
 */
@ExportLibrary(InteropLibrary.class)
public final class PBytes extends PythonObject {
    private final byte[] bytes;

    /** @param bytes owned by the new object from now on: nobody may change the array afterwards */
    public PBytes(PythonClass cls, Shape shape, byte[] bytes) {
        super(cls, shape);
        this.bytes = bytes;
    }

    /** The bytes themselves (not a copy): read, never write. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    /** The byte at {@code index} as an int 0..255. */
    public int get(int index) {
        return bytes[index] & 0xff;
    }

    // ---- interop: a read-only array ----

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return bytes.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < bytes.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return (long) get((int) index);
    }
}
