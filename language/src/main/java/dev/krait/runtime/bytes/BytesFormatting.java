package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.StringFormatting;
import dev.krait.runtime.text.StrRepr;

/**
 * printf-style {@code bytes % args} (PEP 461): {@code %s}/{@code %b} take bytes-like objects and {@code __bytes__},
 * {@code %r}/{@code %a} the ASCII repr, {@code %c} an int or one byte; the numeric conversions format as str's do.
 */
public final class BytesFormatting {
    /** The longest bytes a Java array holds. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 16;

    private BytesFormatting() {
    }

    @TruffleBoundary
    public static byte[] format(byte[] template, Object args) {
        return new Run(template, args).run();
    }

    private static final class Run {
        private final byte[] fmt;
        private final Object args;
        private final Object[] items;
        private final Object mapping;
        private int next;
        private boolean positionalUsedUp;
        private int pos;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Run(byte[] fmt, Object args) {
            this.fmt = fmt;
            this.args = args;
            boolean tuple = args instanceof PTuple;
            this.items = tuple ? ((PTuple) args).items() : null;
            boolean mappingLike = !tuple && !(args instanceof String) && !(args instanceof PBytes) && !(args instanceof PByteArray) &&
                            !(args instanceof Long) && !(args instanceof Double) && !(args instanceof Boolean) &&
                            PyObjectType.classOf(args).lookup("__getitem__") != null;
            this.mapping = mappingLike ? args : null;
        }

        private Object nextArg() {
            if (positionalUsedUp) {
                throw Errors.typeError("not enough arguments for format string");
            }
            if (items == null) {
                if (next == 0) {
                    next = 1;
                    return args;
                }
            } else if (next < items.length) {
                return items[next++];
            }
            throw Errors.typeError("not enough arguments for format string");
        }

        private int peek() {
            if (pos >= fmt.length) {
                throw Errors.valueError("incomplete format");
            }
            return fmt[pos] & 0xff;
        }

        byte[] run() {
            while (pos < fmt.length) {
                int b = fmt[pos++] & 0xff;
                if (b != '%') {
                    out.write(b);
                    continue;
                }
                conversion();
            }
            boolean unused = items != null ? next < items.length : next == 0 && mapping == null;
            if (unused) {
                throw Errors.typeError("not all arguments converted during bytes formatting");
            }
            return out.toByteArray();
        }

        private void conversion() {
            if (peek() == '%') {
                pos++;
                out.write('%');
                return;
            }
            Object value = null;
            boolean keyed = false;
            if (peek() == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int start = ++pos;
                int depth = 1;
                while (depth > 0) {
                    if (pos >= fmt.length) {
                        throw Errors.valueError("incomplete format key");
                    }
                    int c = fmt[pos] & 0xff;
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    pos++;
                }
                byte[] key = java.util.Arrays.copyOfRange(fmt, start, pos - 1);
                value = PyObjectGetItem.getItem(mapping, ByteSequences.newBytes(key));
                keyed = true;
                positionalUsedUp = true;
            }
            StringBuilder flags = new StringBuilder();
            boolean left = false;
            while ("-+ #0".indexOf(peek()) >= 0) {
                left |= peek() == '-';
                flags.append((char) fmt[pos++]);
            }
            // the width is a Py_ssize_t, the precision a C int, as in CPython
            long width = -1;
            if (peek() == '*') {
                pos++;
                width = starArgument(Long.MAX_VALUE, "Python int too large to convert to C ssize_t");
                if (width < 0) {
                    left = true;
                    flags.append('-');
                    width = width == Long.MIN_VALUE ? Long.MAX_VALUE : -width;
                }
            } else {
                width = digits(Long.MAX_VALUE, "width too big");
            }
            int precision = -1;
            if (peek() == '.') {
                pos++;
                if (peek() == '*') {
                    pos++;
                    precision = (int) Math.max(0, starArgument(Integer.MAX_VALUE, "Python int too large to convert to C int"));
                } else {
                    precision = (int) Math.max(0, digits(Integer.MAX_VALUE, "prec too big"));
                }
            }
            while (peek() == 'h' || peek() == 'l' || peek() == 'L') {
                pos++;
            }
            int type = fmt[pos++] & 0xff;
            // the argument is taken before the conversion is checked: b"%5%" % () is "not enough arguments"
            if (!keyed) {
                value = nextArg();
            }
            if ("sbracdiuoxXeEfFgG".indexOf(type) < 0) {
                if (type >= 0x80) {
                    // CPython words this message with the byte as a signed C char, which its formatter refuses
                    throw Errors.overflowError("character argument not in range(0x110000)");
                }
                throw Errors.valueError("unsupported format character '" + (type >= 32 && type <= 126 ? (char) type : '?') + "' (0x" +
                                Integer.toHexString(type) + ") at index " + (pos - 1));
            }
            if (width > MAX_LENGTH) {
                throw Errors.memoryError("");
            }
            byte[] text;
            switch (type) {
                case 's', 'b' -> text = bytesOf(value);
                case 'r', 'a' -> text = StrRepr.escapeNonAscii(PyObjectRepr.repr(value)).getBytes(StandardCharsets.ISO_8859_1);
                case 'c' -> text = new byte[]{charOf(value)};
                default -> {
                    if ("eEfFgG".indexOf(type) >= 0) {
                        value = floatArgument(value);
                    }
                    String spec = "%" + flags + (width >= 0 ? Long.toString(width) : "") + (precision >= 0 ? "." + precision : "") + (type == 'i' ? 'd' : (char) type);
                    String formatted = StringFormatting.percent(spec, KraitContext.get(null).newTuple(new Object[]{value}));
                    out.writeBytes(formatted.getBytes(StandardCharsets.ISO_8859_1));
                    return;
                }
            }
            if ((type == 's' || type == 'b' || type == 'r' || type == 'a') && precision >= 0 && precision < text.length) {
                text = java.util.Arrays.copyOf(text, precision);
            }
            int padding = (int) width - text.length;
            if (padding > 0 && !left) {
                for (int i = 0; i < padding; i++) {
                    out.write(' ');
                }
            }
            out.writeBytes(text);
            if (padding > 0 && left) {
                for (int i = 0; i < padding; i++) {
                    out.write(' ');
                }
            }
        }

        private long digits(long limit, String tooBig) {
            int start = pos;
            long v = 0;
            while (peek() >= '0' && peek() <= '9') {
                int digit = fmt[pos++] - '0';
                if (v > (limit - digit) / 10) {
                    throw Errors.valueError(tooBig);
                }
                v = v * 10 + digit;
            }
            return start == pos ? -1 : v;
        }

        private long starArgument(long limit, String overflowMessage) {
            Object v = nextArg();
            if (v instanceof Long || v instanceof Boolean) {
                long n = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
                if (n > limit || n < -limit - 1) {
                    throw Errors.overflowError(overflowMessage);
                }
                return n;
            }
            if (v instanceof PInt) {
                throw Errors.overflowError(overflowMessage);
            }
            throw Errors.typeError("* wants int");
        }

        /** CPython's {@code PyFloat_AsDouble} for %e/%f/%g, any failure of which becomes one TypeError. */
        private static Object floatArgument(Object value) {
            if (value instanceof Double) {
                return value;
            }
            try {
                return PyNumber.asDouble(value);
            } catch (PException e) {
                throw Errors.typeError("float argument required, not " + PyObjectType.typeName(value));
            }
        }

        private static byte[] bytesOf(Object value) {
            byte[] data = ByteSequences.dataOrNull(value);
            if (data != null) {
                return data;
            }
            if (!(value instanceof String)) {
                Object converted = PyObjectCall.callSpecial(value, "__bytes__");
                if (converted instanceof PBytes bytes) {
                    return bytes.bytes();
                } else if (converted != null) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + PyObjectType.typeName(converted) + ")");
                }
            }
            throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                            PyObjectType.typeName(value) + "'");
        }

        private static byte charOf(Object value) {
            if (value instanceof PBytes || value instanceof PByteArray) {
                if (ByteSequences.dataOrNull(value).length == 1) {
                    return ByteSequences.dataOrNull(value)[0];
                }
            } else if (BuiltinArithmetic.isInt(value) || !(value instanceof String) && PyObjectType.classOf(value).lookup("__index__") != null) {
                Object n;
                try {
                    n = PyNumber.index(value);
                } catch (PException e) {
                    // a TypeError from __index__ is reported as the wrong type of argument, as CPython does
                    if (!StringFormatting.INSTANCE.isTypeError(e)) {
                        throw e;
                    }
                    n = null;
                }
                if (n != null) {
                    if (n instanceof PInt || (Long) n < 0 || (Long) n > 255) {
                        throw Errors.overflowError("%c arg not in range(256)");
                    }
                    return (byte) (long) (Long) n;
                }
            }
            throw Errors.typeError("%c requires an integer in range(256) or a single byte");
        }
    }
}
