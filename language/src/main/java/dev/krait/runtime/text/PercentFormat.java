package dev.krait.runtime.text;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PInt;

/**
 * printf-style {@code str % args}: {@code %[(key)][flags][width][.precision][length]type} with the conversions
 * {@code s r a d i u o x X e E f F g G c %}. {@code args} is a tuple (its items are the arguments), a mapping (for
 * {@code %(key)} conversions) or any single value.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** {@code template % args}. */
    @TruffleBoundary
    public static String format(String template, Object args, ObjectProtocol protocol) {
        return new Run(template, args, protocol).run();
    }

    private static final class Run {
        private final int[] fmt;
        private final ObjectProtocol protocol;
        private final Object args;
        private final Object[] items;
        private final Object dict;
        private int next;
        private boolean positionalUsedUp;
        private int pos;

        Run(String template, Object args, ObjectProtocol protocol) {
            this.fmt = template.codePoints().toArray();
            this.protocol = protocol;
            this.args = args;
            boolean tuple = !(args instanceof String) && !isPlainNumber(args) && protocol.isTuple(args);
            this.items = tuple ? protocol.tupleItems(args) : null;
            this.dict = !tuple && !(args instanceof String) && !isPlainNumber(args) && protocol.isMapping(args) ? args : null;
        }

        private Object nextArg() {
            if (!positionalUsedUp) {
                if (items == null) {
                    if (next == 0) {
                        next = 1;
                        return args;
                    }
                } else if (next < items.length) {
                    return items[next++];
                }
            }
            throw Errors.typeError("not enough arguments for format string");
        }

        private boolean argumentsLeft() {
            if (positionalUsedUp) {
                return false;
            }
            return items == null ? next == 0 : next < items.length;
        }

        private int peek() {
            if (pos >= fmt.length) {
                throw Errors.valueError("incomplete format");
            }
            return fmt[pos];
        }

        String run() {
            StringBuilder out = new StringBuilder(fmt.length + 16);
            while (pos < fmt.length) {
                int c = fmt[pos++];
                if (c != '%') {
                    out.appendCodePoint(c);
                    continue;
                }
                convert(out);
            }
            if (argumentsLeft() && dict == null) {
                throw Errors.typeError("not all arguments converted during string formatting");
            }
            return out.toString();
        }

        private void convert(StringBuilder out) {
            if (pos < fmt.length && fmt[pos] == '%') {
                pos++;
                out.append('%');
                return;
            }
            Object value = null;
            boolean keyed = false;
            if (pos < fmt.length && fmt[pos] == '(') {
                if (dict == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int start = ++pos;
                while (pos < fmt.length && depth > 0) {
                    if (fmt[pos] == '(') {
                        depth++;
                    } else if (fmt[pos] == ')') {
                        depth--;
                    }
                    pos++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                String key = new String(fmt, start, pos - 1 - start);
                value = protocol.getItem(dict, key);
                keyed = true;
                positionalUsedUp = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean blank = false;
            boolean alt = false;
            boolean zero = false;
            while (true) {
                int c = peek();
                if (c == '-') {
                    left = true;
                } else if (c == '+') {
                    plus = true;
                } else if (c == ' ') {
                    blank = true;
                } else if (c == '#') {
                    alt = true;
                } else if (c == '0') {
                    zero = true;
                } else {
                    break;
                }
                pos++;
            }
            // the width is a Py_ssize_t, the precision a C int, as in CPython
            long width = -1;
            if (peek() == '*') {
                pos++;
                long w = starArgument(Long.MAX_VALUE, "Python int too large to convert to C ssize_t");
                if (w < 0) {
                    left = true;
                    w = w == Long.MIN_VALUE ? Long.MAX_VALUE : -w;
                }
                width = w;
            } else {
                width = readDigits(Long.MAX_VALUE, "width too big");
            }
            int precision = -1;
            if (peek() == '.') {
                pos++;
                if (peek() == '*') {
                    pos++;
                    long p = starArgument(Integer.MAX_VALUE, "Python int too large to convert to C int");
                    precision = (int) Math.max(p, 0);
                } else {
                    precision = (int) Math.max(readDigits(Integer.MAX_VALUE, "precision too big"), 0);
                }
            }
            while (peek() == 'h' || peek() == 'l' || peek() == 'L') {
                pos++;
            }
            int type = fmt[pos++];
            // the argument is taken before the conversion is checked: "%5%" % () is "not enough arguments"
            if (!keyed) {
                value = nextArg();
            }
            if (!isConversion(type)) {
                throw Errors.valueError("unsupported format character '" + (type >= 32 && type <= 126 ? (char) type : '?') +
                                "' (0x" + Integer.toHexString(type) + ") at index " + (pos - 1));
            }
            char sign = plus ? '+' : blank ? ' ' : 0;
            String text = switch (type) {
                case 's' -> stringOf(value);
                case 'r' -> reprOf(value);
                case 'a' -> value instanceof String s ? StrRepr.ascii(s) : StrRepr.escapeNonAscii(reprOf(value));
                case 'c' -> charOf(value);
                case 'd', 'i', 'u', 'o', 'x', 'X' -> integer(value, type, sign, alt, zero && !left, fitWidth(width), precision);
                default -> FormatSpec.of(zero && !left ? '0' : ' ', left ? '<' : zero ? '=' : '>', sign, alt, fitWidth(width),
                                precision < 0 ? 6 : precision, type).formatFloat(toDouble(value));
            };
            if ((type == 's' || type == 'r' || type == 'a') && precision >= 0) {
                int len = text.codePointCount(0, text.length());
                if (precision < len) {
                    text = text.substring(0, text.offsetByCodePoints(0, precision));
                }
            }
            out.append(justify(text, width, left));
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

        private long readDigits(long limit, String tooBig) {
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

        /** A width no Java string can reach is CPython's MemoryError (the text it pads is far shorter). */
        private static int fitWidth(long width) {
            if (width > MAX_LENGTH) {
                throw Errors.memoryError("");
            }
            return (int) width;
        }

        private static boolean isConversion(int c) {
            return switch (c) {
                case 's', 'r', 'a', 'c', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> true;
                default -> false;
            };
        }

        private String stringOf(Object v) {
            return StrFormat.str(v, protocol);
        }

        private String reprOf(Object v) {
            return StrFormat.repr(v, protocol);
        }

        private String charOf(Object v) {
            if (v instanceof String s) {
                if (s.codePointCount(0, s.length()) == 1) {
                    return s;
                }
            } else if ((v instanceof Long || v instanceof Boolean || v instanceof PInt ? v : asIndexOrNull(v)) instanceof Object n) {
                BigInteger b = PInt.toBigInteger(n);
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw Errors.overflowError("%c arg not in range(0x110000)");
                }
                return new String(Character.toChars(b.intValue()));
            }
            throw Errors.typeError("%c requires int or char");
        }

        private String integer(Object v, int type, char sign, boolean alt, boolean zeroPad, int width, int precision) {
            Object n;
            if (v instanceof Long || v instanceof Boolean || v instanceof PInt) {
                n = v;
            } else if (type == 'o' || type == 'x' || type == 'X') {
                n = v instanceof String || v instanceof Double ? null : asIndexOrNull(v);
                if (n == null) {
                    throw Errors.typeError("%" + (char) type + " format: an integer is required, not " + typeName(v));
                }
            } else {
                if (v instanceof Double d) {
                    n = FloatOps.toInt(d);
                } else {
                    n = null;
                    try {
                        n = v instanceof String ? null : protocol.asInt(v);
                    } catch (PException e) {
                        if (!protocol.isTypeError(e)) {
                            throw e;
                        }
                    }
                }
                if (n == null) {
                    throw Errors.typeError("%" + (char) type + " format: a real number is required, not " + typeName(v));
                }
            }
            BigInteger b = PInt.toBigInteger(n);
            int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
            if (radix == 10) {
                IntOps.checkDecimalDigits(b, IntOps.maxStrDigits());
            }
            String digits = b.abs().toString(radix);
            if (type == 'X') {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
            if (precision > digits.length()) {
                fitWidth(precision);
                digits = "0".repeat(precision - digits.length()) + digits;
            }
            String prefix = "";
            if (alt) {
                prefix = switch (type) {
                    case 'o' -> "0o";
                    case 'x' -> "0x";
                    case 'X' -> "0X";
                    default -> "";
                };
            }
            String head = (b.signum() < 0 ? "-" : sign == 0 ? "" : String.valueOf(sign)) + prefix;
            if (zeroPad && width > head.length() + digits.length()) {
                digits = "0".repeat(width - head.length() - digits.length()) + digits;
            }
            return head + digits;
        }

        /** {@code __index__}'s int, or null when there is none or it raises a TypeError (CPython reports its own). */
        private Object asIndexOrNull(Object v) {
            try {
                return protocol.index(v);
            } catch (PException e) {
                if (!protocol.isTypeError(e)) {
                    throw e;
                }
                return null;
            }
        }

        private double toDouble(Object v) {
            if (v instanceof Double d) {
                return d;
            }
            if (v instanceof Long || v instanceof Boolean || v instanceof PInt) {
                return IntOps.toDouble(v);
            }
            Object f = v instanceof String ? null : protocol.asFloat(v);
            if (f == null) {
                throw Errors.typeError("must be real number, not " + typeName(v));
            }
            return (Double) f;
        }

        private String typeName(Object v) {
            if (v instanceof String) {
                return "str";
            }
            if (v instanceof Double) {
                return "float";
            }
            return protocol.typeName(v);
        }

        private static String justify(String text, long width, boolean left) {
            int len = text.codePointCount(0, text.length());
            if (width <= len) {
                return text;
            }
            String padding = " ".repeat(fitWidth(width) - len);
            return left ? text + padding : padding + text;
        }
    }

    /** The longest text a Java string holds. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 16;

    private static boolean isPlainNumber(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof Double || o instanceof PInt;
    }
}
