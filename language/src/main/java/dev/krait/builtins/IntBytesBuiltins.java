package dev.krait.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.bytes.Codecs;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code int.to_bytes} and {@code int.from_bytes}: the int methods that need bytes. */
final class IntBytesBuiltins {
    private IntBytesBuiltins() {
    }

    private static boolean littleEndian(String function, Object byteorder) {
        String order = Codecs.argument(function, "byteorder", byteorder, "big");
        if (order.equals("little")) {
            return true;
        } else if (order.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    @Builtin(name = "to_bytes", params = {"self", "length=", "byteorder=", "*", "signed="})
    @GenerateNodeFactory
    abstract static class ToBytesNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object toBytes(Object[] args) {
            BigInteger value = IntOps.big(IntBuiltins.self(args[0], "to_bytes"));
            long length = args[1] == PNone.NO_VALUE ? 1 : PyNumber.asSize(args[1]);
            boolean little = littleEndian("to_bytes", args[2]);
            boolean signed = args[3] != PNone.NO_VALUE && PyObjectIsTrue.isTrue(args[3]);
            if (length < 0) {
                throw Errors.valueError("length argument must be non-negative");
            }
            if (!signed && value.signum() < 0) {
                throw Errors.overflowError("can't convert negative int to unsigned");
            }
            int bits = signed ? value.bitLength() + 1 : value.bitLength();
            if (bits > length * 8) {
                throw Errors.overflowError("int too big to convert");
            }
            byte[] result = new byte[(int) length];
            byte[] twos = value.toByteArray();
            byte fill = (byte) (value.signum() < 0 ? 0xff : 0);
            for (int i = 0; i < length; i++) {
                int from = twos.length - 1 - i;
                byte b = from >= 0 ? twos[from] : fill;
                result[little ? i : (int) length - 1 - i] = b;
            }
            return ByteSequences.newBytes(result);
        }
    }

    @Builtin(name = "from_bytes", params = {"cls", "bytes", "byteorder=", "*", "signed="}, classMethod = true)
    @GenerateNodeFactory
    abstract static class FromBytesNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object fromBytes(Object[] args) {
            // the byte order is checked before the bytes are read, as CPython does
            boolean little = littleEndian("from_bytes", args[2]);
            byte[] data = bytesOf(args[1]);
            boolean signed = args[3] != PNone.NO_VALUE && PyObjectIsTrue.isTrue(args[3]);
            byte[] bigEndian = new byte[data.length + 1];
            for (int i = 0; i < data.length; i++) {
                bigEndian[i + 1] = data[little ? data.length - 1 - i : i];
            }
            if (signed && data.length > 0) {
                bigEndian[0] = (byte) (bigEndian[1] < 0 ? 0xff : 0);
            }
            Object value = PInt.normalize(new BigInteger(bigEndian));
            KraitContext context = KraitContext.get(null);
            // int.from_bytes on a subclass (bool too) returns cls(value), as CPython does
            return args[0] == context.classes().intClass ? value : PyObjectCall.call(args[0], value);
        }

        /** CPython's {@code PyObject_Bytes}: {@code __bytes__}, a bytes-like object, or an iterable of ints (not a str). */
        private static byte[] bytesOf(Object value) {
            if (ByteSequences.isBytesLike(value)) {
                return ByteSequences.dataOrNull(value);
            }
            Object converted = PyObjectCall.callSpecial(value, "__bytes__");
            if (converted != null) {
                if (!(converted instanceof PBytes bytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + PyObjectType.typeName(converted) + ")");
                }
                return bytes.bytes();
            }
            if (value instanceof String) {
                throw Errors.typeError("cannot convert 'str' object to bytes");
            }
            return ByteSequences.fromIterable("bytes", value);
        }
}
}
