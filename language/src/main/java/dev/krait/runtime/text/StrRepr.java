package dev.krait.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code repr(str)} and {@code ascii(str)}. */
public final class StrRepr {
    private StrRepr() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * {@code repr(s)}: single quotes unless the text has a single quote and no double quote; backslash escapes for the
     * quote, the backslash, \t \n \r and every non-printable character (\xhh, \\uhhhh or \Uhhhhhhhh by size).
     */
    @TruffleBoundary
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: like {@link #repr} but every non-ASCII character escaped as well. */
    @TruffleBoundary
    public static String ascii(String s) {
        return quote(s, true);
    }

    /** Escapes the non-ASCII characters of an already-made repr (what {@code ascii(obj)} does to {@code repr(obj)}). */
    @TruffleBoundary
    public static String escapeNonAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else {
                appendEscape(sb, cp);
            }
        }
        return sb.toString();
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            q = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                appendEscape(sb, cp);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (!asciiOnly && UnicodeProps.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                appendEscape(sb, cp);
            }
        }
        sb.append(q);
        return sb.toString();
    }

    private static void appendEscape(StringBuilder sb, int cp) {
        if (cp < 0x100) {
            sb.append("\\x");
            appendHex(sb, cp, 2);
        } else if (cp < 0x10000) {
            sb.append("\\u");
            appendHex(sb, cp, 4);
        } else {
            sb.append("\\U");
            appendHex(sb, cp, 8);
        }
    }

    private static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 0xF]);
        }
    }
}
