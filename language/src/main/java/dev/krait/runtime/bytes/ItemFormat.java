package dev.krait.runtime.bytes;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The native single-character struct formats a memoryview can be cast to (x86-64 Linux sizes, little-endian):
 * how one item is read from and written to the bytes.
 */
public enum ItemFormat {
    UNSIGNED_CHAR('B', 1, false),
    SIGNED_CHAR('b', 1, true),
    CHAR('c', 1, false),
    BOOL('?', 1, false),
    UNSIGNED_SHORT('H', 2, false),
    SHORT('h', 2, true),
    UNSIGNED_INT('I', 4, false),
    INT('i', 4, true),
    UNSIGNED_LONG('L', 8, false),
    LONG('l', 8, true),
    UNSIGNED_LONG_LONG('Q', 8, false),
    LONG_LONG('q', 8, true),
    SIZE_T('N', 8, false),
    SSIZE_T('n', 8, true),
    POINTER('P', 8, false),
    HALF('e', 2, true),
    FLOAT('f', 4, true),
    DOUBLE('d', 8, true);

    public final char code;
    public final int size;
    private final boolean signed;

    ItemFormat(char code, int size, boolean signed) {
        this.code = code;
        this.size = size;
        this.signed = signed;
    }

    /** The format named by a cast's argument ({@code "H"} or {@code "@H"}), or null. */
    public static ItemFormat of(String name) {
        String code = name.startsWith("@") ? name.substring(1) : name;
        if (code.length() != 1) {
            return null;
        }
        for (ItemFormat format : values()) {
            if (format.code == code.charAt(0)) {
                return format;
            }
        }
        return null;
    }

    public String code() {
        return String.valueOf(code);
    }

    /** Formats whose items are single bytes ('B', 'b', 'c'): the ones memoryview can hash and cast between freely. */
    public boolean isByteFormat() {
        return this == UNSIGNED_CHAR || this == SIGNED_CHAR || this == CHAR;
    }

    private boolean isFloat() {
        return this == HALF || this == FLOAT || this == DOUBLE;
    }

    /** The item stored little-endian in {@code raw}. */
    @TruffleBoundary
    public Object unpack(byte[] raw) {
        long bits = 0;
        for (int i = size - 1; i >= 0; i--) {
            bits = bits << 8 | (raw[i] & 0xff);
        }
        switch (this) {
            case CHAR:
                return ByteSequences.newBytes(new byte[]{raw[0]});
            case BOOL:
                return bits != 0;
            case HALF:
                return (double) Float.float16ToFloat((short) bits);
            case FLOAT:
                return (double) Float.intBitsToFloat((int) bits);
            case DOUBLE:
                return Double.longBitsToDouble(bits);
            default:
                break;
        }
        if (signed) {
            int shift = 64 - 8 * size;
            return bits << shift >> shift;
        }
        if (size == 8 && bits < 0) {
            return PInt.normalize(new BigInteger(Long.toUnsignedString(bits)));
        }
        return bits;
    }

    /** The bytes of {@code value} as an item, with CPython's errors for a value of the wrong type or range. */
    @TruffleBoundary
    public byte[] pack(Object value) {
        long bits;
        if (this == CHAR) {
            if (!(value instanceof PBytes || value instanceof PByteArray)) {
                throw invalidType();
            }
            byte[] data = ByteSequences.dataOrNull(value);
            if (data.length != 1) {
                throw invalidValue();
            }
            return data.clone();
        } else if (this == BOOL) {
            bits = PyObjectIsTrue.isTrue(value) ? 1 : 0;
        } else if (isFloat()) {
            if (!(value instanceof Double || BuiltinArithmetic.isInt(value))) {
                throw invalidType();
            }
            double d = PyNumber.asDouble(value);
            bits = switch (this) {
                case HALF -> Float.floatToFloat16((float) d);
                case FLOAT -> Float.floatToIntBits((float) d);
                default -> Double.doubleToLongBits(d);
            };
        } else {
            if (value instanceof String || value instanceof Double ||
                            !BuiltinArithmetic.isInt(value) && PyObjectType.classOf(value).lookup("__index__") == null) {
                throw invalidType();
            }
            BigInteger n = PInt.toBigInteger(PyNumber.index(value));
            BigInteger min = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).negate() : BigInteger.ZERO;
            BigInteger max = signed ? BigInteger.ONE.shiftLeft(8 * size - 1) : BigInteger.ONE.shiftLeft(8 * size);
            if (n.compareTo(min) < 0 || n.compareTo(max) >= 0) {
                throw invalidValue();
            }
            bits = n.longValue();
        }
        byte[] raw = new byte[size];
        for (int i = 0; i < size; i++) {
            raw[i] = (byte) (bits >>> (8 * i));
        }
        return raw;
    }

    private RuntimeException invalidType() {
        return Errors.typeError("memoryview: invalid type for format '" + code + "'");
    }

    private RuntimeException invalidValue() {
        return Errors.valueError("memoryview: invalid value for format '" + code + "'");
    }
}
