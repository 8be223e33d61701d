package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The {@code _krait_struct} module: the IEEE 754 conversions the bundled {@code struct.py} needs for its 'e', 'f'
 * and 'd' formats (half, single and double precision, either byte order).
 */
public final class StructFloatsModule {
    private StructFloatsModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_struct");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, StructFloatsModuleFactory.getFactories(), null, "_krait_struct");
        return module;
    }

    /** An int argument from the bundled module (a bool counts), with a TypeError for anything else. */
    private static long integer(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw Errors.typeError("_krait_struct: expected an int, not " + PyObjectType.typeName(value));
    }

    /**
     * {@code pack_float(value, size, little, strict)}: the 2, 4 or 8 bytes of value. A value too large for the
     * format is an OverflowError, except for a native 'f' (strict false), which becomes an infinity as in C.
     */
    @Builtin(name = "pack_float", params = {"value", "size", "little", "strict", "/"})
    @GenerateNodeFactory
    public abstract static class PackFloatNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object pack(Object[] args) {
            if (!(args[0] instanceof Double)) {
                throw Errors.typeError("_krait_struct.pack_float() expects a float");
            }
            double value = (double) args[0];
            int size = sizeArgument(args[1]);
            boolean little = integer(args[2]) != 0;
            boolean strict = integer(args[3]) != 0;
            long bits;
            if (size == 8) {
                bits = Double.doubleToRawLongBits(value);
            } else if (size == 4) {
                float single = (float) value;
                if (strict && Float.isInfinite(single) && !Double.isInfinite(value)) {
                    throw Errors.overflowError("float too large to pack with f format");
                }
                bits = Float.floatToRawIntBits(single) & 0xFFFFFFFFL;
            } else {
                bits = toHalf(value);
            }
            byte[] out = new byte[size];
            for (int i = 0; i < size; i++) {
                out[little ? i : size - 1 - i] = (byte) (bits >>> (8 * i));
            }
            return ByteSequences.newBytes(out);
        }

        /** The binary16 bits of value, rounded to nearest with ties to even (one rounding, from the double). */
        private static long toHalf(double value) {
            long sign = (Double.doubleToRawLongBits(value) >>> 63) << 15;
            double magnitude = Math.abs(value);
            if (Double.isNaN(value)) {
                return sign | 0x7E00;
            } else if (Double.isInfinite(value)) {
                return sign | 0x7C00;
            } else if (magnitude == 0) {
                return sign;
            }
            int exponent = Math.getExponent(magnitude);
            if (exponent < -14) {
                // subnormal (or rounding up to the smallest normal, whose bits follow on): units of 2**-24
                return sign | (long) Math.rint(Math.scalb(magnitude, 24));
            }
            long mantissa = (long) Math.rint(Math.scalb(magnitude, 10 - exponent));
            if (mantissa == 2048) {
                mantissa = 1024;
                exponent++;
            }
            if (exponent > 15) {
                throw Errors.overflowError("float too large to pack with e format");
            }
            return sign | ((long) (exponent + 15) << 10) | (mantissa - 1024);
        }
    }

    private static int sizeArgument(Object value) {
        long size = integer(value);
        if (size != 2 && size != 4 && size != 8) {
            throw Errors.valueError("_krait_struct: the size of a float is 2, 4 or 8");
        }
        return (int) size;
    }

    /** {@code unpack_float(data, offset, size, little)}: the float in the 2, 4 or 8 bytes at offset. */
    @Builtin(name = "unpack_float", params = {"data", "offset", "size", "little", "/"})
    @GenerateNodeFactory
    public abstract static class UnpackFloatNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static double unpack(Object[] args) {
            byte[] data = ByteSequences.require(args[0]);
            long offset = integer(args[1]);
            int size = sizeArgument(args[2]);
            boolean little = integer(args[3]) != 0;
            if (offset < 0 || offset + size > data.length) {
                throw Errors.valueError("_krait_struct.unpack_float(): offset out of range");
            }
            long bits = 0;
            for (int i = 0; i < size; i++) {
                bits |= (data[(int) offset + (little ? i : size - 1 - i)] & 0xFFL) << (8 * i);
            }
            if (size == 8) {
                return Double.longBitsToDouble(bits);
            } else if (size == 4) {
                return Float.intBitsToFloat((int) bits);
            }
            return Float.float16ToFloat((short) bits);
        }
    }
}
