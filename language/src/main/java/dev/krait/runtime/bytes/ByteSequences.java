package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PArray;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PMemoryView;
import dev.krait.runtime.objects.PMmap;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.SliceIndices;

/**
 * The buffer protocol as far as Krait has it: bytes, bytearray, memoryview, array.array and mmap are the bytes-like objects. Reading
 * their content, making new ones, and the conversions of the {@code bytes()} and {@code bytearray()} constructors.
 */
public final class ByteSequences {
    private ByteSequences() {
    }

    /** The size of CPython's bytes object header plus its trailing NUL, which bounds a bytes object's length. */
    public static final long BYTES_HEADER_SIZE = 33;

    public static boolean isBytesLike(Object value) {
        return value instanceof PBytes || value instanceof PByteArray || value instanceof PMemoryView || value instanceof PArray || value instanceof PMmap;
    }

    /** The content of a bytes-like object (a bytes object's own array, so never to be written), or null. */
    @TruffleBoundary
    public static byte[] dataOrNull(Object value) {
        if (value instanceof PBytes bytes) {
            return bytes.bytes();
        } else if (value instanceof PByteArray array) {
            return array.toBytes();
        } else if (value instanceof PMemoryView view) {
            return view.toBytes();
        } else if (value instanceof PArray array) {
            return array.toBytes();
        } else if (value instanceof PMmap map) {
            return map.read(0, (int) map.length());
        }
        return null;
    }

    /** The content of a bytes-like argument, with CPython's error for anything else. */
    public static byte[] require(Object value) {
        byte[] data = dataOrNull(value);
        if (data == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + PyObjectType.typeName(value) + "'");
        }
        return data;
    }

    public static PBytes newBytes(byte[] data) {
        KraitContext context = KraitContext.get(null);
        if (data.length == 0) {
            return context.emptyBytes();
        }
        return new PBytes(context.classes().bytesClass, context.getShape(), data);
    }

    public static PByteArray newByteArray(byte[] data) {
        KraitContext context = KraitContext.get(null);
        return new PByteArray(context.classes().bytearrayClass, context.getShape(), data);
    }

    /** A new bytes or bytearray, the same type as {@code like} (the receiver of a method). */
    public static Object newLike(Object like, byte[] data) {
        return like instanceof PByteArray ? newByteArray(data) : newBytes(data);
    }

    /**
     * {@code hash(b)}: the str hash of the bytes read as Latin-1, brought into the range {@code __hash__} results are
     * reduced to, so a subclass inheriting {@code bytes.__hash__} hashes alike.
     */
    @TruffleBoundary
    public static long hash(byte[] data) {
        long h = dev.krait.runtime.storage.Hashing.stringHash(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1));
        return dev.krait.runtime.storage.Hashing.numericHash(h);
    }

    /**
     * The bytes as text for the number parsers ({@code int(b"12")}, {@code float(b"1.5")}), which read bytes as ASCII:
     * a byte past ASCII becomes a character no parser accepts.
     */
    public static String asciiText(byte[] data) {
        char[] chars = new char[data.length];
        for (int i = 0; i < data.length; i++) {
            chars[i] = data[i] >= 0 ? (char) data[i] : '\uffff';
        }
        return new String(chars);
    }

    /** Runs a number parser on bytes read as text; its "invalid literal" error names the bytes, as CPython's does. */
    @TruffleBoundary
    public static <T> T parseNumber(byte[] data, String shownAs, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(asciiText(data));
        } catch (PException e) {
            Object[] args = e.lazyArgs();
            if (e.lazyType() == dev.krait.runtime.exceptions.ErrorType.ValueError && args != null && args.length == 1 &&
                            args[0] instanceof String message && (message.startsWith("invalid literal for int()") ||
                                            message.startsWith("could not convert string to float"))) {
                throw Errors.valueError(message.substring(0, message.lastIndexOf(": ") + 2) + shownAs);
            }
            throw e;
        }
    }

    /** {@code b[i:j:k]} of a bytes or bytearray object: the same type. */
    @TruffleBoundary
    public static Object slice(Object self, PSlice slice) {
        int length = self instanceof PBytes b ? b.length() : ((PByteArray) self).length();
        SliceIndices indices = SliceIndices.of(slice, length);
        byte[] source = self instanceof PBytes b ? b.bytes() : ((PByteArray) self).storage();
        byte[] result;
        if (indices.step() == 1) {
            result = java.util.Arrays.copyOfRange(source, indices.start(), indices.start() + indices.length());
        } else {
            result = new byte[indices.length()];
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                result[i] = source[j];
            }
        }
        return newLike(self, result);
    }

    /** A byte value argument: an int in range(256). */
    @TruffleBoundary
    public static int byteValue(Object value) {
        Object index = PyNumber.index(value);
        if (!(index instanceof Long l) || l < 0 || l > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    /**
     * The content of {@code bytes(source, encoding, errors)} or {@code bytearray(…)}; {@code typeName} words the
     * errors. {@code source} is NO_VALUE when not given.
     */
    @TruffleBoundary
    public static byte[] fromConstructorArguments(String typeName, Object source, Object encoding, Object errors) {
        if (source == PNone.NO_VALUE) {
            if (encoding != PNone.NO_VALUE) {
                throw Errors.typeError("encoding without a string argument");
            }
            if (errors != PNone.NO_VALUE) {
                throw Errors.typeError("errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof String s) {
            if (encoding == PNone.NO_VALUE) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, Codecs.argument(typeName, "encoding", encoding, "utf-8"),
                            Codecs.argument(typeName, "errors", errors, "strict"));
        }
        if (encoding != PNone.NO_VALUE) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (errors != PNone.NO_VALUE) {
            throw Errors.typeError("errors without a string argument");
        }
        if (typeName.equals("bytes") && !(source instanceof PBytes)) {
            Object converted = PyObjectCall.callSpecial(source, "__bytes__");
            if (converted != null) {
                if (!(converted instanceof PBytes bytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + PyObjectType.typeName(converted) + ")");
                }
                return bytes.bytes();
            }
        }
        byte[] data = dataOrNull(source);
        if (data != null) {
            return source instanceof PBytes ? data.clone() : data;
        }
        if (BuiltinArithmetic.isInt(source) || hasIndex(source)) {
            Object count = PyNumber.index(source);
            if (count instanceof PInt big) {
                if (big.value().signum() < 0) {
                    throw Errors.valueError("negative count");
                }
                throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
            }
            long n = (Long) count;
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                // CPython's bytes header does not fit past this size; bytearray only fails to allocate
                if (typeName.equals("bytes") && n > Long.MAX_VALUE - BYTES_HEADER_SIZE) {
                    throw Errors.overflowError("byte string is too large");
                }
                throw Errors.memoryError("");
            }
            return new byte[(int) n];
        }
        return fromIterable(typeName, source);
    }

    private static boolean hasIndex(Object value) {
        return !(value instanceof String) && !PyObjectType.classOf(value).isBuiltin() && PyObjectType.classOf(value).lookup("__index__") != null;
    }

    /** The bytes of an iterable of ints in range(256), as {@code bytes([…])} takes them. */
    @TruffleBoundary
    public static byte[] fromIterable(String typeName, Object iterable) {
        Object iterator;
        try {
            iterator = PyIter.getIter(iterable);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (!ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.TypeError))) {
                throw e;
            }
            throw Errors.typeError("cannot convert '" + PyObjectType.typeName(iterable) + "' object to " + typeName);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object item;
        while ((item = PyIter.next(iterator)) != null) {
            Object index = PyNumber.index(item);
            if (!(index instanceof Long l) || l < 0 || l > 255) {
                throw Errors.valueError(typeName.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            }
            out.write((int) (long) l);
        }
        return out.toByteArray();
    }
}
