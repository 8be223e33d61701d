package dev.krait.runtime.text;

import dev.krait.runtime.protocol.CodePoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;

/**
 * Python's str methods on Java strings with code-point semantics: every index and length counts code points, so a
 * surrogate pair is one character. Optional Python arguments are nullable boxed parameters ({@code null} for None or
 * "not given"); index arguments are the caller's Python ints clamped into {@code long} (a huge int behaves like
 * {@code Long.MAX_VALUE}/{@code MIN_VALUE} in every slice-like position, as in CPython).
 */
public final class StrMethods {
    private StrMethods() {
    }

    // ---- length, indexing, slicing ----

    /** Whether {@code s} contains a surrogate, i.e. whether char indices and code-point indices can differ. */
    static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code len(s)}. */
    @TruffleBoundary
    public static long len(String s) {
        return CodePoints.length(s);
    }

    /** The char offset of code-point index {@code cp} ({@code 0 <= cp <= len(s)}). */
    private static int offset(String s, long cp) {
        return CodePoints.hasSurrogates(s) ? s.offsetByCodePoints(0, (int) cp) : (int) cp;
    }

    /** The code-point index of char offset {@code off}. */
    private static int cpIndex(String s, int off) {
        return CodePoints.hasSurrogates(s) ? s.codePointCount(0, off) : off;
    }

    /** The substring between code-point indices. */
    @TruffleBoundary
    public static String substring(String s, long start, long end) {
        if (!CodePoints.hasSurrogates(s)) {
            return s.substring((int) start, (int) end);
        }
        int a = offset(s, start);
        return s.substring(a, s.offsetByCodePoints(a, (int) (end - start)));
    }

    /** {@code s[index]} with negative indices from the end; IndexError "string index out of range". */
    @TruffleBoundary
    public static String charAt(String s, long index) {
        long n = len(s);
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw Errors.indexError("string index out of range");
        }
        int off = offset(s, i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    /** {@code s[start:stop:step]}; null bounds are omitted ones; "slice step cannot be zero". */
    @TruffleBoundary
    public static String slice(String s, Long start, Long stop, Long step) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean surrogates = hasSurrogates(s);
        int[] cps = surrogates ? s.codePoints().toArray() : null;
        long n = surrogates ? cps.length : s.length();
        long a = adjustSliceBound(start, n, st, st > 0 ? 0 : n - 1);
        long b = adjustSliceBound(stop, n, st, st > 0 ? n : -1);
        if (st == 1) {
            if (b <= a) {
                return "";
            }
            return surrogates ? new String(cps, (int) a, (int) (b - a)) : s.substring((int) a, (int) b);
        }
        StringBuilder sb = new StringBuilder();
        if (st > 0) {
            for (long i = a; i < b; i += st) {
                appendAt(sb, s, cps, (int) i);
            }
        } else {
            for (long i = a; i > b; i += st) {
                appendAt(sb, s, cps, (int) i);
            }
        }
        return sb.toString();
    }

    private static void appendAt(StringBuilder sb, String s, int[] cps, int i) {
        if (cps == null) {
            sb.append(s.charAt(i));
        } else {
            sb.appendCodePoint(cps[i]);
        }
    }

    private static long adjustSliceBound(Long bound, long n, long step, long dflt) {
        if (bound == null) {
            return dflt;
        }
        long v = bound;
        if (v < 0) {
            v += n;
            if (v < 0) {
                v = step < 0 ? -1 : 0;
            }
        } else if (v >= n) {
            v = step < 0 ? n - 1 : n;
        }
        return v;
    }

    /** {@code s * n}: empty for {@code n <= 0}. */
    @TruffleBoundary
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (n > (Integer.MAX_VALUE - 16) / s.length()) {
            if (n > Long.MAX_VALUE / s.length()) {
                throw Errors.overflowError("repeated string is too long");
            }
            throw Errors.memoryError("");
        }
        return s.repeat((int) n);
    }

    /** Compares by code points (Java's {@code compareTo} compares UTF-16 units, which orders differently). */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    // ---- searching ----

    /** find/count/startswith bound adjustment: negative from the end, clamped to [0, len] (start is not capped). */
    private static long[] adjustRange(long n, Long start, Long end) {
        long a = start == null ? 0 : start;
        long b = end == null ? n : end;
        if (b > n) {
            b = n;
        } else if (b < 0) {
            b += n;
            if (b < 0) {
                b = 0;
            }
        }
        if (a < 0) {
            a += n;
            if (a < 0) {
                a = 0;
            }
        }
        return new long[]{a, b};
    }

    /** {@code s.find(sub, start, end)}: the lowest code-point index, or -1. */
    @TruffleBoundary
    public static long find(String s, String sub, Long start, Long end) {
        long n = len(s);
        long[] r = adjustRange(n, start, end);
        long subLen = len(sub);
        if (r[1] - r[0] < subLen) {
            return -1;
        }
        int from = offset(s, r[0]);
        int to = offset(s, r[1]);
        int idx = s.indexOf(sub, from);
        if (idx < 0 || idx + sub.length() > to) {
            return -1;
        }
        return cpIndex(s, idx);
    }

    /** {@code s.rfind(sub, start, end)}: the highest code-point index, or -1. */
    @TruffleBoundary
    public static long rfind(String s, String sub, Long start, Long end) {
        long n = len(s);
        long[] r = adjustRange(n, start, end);
        long subLen = len(sub);
        if (r[1] - r[0] < subLen) {
            return -1;
        }
        int from = offset(s, r[0]);
        int to = offset(s, r[1]);
        int idx = s.lastIndexOf(sub, to - sub.length());
        if (idx < from) {
            return -1;
        }
        return cpIndex(s, idx);
    }

    @TruffleBoundary
    public static long index(String s, String sub, Long start, Long end) {
        long r = find(s, sub, start, end);
        if (r < 0) {
            throw Errors.valueError("substring not found");
        }
        return r;
    }

    @TruffleBoundary
    public static long rindex(String s, String sub, Long start, Long end) {
        long r = rfind(s, sub, start, end);
        if (r < 0) {
            throw Errors.valueError("substring not found");
        }
        return r;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences; an empty {@code sub} counts the gaps. */
    @TruffleBoundary
    public static long count(String s, String sub, Long start, Long end) {
        long n = len(s);
        long[] r = adjustRange(n, start, end);
        if (r[0] > n || r[1] < r[0]) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int from = offset(s, r[0]);
        int to = offset(s, r[1]);
        long c = 0;
        int i = from;
        while (true) {
            int idx = s.indexOf(sub, i);
            if (idx < 0 || idx + sub.length() > to) {
                return c;
            }
            c++;
            i = idx + sub.length();
        }
    }

    /** {@code s.startswith(prefix, start, end)} for one prefix (a tuple of prefixes is the caller's loop). */
    @TruffleBoundary
    public static boolean startswith(String s, String prefix, Long start, Long end) {
        long n = len(s);
        long[] r = adjustRange(n, start, end);
        long last = r[1] - len(prefix);
        if (last < r[0]) {
            return false;
        }
        return s.startsWith(prefix, offset(s, r[0]));
    }

    @TruffleBoundary
    public static boolean endswith(String s, String suffix, Long start, Long end) {
        long n = len(s);
        long[] r = adjustRange(n, start, end);
        long at = r[1] - len(suffix);
        if (at < r[0]) {
            return false;
        }
        return s.startsWith(suffix, offset(s, at));
    }

    @TruffleBoundary
    public static boolean contains(String s, String sub) {
        return s.contains(sub);
    }

    // ---- splitting and joining ----

    /** {@code s.split(sep, maxsplit)}; {@code sep == null} splits on runs of whitespace. */
    @TruffleBoundary
    public static String[] split(String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && UnicodeProps.isSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !UnicodeProps.isSpace(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out.toArray(new String[0]);
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (out.size() < maxsplit) {
            int idx = s.indexOf(sep, i);
            if (idx < 0) {
                break;
            }
            out.add(s.substring(i, idx));
            i = idx + sep.length();
        }
        out.add(s.substring(i));
        return out.toArray(new String[0]);
    }

    /** {@code s.rsplit(sep, maxsplit)}: like split, but the splits are made from the right. */
    @TruffleBoundary
    public static String[] rsplit(String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && UnicodeProps.isSpace(s.codePointBefore(j))) {
                    j -= Character.charCount(s.codePointBefore(j));
                }
                if (j <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !UnicodeProps.isSpace(s.codePointBefore(i))) {
                    i -= Character.charCount(s.codePointBefore(i));
                }
                out.add(s.substring(i, j));
                j = i;
            }
        } else {
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            int j = s.length();
            while (out.size() < maxsplit) {
                int idx = j - sep.length() < 0 ? -1 : s.lastIndexOf(sep, j - sep.length());
                if (idx < 0) {
                    break;
                }
                out.add(s.substring(idx + sep.length(), j));
                j = idx;
            }
            out.add(s.substring(0, j));
        }
        java.util.Collections.reverse(out);
        return out.toArray(new String[0]);
    }

    /** {@code s.splitlines(keepends)} at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029. */
    @TruffleBoundary
    public static String[] splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !UnicodeProps.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(start, eol));
        }
        return out.toArray(new String[0]);
    }

    /** {@code sep.join(parts)} once the caller has checked that every item is a str. */
    @TruffleBoundary
    public static String join(String sep, String[] parts) {
        return String.join(sep, parts);
    }

    /** {@code s.partition(sep)}: {before, sep, after}, or {s, "", ""}. */
    @TruffleBoundary
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int idx = s.indexOf(sep);
        if (idx < 0) {
            return new String[]{s, "", ""};
        }
        return new String[]{s.substring(0, idx), sep, s.substring(idx + sep.length())};
    }

    /** {@code s.rpartition(sep)}: {before, sep, after}, or {"", "", s}. */
    @TruffleBoundary
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int idx = s.lastIndexOf(sep);
        if (idx < 0) {
            return new String[]{"", "", s};
        }
        return new String[]{s.substring(0, idx), sep, s.substring(idx + sep.length())};
    }

    // ---- stripping, replacing ----

    /** {@code s.strip(chars)}; {@code chars == null} strips whitespace. */
    @TruffleBoundary
    public static String strip(String s, String chars) {
        return doStrip(s, chars, true, true);
    }

    @TruffleBoundary
    public static String lstrip(String s, String chars) {
        return doStrip(s, chars, true, false);
    }

    @TruffleBoundary
    public static String rstrip(String s, String chars) {
        return doStrip(s, chars, false, true);
    }

    private static boolean strippable(int cp, String chars) {
        if (chars == null) {
            return UnicodeProps.isSpace(cp);
        }
        return chars.indexOf(cp) >= 0;
    }

    private static String doStrip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j && strippable(s.codePointAt(i), chars)) {
                i += Character.charCount(s.codePointAt(i));
            }
        }
        if (right) {
            while (j > i && strippable(s.codePointBefore(j), chars)) {
                j -= Character.charCount(s.codePointBefore(j));
            }
        }
        return s.substring(i, j);
    }

    /** {@code s.replace(old, new, count)}; a negative count replaces all. */
    @TruffleBoundary
    public static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        if (old.isEmpty()) {
            long done = 0;
            int i = 0;
            while (i < s.length() && done < count) {
                sb.append(replacement);
                done++;
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (i >= s.length() && done < count) {
                sb.append(replacement);
            } else {
                sb.append(s, i, s.length());
            }
            return sb.toString();
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int idx = s.indexOf(old, i);
            if (idx < 0) {
                break;
            }
            sb.append(s, i, idx).append(replacement);
            i = idx + old.length();
            done++;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    @TruffleBoundary
    public static String removeprefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    @TruffleBoundary
    public static String removesuffix(String s, String suffix) {
        return !suffix.isEmpty() && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    // ---- case ----

    public static String upper(String s) {
        return CaseMapping.upper(s);
    }

    public static String lower(String s) {
        return CaseMapping.lower(s);
    }

    public static String casefold(String s) {
        return CaseMapping.casefold(s);
    }

    public static String swapcase(String s) {
        return CaseMapping.swapcase(s);
    }

    public static String title(String s) {
        return CaseMapping.title(s);
    }

    public static String capitalize(String s) {
        return CaseMapping.capitalize(s);
    }

    // ---- padding ----

    private static int fillChar(String fill) {
        if (fill.isEmpty() || fill.offsetByCodePoints(0, 1) != fill.length()) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    private static String padded(String s, long left, long right, int fill) {
        if (left + right + s.length() > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError("");
        }
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (long i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /** {@code s.center(width, fill)}; an odd margin puts the extra fill on the left when width is odd. */
    @TruffleBoundary
    public static String center(String s, long width, String fill) {
        int f = fillChar(fill);
        long n = len(s);
        if (width <= n) {
            return s;
        }
        long margin = width - n;
        long left = margin / 2 + (margin & width & 1);
        return padded(s, left, margin - left, f);
    }

    @TruffleBoundary
    public static String ljust(String s, long width, String fill) {
        int f = fillChar(fill);
        long n = len(s);
        return width <= n ? s : padded(s, 0, width - n, f);
    }

    @TruffleBoundary
    public static String rjust(String s, long width, String fill) {
        int f = fillChar(fill);
        long n = len(s);
        return width <= n ? s : padded(s, width - n, 0, f);
    }

    /** {@code s.zfill(width)}: zeros on the left, after a leading sign. */
    @TruffleBoundary
    public static String zfill(String s, long width) {
        long n = len(s);
        if (width <= n) {
            return s;
        }
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + padded(s.substring(1), width - n, 0, '0');
        }
        return padded(s, width - n, 0, '0');
    }

    /** {@code s.expandtabs(tabsize)}: the column restarts after \n and \r. */
    @TruffleBoundary
    public static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - col % tabsize;
                    if (sb.length() + spaces > Integer.MAX_VALUE - 16) {
                        throw Errors.overflowError("new string is too long");
                    }
                    sb.repeat(' ', (int) spaces);
                    col += spaces;
                }
            } else {
                sb.appendCodePoint(cp);
                col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    // ---- predicates ----

    private interface CodePointTest {
        boolean test(int cp);
    }

    private static boolean all(String s, CodePointTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!t.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isalpha(String s) {
        return all(s, UnicodeProps::isAlpha);
    }

    @TruffleBoundary
    public static boolean isdigit(String s) {
        return all(s, UnicodeProps::isDigit);
    }

    @TruffleBoundary
    public static boolean isdecimal(String s) {
        return all(s, UnicodeProps::isDecimal);
    }

    @TruffleBoundary
    public static boolean isnumeric(String s) {
        return all(s, UnicodeProps::isNumeric);
    }

    @TruffleBoundary
    public static boolean isalnum(String s) {
        return all(s, UnicodeProps::isAlnum);
    }

    @TruffleBoundary
    public static boolean isspace(String s) {
        return all(s, UnicodeProps::isSpace);
    }

    /** {@code s.isprintable()}: true for the empty string. */
    @TruffleBoundary
    public static boolean isprintable(String s) {
        return s.isEmpty() || all(s, UnicodeProps::isPrintable);
    }

    @TruffleBoundary
    public static boolean isascii(String s) {
        return CaseMapping.isAscii(s);
    }

    /** {@code s.isupper()}: at least one cased character and no lowercase or titlecase one. */
    @TruffleBoundary
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isLower(cp) || UnicodeProps.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeProps.isUpper(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isUpper(cp) || UnicodeProps.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeProps.isLower(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@code s.istitle()}: upper/titlecase only after uncased characters, lowercase only after cased ones. */
    @TruffleBoundary
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isUpper(cp) || UnicodeProps.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeProps.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@code s.isidentifier()}: an XID_Start character or '_', then XID_Continue characters. */
    @TruffleBoundary
    public static boolean isidentifier(String s) {
        if (s.isEmpty() || !UnicodeProps.isIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length();) {
            int cp = s.codePointAt(i);
            if (!UnicodeProps.isIdentifierPart(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    // ---- translate ----

    /** A translation table as {@code str.translate} consults it: {@code table[ord(c)]}. */
    public interface TranslateTable {
        /** Marker for "no entry" (LookupError): the character is kept. */
        Object KEEP = new Object();

        /**
         * The entry for {@code codePoint}: {@link #KEEP} when there is none, {@code null} (None) to delete the
         * character, a Python int ({@code Long}) for a code point, or a {@code String}; anything else is a TypeError.
         */
        Object lookup(int codePoint);
    }

    /** {@code s.translate(table)}. */
    @TruffleBoundary
    public static String translate(String s, TranslateTable table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r = table.lookup(cp);
            if (r == TranslateTable.KEEP) {
                sb.appendCodePoint(cp);
            } else if (r == null) {
                continue;
            } else if (r instanceof String str) {
                sb.append(str);
            } else if (r instanceof Long || r instanceof Boolean || r instanceof dev.krait.runtime.objects.PInt) {
                java.math.BigInteger v = dev.krait.runtime.objects.PInt.toBigInteger(r);
                if (v.signum() < 0 || v.compareTo(java.math.BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint(v.intValue());
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    /**
     * {@code str.maketrans(x, y, z)}: maps each character of {@code x} to the one at the same position in {@code y}
     * and each of {@code z} (nullable) to None. Keys and code-point values are {@code Long}; None is {@code null}.
     */
    @TruffleBoundary
    public static Map<Long, Object> maketrans(String x, String y, String z) {
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        Map<Long, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < xs.length; i++) {
            m.put((long) xs[i], (long) ys[i]);
        }
        if (z != null) {
            z.codePoints().forEach(c -> m.put((long) c, null));
        }
        return m;
    }

    /** A key of the one-argument {@code str.maketrans(dict)}: a one-character str becomes its code point. */
    @TruffleBoundary
    public static Object maketransKey(Object key) {
        if (key instanceof String s) {
            if (s.isEmpty() || s.offsetByCodePoints(0, 1) != s.length()) {
                throw Errors.valueError("string keys in translate table must be of length 1");
            }
            return (long) s.codePointAt(0);
        }
        if (key instanceof Long || key instanceof Boolean || key instanceof dev.krait.runtime.objects.PInt) {
            return key;
        }
        throw Errors.typeError("keys in translate table must be strings or integers");
    }
}
