package dev.krait.builtins;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PArray;
import dev.krait.runtime.objects.PArray.TypeCode;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * How {@code array.array} is pickled: {@code __reduce_ex__} gives the type code and a list (protocols 0-2) or the
 * raw bytes with their machine format code for {@code array._array_reconstructor} (protocol 3 and up), which rebuilds
 * the array from bytes written on any machine, converting from another byte order or item size.
 */
public final class ArrayReconstructor {
    /** CPython's machine format codes: 0-13 integers (unsigned/signed, 8 to 64 bits, little/big endian), 14-17 floats, 18-21 UTF-16/32. */
    private static final int UNSIGNED_INT8 = 0;
    private static final int IEEE_754_FLOAT_LE = 14;
    private static final int IEEE_754_DOUBLE_LE = 16;
    private static final int UTF16_LE = 18;
    private static final int UTF32_LE = 20;
    private static final int UTF32_BE = 21;
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private ArrayReconstructor() {
    }

    static List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return ArrayReconstructorFactory.getFactories();
    }

    /** The machine format code of an array's items as Krait stores them (little-endian). */
    static int machineFormat(TypeCode type) {
        return switch (type) {
            case UNSIGNED_CHAR -> UNSIGNED_INT8;
            case SIGNED_CHAR -> 1;
            case UNSIGNED_SHORT -> 2;
            case SHORT -> 4;
            case UNSIGNED_INT -> 6;
            case INT -> 8;
            case UNSIGNED_LONG, UNSIGNED_LONG_LONG -> 10;
            case LONG, LONG_LONG -> 12;
            case FLOAT -> IEEE_754_FLOAT_LE;
            case DOUBLE -> IEEE_754_DOUBLE_LE;
            case WCHAR -> UTF32_LE;
        };
    }

    /** {@code array.__reduce_ex__(protocol)}. */
    @TruffleBoundary
    static Object reduce(PArray array, Object protocolValue) {
        KraitContext context = KraitContext.get(null);
        long protocol = PyNumber.asSize(protocolValue);
        PythonClass cls = PyObjectType.classOf(context, array);
        Object state = dev.krait.runtime.protocol.PyObjectGetAttr.getOrNull(array, "__dict__");
        if (state == null) {
            state = dev.krait.runtime.objects.PNone.NONE;
        }
        String code = String.valueOf(array.type().code);
        if (protocol < 3) {
            Object[] items = new Object[array.length()];
            for (int i = 0; i < items.length; i++) {
                items[i] = array.get(i);
            }
            return context.newTuple(new Object[]{cls, context.newTuple(new Object[]{code, context.newList(items)}), state});
        }
        PModule module = dev.krait.runtime.ModuleLoader.importModule(context, "array");
        Object reconstructor = ObjectAttributes.get(module, "_array_reconstructor");
        Object args = context.newTuple(new Object[]{cls, code, (long) machineFormat(array.type()), ByteSequences.newBytes(array.toBytes())});
        return context.newTuple(new Object[]{reconstructor, args, state});
    }

    @Builtin(name = "_array_reconstructor", params = {"arraytype", "typecode", "mformat_code", "items", "/"})
    @GenerateNodeFactory
    abstract static class ReconstructNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object reconstruct(Object[] args) {
            KraitContext context = KraitContext.get(null);
            if (!(args[0] instanceof PythonClass cls)) {
                throw Errors.typeError("first argument must be a type object, not " + PyObjectType.typeName(args[0]));
            }
            if (!cls.isSubclassOf(context.classes().arrayClass)) {
                throw Errors.typeError(dev.krait.runtime.protocol.PyObjectRepr.qualifiedName(cls) + " is not a subtype of array.array");
            }
            if (!(args[1] instanceof String code) || code.length() != 1) {
                throw Errors.typeError("_array_reconstructor() argument 2 must be a unicode character, not " + PyObjectType.typeName(args[1]));
            }
            TypeCode type = TypeCode.of(code.charAt(0));
            if (type == null) {
                throw Errors.valueError("second argument must be a valid type code");
            }
            if (!BuiltinArithmetic.isInt(args[2])) {
                throw Errors.typeError("'" + PyObjectType.typeName(args[2]) + "' object cannot be interpreted as an integer");
            }
            long format = PyNumber.asSize(args[2]);
            if (format < UNSIGNED_INT8 || format > UTF32_BE) {
                throw Errors.valueError("third argument must be a valid machine format code.");
            }
            if (!(args[3] instanceof PBytes)) {
                throw Errors.typeError("fourth argument should be bytes, not " + PyObjectType.typeName(args[3]));
            }
            byte[] data = ByteSequences.require(args[3]);
            if (format < IEEE_754_FLOAT_LE && !(type.isInteger() && type.size == integerSize((int) format) &&
                            Character.isLowerCase(type.code) == integerSigned((int) format))) {
                // integers of another size or sign come back in the first type of their size and sign
                type = integerType((int) format);
            }
            PArray array = new PArray(cls, context.getShape(), type);
            if (format == machineFormat(type)) {
                if (data.length % type.size != 0) {
                    throw Errors.valueError("bytes length not a multiple of item size");
                }
                array.appendRaw(data, data.length / type.size);
                return array;
            }
            for (Object value : decode((int) format, data)) {
                array.appendRaw(array.encode(value), 1);
            }
            return array;
        }
    }

    private static int integerSize(int format) {
        return format < 2 ? 1 : format < 6 ? 2 : format < 10 ? 4 : 8;
    }

    private static boolean integerSigned(int format) {
        return format < 2 ? format == 1 : ((format - 2) / 2) % 2 == 1;
    }

    /** The first type code (in array.typecodes order) whose items have an integer format's size and sign. */
    private static TypeCode integerType(int format) {
        for (TypeCode candidate : TypeCode.values()) {
            if (candidate.isInteger() && candidate.size == integerSize(format) &&
                            Character.isLowerCase(candidate.code) == integerSigned(format)) {
                return candidate;
            }
        }
        throw Errors.valueError("third argument must be a valid machine format code.");
    }

    /** The values stored in data in machine format {@code format}. */
    private static Object[] decode(int format, byte[] data) {
        if (format >= UTF16_LE) {
            boolean utf16 = format < UTF32_LE;
            java.nio.charset.Charset charset = switch (format) {
                case UTF16_LE -> java.nio.charset.StandardCharsets.UTF_16LE;
                case UTF16_LE + 1 -> java.nio.charset.StandardCharsets.UTF_16BE;
                case UTF32_LE -> java.nio.charset.Charset.forName("UTF-32LE");
                default -> java.nio.charset.Charset.forName("UTF-32BE");
            };
            int unit = utf16 ? 2 : 4;
            String text = new String(data, 0, data.length - data.length % unit, charset);
            return text.codePoints().mapToObj(Character::toString).toArray();
        }
        boolean bigEndian = format % 2 == 1 && format >= 2;
        ByteBuffer buffer = ByteBuffer.wrap(data).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        if (format >= IEEE_754_FLOAT_LE) {
            boolean isFloat = format < IEEE_754_DOUBLE_LE;
            int size = isFloat ? 4 : 8;
            Object[] values = new Object[data.length / size];
            for (int i = 0; i < values.length; i++) {
                values[i] = isFloat ? (double) buffer.getFloat(i * size) : buffer.getDouble(i * size);
            }
            return values;
        }
        int size = integerSize(format);
        boolean signed = integerSigned(format);
        Object[] values = new Object[data.length / size];
        for (int i = 0; i < values.length; i++) {
            int at = i * size;
            long raw = switch (size) {
                case 1 -> signed ? data[at] : data[at] & 0xff;
                case 2 -> signed ? buffer.getShort(at) : buffer.getShort(at) & 0xffff;
                case 4 -> signed ? buffer.getInt(at) : buffer.getInt(at) & 0xffffffffL;
                default -> buffer.getLong(at);
            };
            values[i] = size == 8 && !signed && raw < 0 ? PInt.normalize(BigInteger.valueOf(raw).add(TWO_TO_64)) : (Object) raw;
        }
        return values;
    }
}
