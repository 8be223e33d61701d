package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;

/**
 * The algorithms behind the methods bytes and bytearray share, on byte arrays of exact length. Character classes and
 * case mappings are ASCII-only, as in CPython's bytes methods.
 */
public final class BytesMethods {
    private BytesMethods() {
    }

    /** {@code repr(b)}: {@code b'…'}, or {@code b"…"} when the bytes hold a single quote and no double quote. */
    public static String repr(byte[] data, int length) {
        return repr(data, length, false);
    }

    /** @param escapeSingleQuote escape {@code '} even inside double quotes, as CPython's bytearray repr does */
    @TruffleBoundary
    public static String repr(byte[] data, int length, boolean escapeSingleQuote) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < length; i++) {
            single |= data[i] == '\'';
            dbl |= data[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(length + 3).append('b').append(quote);
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xff;
            if (b == quote || b == '\\' || escapeSingleQuote && b == '\'') {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b < 0x20 || b >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            } else {
                sb.append((char) b);
            }
        }
        return sb.append(quote).toString();
    }

    public static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    public static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    public static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    public static boolean isAlpha(int b) {
        return isLower(b) || isUpper(b);
    }

    public static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    // ---- searching ----

    /** The first index of {@code needle} in {@code data[start, end)}, or -1 ({@code start}, {@code end} already clamped). */
    @TruffleBoundary
    public static int find(byte[] data, byte[] needle, int start, int end) {
        if (end - start < needle.length) {
            return -1;
        }
        outer: for (int i = start; i <= end - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @TruffleBoundary
    public static int rfind(byte[] data, byte[] needle, int start, int end) {
        if (end - start < needle.length) {
            return -1;
        }
        outer: for (int i = end - needle.length; i >= start; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @TruffleBoundary
    public static int count(byte[] data, byte[] needle, int start, int end) {
        if (end - start < needle.length) {
            return 0;
        }
        if (needle.length == 0) {
            return end - start + 1;
        }
        int count = 0;
        int i = start;
        while ((i = find(data, needle, i, end)) >= 0) {
            count++;
            i += needle.length;
        }
        return count;
    }

    public static boolean regionMatches(byte[] data, int at, byte[] part) {
        if (at < 0 || at + part.length > data.length) {
            return false;
        }
        for (int k = 0; k < part.length; k++) {
            if (data[at + k] != part[k]) {
                return false;
            }
        }
        return true;
    }

    // ---- splitting and joining ----

    @TruffleBoundary
    public static List<byte[]> split(byte[] data, byte[] sep, long maxsplit) {
        List<byte[]> parts = new ArrayList<>();
        int n = data.length;
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(data[i] & 0xff)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (parts.size() == maxsplit) {
                    parts.add(Arrays.copyOfRange(data, i, n));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(data[j] & 0xff)) {
                    j++;
                }
                parts.add(Arrays.copyOfRange(data, i, j));
                i = j;
            }
            return parts;
        }
        checkSeparator(sep);
        int i = 0;
        while (parts.size() < maxsplit) {
            int j = find(data, sep, i, n);
            if (j < 0) {
                break;
            }
            parts.add(Arrays.copyOfRange(data, i, j));
            i = j + sep.length;
        }
        parts.add(Arrays.copyOfRange(data, i, n));
        return parts;
    }

    @TruffleBoundary
    public static List<byte[]> rsplit(byte[] data, byte[] sep, long maxsplit) {
        List<byte[]> parts = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == null) {
            int j = data.length;
            while (true) {
                while (j > 0 && isSpace(data[j - 1] & 0xff)) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (parts.size() == maxsplit) {
                    parts.add(Arrays.copyOfRange(data, 0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(data[i - 1] & 0xff)) {
                    i--;
                }
                parts.add(Arrays.copyOfRange(data, i, j));
                j = i;
            }
        } else {
            checkSeparator(sep);
            int j = data.length;
            while (parts.size() < maxsplit) {
                int i = rfind(data, sep, 0, j);
                if (i < 0) {
                    break;
                }
                parts.add(Arrays.copyOfRange(data, i + sep.length, j));
                j = i;
            }
            parts.add(Arrays.copyOfRange(data, 0, j));
        }
        java.util.Collections.reverse(parts);
        return parts;
    }

    public static void checkSeparator(byte[] sep) {
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
    }

    @TruffleBoundary
    public static List<byte[]> splitlines(byte[] data, boolean keepends) {
        List<byte[]> lines = new ArrayList<>();
        int n = data.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && data[j] != '\n' && data[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                eol = data[j] == '\r' && j + 1 < n && data[j + 1] == '\n' ? j + 2 : j + 1;
            }
            lines.add(Arrays.copyOfRange(data, i, keepends ? eol : j));
            i = eol;
        }
        return lines;
    }

    @TruffleBoundary
    public static byte[] join(byte[] sep, List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(items.get(k));
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    public static byte[] replace(byte[] data, byte[] old, byte[] replacement, long maxcount) {
        if (maxcount < 0) {
            maxcount = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = data.length;
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; i <= n; i++) {
                if (done < maxcount) {
                    out.writeBytes(replacement);
                    done++;
                }
                if (i < n) {
                    out.write(data[i]);
                }
            }
            return out.toByteArray();
        }
        int i = 0;
        long done = 0;
        while (done < maxcount) {
            int j = find(data, old, i, n);
            if (j < 0) {
                break;
            }
            out.write(data, i, j - i);
            out.writeBytes(replacement);
            i = j + old.length;
            done++;
        }
        out.write(data, i, n - i);
        return out.toByteArray();
    }

    // ---- stripping and padding ----

    @TruffleBoundary
    public static byte[] strip(byte[] data, byte[] chars, boolean left, boolean right) {
        int i = 0;
        int j = data.length;
        if (left) {
            while (i < j && stripped(data[i], chars)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(data[j - 1], chars)) {
                j--;
            }
        }
        return Arrays.copyOfRange(data, i, j);
    }

    private static boolean stripped(byte b, byte[] chars) {
        if (chars == null) {
            return isSpace(b & 0xff);
        }
        for (byte c : chars) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    /** {@code center}, {@code ljust} ({@code align} '<'), {@code rjust} ('>'). */
    @TruffleBoundary
    public static byte[] pad(byte[] data, long width, byte fill, char align) {
        int n = data.length;
        if (width <= n) {
            return data.clone();
        }
        checkSize(width);
        int total = (int) width - n;
        int left = switch (align) {
            case '<' -> 0;
            case '>' -> total;
            default -> total / 2 + (total & (int) width & 1);
        };
        byte[] result = new byte[(int) width];
        Arrays.fill(result, fill);
        System.arraycopy(data, 0, result, left, n);
        return result;
    }

    @TruffleBoundary
    public static byte[] zfill(byte[] data, long width) {
        int n = data.length;
        if (width <= n) {
            return data.clone();
        }
        byte[] result = pad(data, width, (byte) '0', '>');
        int fill = (int) width - n;
        if (n > 0 && (data[0] == '+' || data[0] == '-')) {
            result[0] = data[0];
            result[fill] = '0';
        }
        return result;
    }

    /** A result size Java can allocate, else CPython's MemoryError. */
    private static void checkSize(long size) {
        if (size > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError("");
        }
    }

    @TruffleBoundary
    public static byte[] expandtabs(byte[] data, long tabsize) {
        if (tabsize > Integer.MAX_VALUE || tabsize < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long column = 0;
        for (byte b : data) {
            if (b == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    if (out.size() + spaces > Integer.MAX_VALUE - 8) {
                        throw Errors.overflowError("result too long");
                    }
                    for (long k = 0; k < spaces; k++) {
                        out.write(' ');
                    }
                    column += spaces;
                }
            } else {
                out.write(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return out.toByteArray();
    }

    // ---- case ----

    public enum Case {
        UPPER,
        LOWER,
        SWAPCASE,
        TITLE,
        CAPITALIZE
    }

    @TruffleBoundary
    public static byte[] changeCase(byte[] data, Case kind) {
        byte[] result = new byte[data.length];
        boolean previousCased = false;
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xff;
            int r = switch (kind) {
                case UPPER -> toUpper(b);
                case LOWER -> toLower(b);
                case SWAPCASE -> isUpper(b) ? toLower(b) : toUpper(b);
                case TITLE -> previousCased ? toLower(b) : toUpper(b);
                case CAPITALIZE -> i == 0 ? toUpper(b) : toLower(b);
            };
            previousCased = isAlpha(b);
            result[i] = (byte) r;
        }
        return result;
    }

    private static int toUpper(int b) {
        return isLower(b) ? b - 32 : b;
    }

    private static int toLower(int b) {
        return isUpper(b) ? b + 32 : b;
    }

    public enum CharClass {
        DIGIT,
        ALPHA,
        ALNUM,
        SPACE,
        ASCII
    }

    @TruffleBoundary
    public static boolean all(byte[] data, CharClass kind) {
        if (data.length == 0) {
            return kind == CharClass.ASCII;
        }
        for (byte value : data) {
            int b = value & 0xff;
            boolean ok = switch (kind) {
                case DIGIT -> isDigit(b);
                case ALPHA -> isAlpha(b);
                case ALNUM -> isAlpha(b) || isDigit(b);
                case SPACE -> isSpace(b);
                case ASCII -> b < 128;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code isupper} (upper: true) and {@code islower}: some cased byte, none of the other case. */
    @TruffleBoundary
    public static boolean isCase(byte[] data, boolean upper) {
        boolean cased = false;
        for (byte value : data) {
            int b = value & 0xff;
            if (upper ? isLower(b) : isUpper(b)) {
                return false;
            }
            cased |= upper ? isUpper(b) : isLower(b);
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isTitle(byte[] data) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte value : data) {
            int b = value & 0xff;
            if (isUpper(b)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(b)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ---- hex ----

    @TruffleBoundary
    public static String hex(byte[] data, String sep, long bytesPerSep) {
        StringBuilder sb = new StringBuilder(data.length * 3);
        int n = data.length;
        long group = Math.abs(bytesPerSep);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0) {
                // groups are counted from the right for a positive bytes_per_sep, from the left for a negative one
                long fromStart = bytesPerSep < 0 ? i : n - i;
                if (fromStart % group == 0) {
                    sb.append(sep);
                }
            }
            int b = data[i] & 0xff;
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static byte[] fromhex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    public static byte[] translate(byte[] data, byte[] table, byte[] delete) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        for (byte b : data) {
            boolean deleted = false;
            for (byte d : delete) {
                if (d == b) {
                    deleted = true;
                    break;
                }
            }
            if (!deleted) {
                out.write(table == null ? b : table[b & 0xff]);
            }
        }
        return out.toByteArray();
    }
}
