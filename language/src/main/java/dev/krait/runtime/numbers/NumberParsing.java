package dev.krait.runtime.numbers;

import java.math.BigInteger;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.text.StrRepr;
import dev.krait.runtime.text.UnicodeProps;

/** {@code int(str, base)} and {@code float(str)} with CPython's rules and messages. */
public final class NumberParsing {
    private NumberParsing() {
    }

    /** {@code int(s, base)} with the context's digit limit ({@code sys.set_int_max_str_digits}). */
    public static Object parseInt(String s, long base) {
        return parseInt(s, base, s.length() <= IntOps.MIN_MAX_STR_DIGITS ? 0 : IntOps.maxStrDigits());
    }

    /**
     * {@code int(s, base)}: surrounding whitespace, a sign, for base 0 or a matching base a prefix 0x/0o/0b, digits in
     * any Unicode decimal script, single underscores between digits (and after a prefix). Base 0 reads the base from
     * the prefix and refuses leading zeros in a non-zero decimal. {@code maxStrDigits} is
     * {@code sys.get_int_max_str_digits()} (0 for no limit); it applies to bases that are not powers of two.
     */
    @TruffleBoundary
    public static Object parseInt(String s, long base, int maxStrDigits) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        int[] cps = strip(s);
        int i = 0;
        int n = cps.length;
        boolean negative = false;
        if (i < n && (cps[i] == '+' || cps[i] == '-')) {
            negative = cps[i] == '-';
            i++;
        }
        int radix = (int) base;
        boolean afterPrefix = false;
        if (i + 1 < n && digitValue(cps[i]) == 0) {
            int p = Character.toLowerCase(cps[i + 1]);
            int prefixRadix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixRadix != 0 && (radix == 0 || radix == prefixRadix)) {
                radix = prefixRadix;
                i += 2;
                afterPrefix = true;
            }
        }
        boolean baseZeroDecimal = radix == 0;
        if (radix == 0) {
            radix = 10;
        }
        StringBuilder digits = new StringBuilder(n);
        boolean lastWasDigit = afterPrefix;
        boolean lastWasUnderscore = false;
        boolean nonZero = false;
        for (; i < n; i++) {
            int cp = cps[i];
            if (cp == '_') {
                if (!lastWasDigit) {
                    throw invalidInt(s, base);
                }
                lastWasDigit = false;
                lastWasUnderscore = true;
                continue;
            }
            int d = digitValue(cp);
            if (d < 0 || d >= radix) {
                throw invalidInt(s, base);
            }
            nonZero |= d != 0;
            digits.append(Character.forDigit(d, radix));
            lastWasDigit = true;
            lastWasUnderscore = false;
        }
        if (digits.isEmpty() || lastWasUnderscore) {
            throw invalidInt(s, base);
        }
        if (baseZeroDecimal && digits.charAt(0) == '0' && nonZero) {
            throw invalidInt(s, base);
        }
        if (maxStrDigits > 0 && Integer.bitCount(radix) != 1 && digits.length() > maxStrDigits) {
            throw Errors.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion: value has " +
                            digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (digits.length() <= 12) {
            long v = Long.parseLong(digits.toString(), radix);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(digits.toString(), radix);
        return PInt.normalize(negative ? v.negate() : v);
    }

    private static int digitValue(int cp) {
        if (cp < 128) {
            return Character.digit(cp, 36);
        }
        return UnicodeProps.decimalValue(cp);
    }

    private static RuntimeException invalidInt(String s, long base) {
        String r = StrRepr.repr(s);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return Errors.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    /** The code points of {@code s} without the Python whitespace at either end. */
    private static int[] strip(String s) {
        int[] cps = s.codePoints().toArray();
        int start = 0;
        int end = cps.length;
        while (start < end && UnicodeProps.isSpace(cps[start])) {
            start++;
        }
        while (end > start && UnicodeProps.isSpace(cps[end - 1])) {
            end--;
        }
        if (start == 0 && end == cps.length) {
            return cps;
        }
        return java.util.Arrays.copyOfRange(cps, start, end);
    }

    /**
     * {@code float(s)}: surrounding whitespace, a sign, decimal digits (any Unicode decimal script) with single
     * underscores between digits, an optional fraction and exponent; or inf, infinity, nan in any case.
     */
    @TruffleBoundary
    public static double parseFloat(String s) {
        int[] cps = strip(s);
        StringBuilder ascii = new StringBuilder(cps.length);
        for (int cp : cps) {
            if (cp < 128) {
                ascii.append((char) cp);
            } else {
                int d = UnicodeProps.decimalValue(cp);
                if (d < 0) {
                    throw invalidFloat(s);
                }
                ascii.append((char) ('0' + d));
            }
        }
        String t = ascii.toString();
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        String word = t.substring(i).toLowerCase(Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equals("nan")) {
            // "-nan" keeps its sign bit (math.copysign(1.0, float("-nan")) is -1.0)
            return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
        }
        StringBuilder clean = new StringBuilder(t.length());
        if (negative) {
            clean.append('-');
        }
        int intStart = i;
        i = scanDigits(t, i, clean);
        int intDigits = i - intStart;
        int fracDigits = 0;
        if (i < t.length() && t.charAt(i) == '.') {
            clean.append('.');
            int fracStart = ++i;
            i = scanDigits(t, i, clean);
            fracDigits = i - fracStart;
        }
        if (intDigits == 0 && fracDigits == 0) {
            throw invalidFloat(s);
        }
        if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            clean.append('e');
            i++;
            if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                clean.append(t.charAt(i));
                i++;
            }
            int expStart = i;
            i = scanDigits(t, i, clean);
            if (i == expStart) {
                throw invalidFloat(s);
            }
        }
        if (i != t.length()) {
            throw invalidFloat(s);
        }
        return Double.parseDouble(clean.toString());
    }

    /**
     * Copies the digits at {@code i} to {@code out}, accepting single underscores between digits; returns the index
     * after the last digit (a trailing or doubled underscore stays unread, so the caller rejects it).
     */
    private static int scanDigits(String t, int i, StringBuilder out) {
        int end = i;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                end = ++i;
            } else if (c == '_' && end == i && end > 0 && i + 1 < t.length() && isAsciiDigit(t.charAt(i + 1)) &&
                            isAsciiDigit(t.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static RuntimeException invalidFloat(String s) {
        return Errors.valueError("could not convert string to float: " + StrRepr.repr(s));
    }
}
