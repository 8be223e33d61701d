package dev.krait.runtime.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.bytes.ItemFormat;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.PyNumber;

/**
 * The array module's array: items of one C type stored as the machine stores them (x86-64 Linux sizes,
 * little-endian) in a growable byte array, so the buffer protocol (bytes(a), memoryview(a), struct) reads them as
 * they are. The items are plain numbers or characters, so there is nothing to count. While a memoryview exports
 * it, its size may not change, as in CPython.
 */
public final class PArray extends PythonObject {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    /** The type codes, in CPython's {@code array.typecodes} order, with their item sizes. */
    public enum TypeCode {
        SIGNED_CHAR('b', 1, ItemFormat.SIGNED_CHAR),
        UNSIGNED_CHAR('B', 1, ItemFormat.UNSIGNED_CHAR),
        WCHAR('u', 4, null),
        SHORT('h', 2, ItemFormat.SHORT),
        UNSIGNED_SHORT('H', 2, ItemFormat.UNSIGNED_SHORT),
        INT('i', 4, ItemFormat.INT),
        UNSIGNED_INT('I', 4, ItemFormat.UNSIGNED_INT),
        LONG('l', 8, ItemFormat.LONG),
        UNSIGNED_LONG('L', 8, ItemFormat.UNSIGNED_LONG),
        LONG_LONG('q', 8, ItemFormat.LONG_LONG),
        UNSIGNED_LONG_LONG('Q', 8, ItemFormat.UNSIGNED_LONG_LONG),
        FLOAT('f', 4, ItemFormat.FLOAT),
        DOUBLE('d', 8, ItemFormat.DOUBLE);

        public final char code;
        public final int size;
        /** The memoryview format of the items (null for 'u', whose 'w' format Krait's memoryview lacks). */
        public final ItemFormat format;

        TypeCode(char code, int size, ItemFormat format) {
            this.code = code;
            this.size = size;
            this.format = format;
        }

        public static TypeCode of(char code) {
            for (TypeCode t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            return null;
        }

        public boolean isFloat() {
            return this == FLOAT || this == DOUBLE;
        }

        public boolean isInteger() {
            return this != WCHAR && !isFloat();
        }
    }

    private final TypeCode type;
    private byte[] storage;
    /** The number of items. */
    private int length;
    private int exports;
    /**
     * The number of items CPython would have allocated room for ({@code allocated}): {@code sys.getsizeof} reports
     * it, so it follows CPython's resizing policy rather than this object's own array.
     */
    private int cpythonAlloc;

    public PArray(PythonClass cls, Shape shape, TypeCode type) {
        super(cls, shape);
        this.type = type;
        this.storage = new byte[0];
    }

    public TypeCode type() {
        return type;
    }

    public int length() {
        return length;
    }

    public int itemSize() {
        return type.size;
    }

    /** The backing array: only the first {@code length * itemSize} bytes belong to the content. */
    public byte[] storage() {
        return storage;
    }

    public int byteLength() {
        return length * type.size;
    }

    /** A copy of the items' bytes. */
    public byte[] toBytes() {
        return Arrays.copyOf(storage, byteLength());
    }

    /** CPython's {@code array.__sizeof__()}. */
    public long cpythonSizeOf() {
        return 64L + (long) cpythonAlloc * type.size;
    }

    /** Records that CPython would have made this array with room for exactly its items (a copy, a slice, a list). */
    public void allocatedExactly() {
        cpythonAlloc = length;
    }

    /** Follows CPython's {@code array_resize}: over-allocates when growing, keeps the room on a small shrink. */
    private void noteResize(int size) {
        if (cpythonAlloc >= size && length < size + 16) {
            return;
        }
        cpythonAlloc = size == 0 ? 0 : (size >> 4) + (length < 8 ? 3 : 7) + size;
    }

    public void addExport() {
        exports++;
    }

    public void removeExport() {
        exports--;
    }

    public boolean isExported() {
        return exports > 0;
    }

    /** CPython's check before any change of size. */
    public void checkResizable() {
        if (exports > 0) {
            throw Errors.raise(ErrorType.BufferError, "cannot resize an array that is exporting buffers");
        }
    }

    /** Item {@code index} as a Python value: an int, a float, or a one-character str for 'u'. */
    @TruffleBoundary
    public Object get(int index) {
        int at = index * type.size;
        return switch (type) {
            case SIGNED_CHAR -> (long) storage[at];
            case UNSIGNED_CHAR -> (long) (storage[at] & 0xff);
            case SHORT -> (long) (short) SHORT.get(storage, at);
            case UNSIGNED_SHORT -> (long) ((short) SHORT.get(storage, at) & 0xffff);
            case INT -> (long) (int) INT.get(storage, at);
            case UNSIGNED_INT -> (long) (int) INT.get(storage, at) & 0xffffffffL;
            case LONG, LONG_LONG -> (long) LONG.get(storage, at);
            case UNSIGNED_LONG, UNSIGNED_LONG_LONG -> {
                long bits = (long) LONG.get(storage, at);
                yield bits >= 0 ? (Object) bits : PInt.normalize(BigInteger.valueOf(bits).add(TWO_TO_64));
            }
            case FLOAT -> (double) (float) FLOAT.get(storage, at);
            case DOUBLE -> (double) DOUBLE.get(storage, at);
            case WCHAR -> {
                int cp = (int) INT.get(storage, at);
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw Errors.valueError(String.format("character U+%x is not in range [U+0000; U+10ffff]", cp));
                }
                yield Character.toString(cp);
            }
        };
    }

    /** The code point of item {@code index} of a 'u' array, unchecked. */
    public int codePointAt(int index) {
        return (int) INT.get(storage, index * type.size);
    }

    /** Stores {@code value} as item {@code index}, converted and range-checked with CPython's errors. */
    @TruffleBoundary
    public void set(int index, Object value) {
        writeItem(storage, index * type.size, type, value);
    }

    /** The bytes one value takes as an item of this type (raising as a store would for a bad value). */
    @TruffleBoundary
    public byte[] encode(Object value) {
        byte[] raw = new byte[type.size];
        writeItem(raw, 0, type, value);
        return raw;
    }

    private static void writeItem(byte[] target, int at, TypeCode type, Object value) {
        switch (type) {
            case SIGNED_CHAR -> {
                long v = checkRange(asLong(value), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                target[at] = (byte) checkRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
            }
            case UNSIGNED_CHAR -> target[at] = (byte) checkRange(asLong(value), 0, 255, "unsigned byte integer");
            case SHORT -> SHORT.set(target, at, (short) checkRange(asLong(value), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"));
            case UNSIGNED_SHORT -> {
                long v = checkRange(asLong(value), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                SHORT.set(target, at, (short) checkRange(v, 0, 0xffff, "unsigned short"));
            }
            case INT -> INT.set(target, at, (int) checkRange(asLong(value), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"));
            case UNSIGNED_INT -> {
                BigInteger v = asUnsigned(value, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long");
                if (v.bitLength() > 32) {
                    throw Errors.overflowError("unsigned int is greater than maximum");
                }
                INT.set(target, at, v.intValue());
            }
            case LONG -> LONG.set(target, at, asLong(value));
            case UNSIGNED_LONG -> LONG.set(target, at,
                            asUnsigned(value, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long").longValue());
            case LONG_LONG -> {
                Object index = PyNumber.index(value);
                if (index instanceof PInt) {
                    throw Errors.overflowError("int too big to convert");
                }
                LONG.set(target, at, (long) (Long) index);
            }
            case UNSIGNED_LONG_LONG -> LONG.set(target, at, asUnsigned(value, "can't convert negative int to unsigned", "int too big to convert").longValue());
            case FLOAT -> FLOAT.set(target, at, (float) PyNumber.asDouble(value));
            case DOUBLE -> DOUBLE.set(target, at, PyNumber.asDouble(value));
            case WCHAR -> {
                if (!(value instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                    throw Errors.typeError("array item must be unicode character");
                }
                INT.set(target, at, s.codePointAt(0));
            }
        }
    }

    /** An int item as a C long: CPython's OverflowError past 64 bits. */
    private static long asLong(Object value) {
        Object index = PyNumber.index(value);
        if (index instanceof PInt) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        return (Long) index;
    }

    private static long checkRange(long value, long min, long max, String cType) {
        if (value < min) {
            throw Errors.overflowError(cType + " is less than minimum");
        } else if (value > max) {
            throw Errors.overflowError(cType + " is greater than maximum");
        }
        return value;
    }

    private static BigInteger asUnsigned(Object value, String negative, String tooLarge) {
        Object index = PyNumber.index(value);
        BigInteger v = index instanceof PInt big ? big.value() : BigInteger.valueOf((Long) index);
        if (v.signum() < 0) {
            throw Errors.overflowError(negative);
        }
        if (v.bitLength() > 64) {
            throw Errors.overflowError(tooLarge);
        }
        return v;
    }

    /** Replaces items {@code [start, stop)} with the bytes of {@code count} items. */
    @TruffleBoundary
    public void replace(int start, int stop, byte[] items, int count) {
        int removed = stop - start;
        if (removed != count) {
            checkResizable();
        }
        int size = type.size;
        int newLength = length - removed + count;
        ensureCapacity(newLength);
        noteResize(newLength);
        System.arraycopy(storage, stop * size, storage, (start + count) * size, (length - stop) * size);
        System.arraycopy(items, 0, storage, start * size, count * size);
        length = newLength;
    }

    /** Appends the bytes of {@code count} items. */
    public void appendRaw(byte[] items, int count) {
        replace(length, length, items, count);
    }

    /** Drops every item from {@code newLength} on. */
    public void truncate(int newLength) {
        if (newLength != length) {
            checkResizable();
            noteResize(newLength);
            length = newLength;
        }
    }

    private void ensureCapacity(int items) {
        long bytes = (long) items * type.size;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError("");
        }
        if (bytes > storage.length) {
            storage = Arrays.copyOf(storage, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(bytes, storage.length + (storage.length >> 1) + 16L)));
        }
    }
}
