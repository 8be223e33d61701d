package dev.krait.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.numbers.IntOps;

/**
 * The format-spec mini-language ({@code format(x, spec)}, {@code str.format} fields, f-string specs):
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. {@link #parse} reads a spec;
 * {@code formatXxx} apply it to an int, a float or a str. Every message is CPython 3.12's.
 */
public final class FormatSpec {
    /** Fill code point (a space unless given). */
    public final int fill;
    /** One of {@code < > = ^}, or 0 when not given. */
    public final char align;
    /** One of {@code + - ' '}, or 0 when not given. */
    public final char sign;
    /** The 'z' flag: negative zero formats as positive zero. */
    public final boolean noNegativeZero;
    /** The '#' flag. */
    public final boolean alternate;
    /** Minimum width, or -1. */
    public final int width;
    /** ',' or '_', or 0. */
    public final char grouping;
    /** Precision, or -1 (Integer.MAX_VALUE for any larger one: see {@link #precisionTooBig}). */
    public final int precision;
    /** Whether the precision given is past a C int, which float and complex formatting refuse. */
    private final boolean precisionTooBig;
    /** The presentation type, or 0 when not given. */
    public final int type;

    private final String typeName;

    /** The longest text a Java string holds: a wider field is CPython's MemoryError here. */
    public static final int MAX_LENGTH = Integer.MAX_VALUE - 16;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width,
                    char grouping, long precision, int type, String typeName) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = (int) Math.min(precision, Integer.MAX_VALUE);
        this.precisionTooBig = precision > Integer.MAX_VALUE;
        this.type = type;
        this.typeName = typeName;
    }

    /** A spec made directly (printf-style formatting builds its conversions this way). */
    static FormatSpec of(int fill, char align, char sign, boolean alternate, int width, int precision, int type) {
        return new FormatSpec(fill, align, sign, false, alternate, width, (char) 0, precision, type, "float");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec} for an object of Python type {@code typeName} ("int", "float", "str", "bool", or a subclass's
     * name; it appears in messages). {@code defaultType} is the type the object uses when none is given ('d' for
     * ints, 's' for strs, 0 for floats); it only matters for the grouping check's message.
     */
    @TruffleBoundary
    public static FormatSpec parse(String spec, String typeName, int defaultType) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = 0;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            fillGiven = true;
            align = (char) cps[1];
            pos = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean z = false;
        if (pos < n && cps[pos] == 'z') {
            z = true;
            pos++;
        }
        boolean alt = false;
        if (pos < n && cps[pos] == '#') {
            alt = true;
            pos++;
        }
        if (!fillGiven && pos < n && cps[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultType != 's') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
            pos++;
        }
        // a width past a Java string's length stays as the largest int: padding to it is a MemoryError
        int width = start == pos ? -1 : (int) Math.min(readNumber(cps, start, pos), Integer.MAX_VALUE);
        char grouping = 0;
        if (pos < n && (cps[pos] == ',' || cps[pos] == '_')) {
            grouping = (char) cps[pos++];
            if (pos < n && (cps[pos] == ',' || cps[pos] == '_')) {
                if (cps[pos] == grouping) {
                    throw Errors.valueError("Cannot specify '" + grouping + "' with '" + grouping + "'.");
                }
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        long precision = -1;
        if (pos < n && cps[pos] == '.') {
            pos++;
            start = pos;
            while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
                pos++;
            }
            if (start == pos) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = readNumber(cps, start, pos);
        }
        if (n - pos > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = pos < n ? cps[pos] : 0;
        if (grouping != 0) {
            int effective = type == 0 ? defaultType : type;
            switch (effective) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw Errors.valueError("Cannot specify ',' with '" + typeChar(effective) + "'.");
                default:
                    throw Errors.valueError("Cannot specify '" + grouping + "' with '" + typeChar(effective) + "'.");
            }
        }
        if (pos < n && type == 0 && defaultType != 0) {
            // a NUL type code given is CPython's "no type" only for floats (whose default type is NUL), else unknown
            throw Errors.valueError("Unknown format code '\\x0' for object of type '" + typeName + "'");
        }
        return new FormatSpec(fill, align, sign, z, alt, width, grouping, precision, type, typeName);
    }

    /** A type code as CPython's messages show it: the character, or {@code \xNN} outside printable ASCII. */
    private static String typeChar(int c) {
        if (c > 32 && c < 128) {
            return String.valueOf((char) c);
        }
        return "\\x" + Integer.toHexString(c);
    }

    /** A width or precision: a Py_ssize_t in CPython. */
    private static long readNumber(int[] cps, int start, int end) {
        long v = 0;
        for (int i = start; i < end; i++) {
            int digit = cps[i] - '0';
            if (v > (Long.MAX_VALUE - digit) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + digit;
        }
        return v;
    }

    /** Float and complex formatting take a C int precision; one past what a string holds cannot be laid out. */
    public void checkFloatPrecision() {
        if (precisionTooBig) {
            throw Errors.valueError("precision too big");
        }
        if (precision > MAX_LENGTH - 64) {
            throw Errors.memoryError("");
        }
    }

    /** MemoryError when padding text of {@code len} code points to the width would pass a Java string's length. */
    public void checkPadding(int len) {
        if (width > len && width > MAX_LENGTH) {
            throw Errors.memoryError("");
        }
    }

    private RuntimeException unknownType() {
        return Errors.valueError("Unknown format code '" + typeChar(type) + "' for object of type '" + typeName + "'");
    }

    // ---- str ----

    /** {@code format(s, spec)} for a str. */
    @TruffleBoundary
    public static String formatString(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        return parse(spec, "str", 's').formatString(s);
    }

    @TruffleBoundary
    public String formatString(String s) {
        if (type != 0 && type != 's') {
            throw unknownType();
        }
        if (sign != 0) {
            throw Errors.valueError(sign == ' ' ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier");
        }
        if (noNegativeZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alternate) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        String body = s;
        int len = s.codePointCount(0, s.length());
        if (precision >= 0 && precision < len) {
            body = s.substring(0, s.offsetByCodePoints(0, precision));
            len = precision;
        }
        return pad("", body, len, align == 0 ? '<' : align);
    }

    // ---- int ----

    /** {@code format(v, spec)} for an int. */
    @TruffleBoundary
    public static String formatLong(long v, String spec) {
        if (spec.isEmpty()) {
            return Long.toString(v);
        }
        return parse(spec, "int", 'd').formatInt(BigInteger.valueOf(v));
    }

    @TruffleBoundary
    public static String formatBigInteger(BigInteger v, String spec) {
        if (spec.isEmpty()) {
            return IntOps.toDecimalString(dev.krait.runtime.objects.PInt.normalize(v));
        }
        return parse(spec, "int", 'd').formatInt(v);
    }

    /** {@code format(b, spec)} for a bool: 'True'/'False' for an empty spec, else formatted as the int 1/0. */
    @TruffleBoundary
    public static String formatBoolean(boolean b, String spec) {
        if (spec.isEmpty()) {
            return b ? "True" : "False";
        }
        return parse(spec, "bool", 'd').formatInt(b ? BigInteger.ONE : BigInteger.ZERO);
    }

    /** Formats a Python int (as a BigInteger) with this spec. */
    @TruffleBoundary
    public String formatInt(BigInteger v) {
        switch (type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n', 0:
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(IntOps.toDouble(v));
            default:
                throw unknownType();
        }
        if (precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (noNegativeZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (alternate) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw Errors.overflowError("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars(v.intValue()));
            return pad("", ch, 1, align == 0 ? '>' : align);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        if (radix == 10) {
            IntOps.checkDecimalDigits(v, IntOps.maxStrDigits());
        }
        String digits = v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = "";
        if (alternate) {
            prefix = switch (type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        return assemble(signFor(v.signum() < 0), prefix, digits, "", radix == 10 ? 3 : 4);
    }

    // ---- float ----

    /** {@code format(x, spec)} for a float. */
    @TruffleBoundary
    public static String formatDouble(double x, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(x);
        }
        return parse(spec, "float", 0).formatFloat(x);
    }

    @TruffleBoundary
    public String formatFloat(double x) {
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 0:
                break;
            default:
                throw unknownType();
        }
        checkFloatPrecision();
        if (type == '%') {
            x *= 100;
        }
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            String word = Double.isNaN(x) ? "nan" : "inf";
            if (upper) {
                word = word.toUpperCase(java.util.Locale.ROOT);
            }
            negative = !Double.isNaN(x) && x < 0;
            return assemble(signFor(negative), "", word + (type == '%' ? "%" : ""), "", 0);
        }
        double ax = Math.abs(x);
        String[] parts; // integer digits, rest (fraction, exponent, percent)
        switch (type) {
            case 'f', 'F' -> parts = fixed(ax, precision < 0 ? 6 : precision);
            case '%' -> {
                parts = fixed(ax, precision < 0 ? 6 : precision);
                parts[1] += "%";
            }
            case 'e', 'E' -> parts = exponent(ax, precision < 0 ? 6 : precision, upper ? 'E' : 'e');
            case 'g', 'G', 'n' -> parts = general(ax, precision < 0 ? 6 : precision == 0 ? 1 : precision, upper ? 'E' : 'e', false);
            default -> parts = precision < 0 ? shortest(ax) : general(ax, precision == 0 ? 1 : precision, 'e', true);
        }
        if (negative && noNegativeZero && isAllZero(parts)) {
            negative = false;
        }
        return assemble(signFor(negative), "", parts[0], parts[1], 3);
    }

    private static boolean isAllZero(String[] parts) {
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c >= '1' && c <= '9') {
                    return false;
                }
                if (c == 'e' || c == 'E') {
                    break;
                }
            }
        }
        return true;
    }

    /** 'f': exactly {@code prec} digits after the point, rounded half-even on the exact binary value. */
    private String[] fixed(double ax, int prec) {
        BigDecimal d = new BigDecimal(ax).setScale(prec, RoundingMode.HALF_EVEN);
        String s = d.toPlainString();
        int dot = s.indexOf('.');
        if (dot < 0) {
            return new String[]{s, alternate ? "." : ""};
        }
        return new String[]{s.substring(0, dot), s.substring(dot)};
    }

    /** The significant digits of {@code ax} rounded to {@code digits} places, and the decimal exponent. */
    private static Object[] significant(double ax, int digits) {
        if (ax == 0) {
            return new Object[]{"0".repeat(digits), 0};
        }
        BigDecimal d = new BigDecimal(ax).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String unscaled = d.unscaledValue().toString();
        int exp = unscaled.length() - 1 - d.scale();
        if (unscaled.length() < digits) {
            unscaled = unscaled + "0".repeat(digits - unscaled.length());
        } else if (unscaled.length() > digits) {
            unscaled = unscaled.substring(0, digits);
        }
        return new Object[]{unscaled, exp};
    }

    /** 'e': one digit, the point, {@code prec} digits, the exponent of at least two digits. */
    private String[] exponent(double ax, int prec, char e) {
        Object[] sig = significant(ax, prec + 1);
        String digits = (String) sig[0];
        StringBuilder rest = new StringBuilder();
        if (prec > 0) {
            rest.append('.').append(digits, 1, digits.length());
        } else if (alternate) {
            rest.append('.');
        }
        FloatRepr.appendExponent(rest, e, (Integer) sig[1]);
        return new String[]{digits.substring(0, 1), rest.toString()};
    }

    /**
     * 'g' (and the no-type form with a precision, {@code noType}): {@code p} significant digits, fixed notation when
     * the exponent is in {@code [-4, p)} ({@code [-4, p-1)} without a type), trailing zeros removed unless '#'.
     * Without a type a fixed result keeps at least one digit after the point.
     */
    private String[] general(double ax, int p, char e, boolean noType) {
        Object[] sig = significant(ax, p);
        String digits = (String) sig[0];
        int exp = (Integer) sig[1];
        int limit = noType ? p - 1 : p;
        if (!alternate) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
        }
        if (exp >= -4 && exp < limit) {
            String intPart;
            String frac;
            if (exp < 0) {
                intPart = "0";
                frac = "0".repeat(-exp - 1) + digits;
            } else if (exp + 1 >= digits.length()) {
                intPart = digits + "0".repeat(exp + 1 - digits.length());
                frac = "";
            } else {
                intPart = digits.substring(0, exp + 1);
                frac = digits.substring(exp + 1);
            }
            if (ax == 0 && !alternate) {
                frac = "";
            }
            String rest;
            if (!frac.isEmpty()) {
                rest = "." + frac;
            } else if (noType) {
                rest = ".0";
            } else {
                rest = alternate ? "." : "";
            }
            return new String[]{intPart, rest};
        }
        StringBuilder rest = new StringBuilder();
        if (digits.length() > 1) {
            rest.append('.').append(digits, 1, digits.length());
        } else if (alternate) {
            rest.append('.');
        }
        FloatRepr.appendExponent(rest, e, exp);
        return new String[]{digits.substring(0, 1), rest.toString()};
    }

    /** The no-type form without a precision: repr's digits and layout. */
    private String[] shortest(double ax) {
        FloatRepr.Digits d = FloatRepr.shortestDigits(ax);
        String digits = d.digits();
        int point = d.pointPosition();
        int exp = point - 1;
        if (exp < -4 || exp >= 16) {
            StringBuilder rest = new StringBuilder();
            if (digits.length() > 1) {
                rest.append('.').append(digits, 1, digits.length());
            } else if (alternate) {
                rest.append('.');
            }
            FloatRepr.appendExponent(rest, 'e', exp);
            return new String[]{digits.substring(0, 1), rest.toString()};
        }
        if (point <= 0) {
            return new String[]{"0", "." + "0".repeat(-point) + digits};
        }
        if (point >= digits.length()) {
            return new String[]{digits + "0".repeat(point - digits.length()), ".0"};
        }
        return new String[]{digits.substring(0, point), "." + digits.substring(point)};
    }

    // ---- layout ----

    private String signFor(boolean negative) {
        if (negative) {
            return "-";
        }
        if (sign == '+') {
            return "+";
        }
        if (sign == ' ') {
            return " ";
        }
        return "";
    }

    /**
     * Lays out a number: sign, prefix, integer digits (grouped), the rest; padded to the width. With '0' fill and '='
     * alignment the padding zeros are grouped like digits.
     */
    private String assemble(String signStr, String prefix, String intDigits, String rest, int groupSize) {
        char effAlign = align == 0 ? '>' : align;
        int restLen = rest.codePointCount(0, rest.length());
        if (grouping != 0 && groupSize > 0) {
            int minWidth = 0;
            if (fill == '0' && effAlign == '=' && width > 0) {
                checkPadding(0);
                minWidth = width - signStr.length() - prefix.length() - restLen;
            }
            intDigits = group(intDigits, grouping, groupSize, minWidth);
        }
        String head = signStr + prefix;
        String body = intDigits + rest;
        int len = head.length() + intDigits.length() + restLen;
        checkPadding(len);
        if (effAlign == '=') {
            StringBuilder sb = new StringBuilder(head);
            for (int i = len; i < width; i++) {
                sb.appendCodePoint(fill);
            }
            return sb.append(body).toString();
        }
        return pad(head, body, len, effAlign);
    }

    private String pad(String head, String body, int len, char effAlign) {
        if (width <= len) {
            return head + body;
        }
        checkPadding(len);
        int total = width - len;
        int left = switch (effAlign) {
            case '<' -> 0;
            case '^' -> total / 2;
            default -> total;
        };
        StringBuilder sb = new StringBuilder(width + 8);
        for (int i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(head).append(body);
        for (int i = left; i < total; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /**
     * Inserts separators every {@code size} digits from the right; while the result is shorter than {@code minWidth}
     * it continues with zero digits (never starting with a separator).
     */
    private static String group(String digits, char sep, int size, int minWidth) {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        int mw = minWidth;
        boolean first = true;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, mw), 1));
            int chars = Math.min(remaining, l);
            int zeros = l - chars;
            if (!first) {
                out.append(sep);
            }
            first = false;
            for (int i = 0; i < chars; i++) {
                out.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = 0; i < zeros; i++) {
                out.append('0');
            }
            remaining -= chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0) {
                break;
            }
            mw -= 1;
        }
        return out.reverse().toString();
    }
}
