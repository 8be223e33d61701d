package dev.krait.parser;

/** Decodes the body of string and bytes literals: escape sequences, raw strings, the ASCII rule for bytes. */
final class StringDecoder {
    private StringDecoder() {
    }

    /**
     * Decodes a STRING token's text (prefix, quotes and body) into a String or, for a bytes literal, a byte[].
     */
    static Object decode(SourceText src, Token token) {
        String text = token.text();
        int p = 0;
        boolean raw = false;
        boolean bytes = false;
        while (text.charAt(p) != '\'' && text.charAt(p) != '"') {
            char ch = Character.toLowerCase(text.charAt(p));
            raw |= ch == 'r';
            bytes |= ch == 'b';
            p++;
        }
        char quote = text.charAt(p);
        int q = text.length() > p + 5 && text.charAt(p + 1) == quote && text.charAt(p + 2) == quote ? 3 : 1;
        int bodyStart = token.start() + p + q;
        int bodyEnd = token.end() - q;
        StringBuilder sb = new StringBuilder();
        int pos = bodyStart;
        src.firstInvalidEscape = null;
        while (pos < bodyEnd) {
            int ch = src.at(pos);
            if (bytes && ch >= 128) {
                throw src.error("bytes can only contain ASCII literal characters", token.start(), token.end());
            }
            if (ch == '\\' && !raw) {
                try {
                    pos = escape(src, pos, sb, bytes, bodyStart, bodyEnd);
                } catch (EscapeError e) {
                    throw src.error(e.getMessage(), token.start(), token.end());
                }
            } else if (ch == '\\') {
                sb.append('\\');
                if (pos + 1 < bodyEnd) {
                    sb.appendCodePoint(src.at(pos + 1));
                }
                pos += 2;
            } else {
                sb.appendCodePoint(ch);
                pos++;
            }
        }
        if (src.firstInvalidEscape != null) {
            src.warn(src.firstInvalidEscape, token.start(), token.end());
        }
        if (!bytes) {
            return sb.toString();
        }
        byte[] result = new byte[sb.length()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (byte) sb.charAt(i);
        }
        return result;
    }

    /** A malformed escape: the message and where the escape ends (f-strings report it there). */
    static final class EscapeError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int end;

        EscapeError(String msg, int end) {
            super(msg, null, false, false);
            this.end = end;
        }
    }

    /** Decodes the escape sequence at {@code pos} (a backslash), appends its value and returns the position after it. */
    static int escape(SourceText src, int pos, StringBuilder sb, boolean bytes, int bodyStart, int limit) {
        int ch = src.at(pos + 1);
        int p = pos + 2;
        switch (ch) {
            case '\n' -> {
            }
            case '\\' -> sb.append('\\');
            case '\'' -> sb.append('\'');
            case '"' -> sb.append('"');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = ch - '0';
                for (int i = 0; i < 2 && src.at(p) >= '0' && src.at(p) <= '7'; i++) {
                    v = v * 8 + src.at(p++) - '0';
                }
                if (v > 0377 && src.firstInvalidEscape == null) {
                    src.firstInvalidEscape = "invalid octal escape sequence '" + src.text(pos, p) + "'";
                }
                sb.appendCodePoint(bytes ? v & 0xff : v);
            }
            case 'x' -> p = hexEscape(src, pos, p, 2, sb, bytes, bodyStart, "truncated \\xXX escape");
            case 'u', 'U' -> {
                if (bytes) {
                    sb.append('\\').appendCodePoint(ch);
                } else {
                    p = hexEscape(src, pos, p, ch == 'u' ? 4 : 8, sb, bytes, bodyStart,
                                    ch == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                }
            }
            case 'N' -> {
                if (bytes) {
                    sb.append("\\N");
                    break;
                }
                int close = -1;
                if (src.at(p) == '{') {
                    for (int i = p + 1; i < limit; i++) {
                        if (src.at(i) == '}') {
                            close = i;
                            break;
                        }
                    }
                }
                if (close < 0) {
                    int len = src.at(p) == '{' ? Math.max(limit - pos, 3) : 2;
                    throw unicodeError(src, pos, bodyStart, len, "malformed \\N character escape");
                }
                String name = src.text(p + 1, close);
                // names and name aliases (U+FEFF is BYTE ORDER MARK), as unicodedata.lookup knows them
                int cp = name.isEmpty() ? -1 : dev.krait.runtime.text.UnicodeDatabase.lookup(name);
                if (cp < 0) {
                    throw unicodeError(src, pos, bodyStart, close + 1 - pos, "unknown Unicode character name");
                }
                sb.appendCodePoint(cp);
                p = close + 1;
            }
            default -> {
                // an invalid escape keeps its backslash, with a SyntaxWarning about the literal's first one
                if (src.firstInvalidEscape == null) {
                    src.firstInvalidEscape = "invalid escape sequence '\\" + (ch < 0 ? "" : new String(Character.toChars(ch))) + "'";
                }
                sb.append('\\');
                p = pos + 1;
            }
        }
        return p;
    }

    private static int hexEscape(SourceText src, int pos, int p, int n, StringBuilder sb, boolean bytes, int bodyStart,
                    String msg) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = Character.digit(src.at(p + i), 16);
            if (d < 0 || src.at(p + i) >= 128) {
                throw unicodeError(src, pos, bodyStart, p + i - pos, msg);
            }
            v = v * 16 + d;
        }
        if (v > 0x10ffff) {
            throw unicodeError(src, pos, bodyStart, n + 2, "illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return p + n;
    }

    private static EscapeError unicodeError(SourceText src, int pos, int bodyStart, int len, String what) {
        int from = pos - bodyStart;
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" +
                        (from + len - 1) + ": " + what, pos + len);
    }
}
