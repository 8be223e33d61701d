package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.text.UnicodeDatabase;

/**
 * The backslash-escape codecs: {@code unicode_escape} and {@code raw_unicode_escape} (str to bytes and back, with the
 * error handlers of the codec registry) and the bytes-to-bytes {@code codecs.escape_decode}/{@code escape_encode},
 * which read and write the escapes of a bytes literal. Decoders report how much of the input they consumed, so that
 * an incremental decoder can keep an escape cut off at the end of its input for the next call.
 */
public final class EscapeCodecs {
    private EscapeCodecs() {
    }

    // ---- encoding (never fails) ----

    /** {@code unicode_escape}: printable ASCII as itself, \t \n \r \\ escaped, the rest as backslash-x, -u or -U escapes. */
    @TruffleBoundary
    public static byte[] unicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> ascii(out, "\\\\");
                case '\t' -> ascii(out, "\\t");
                case '\n' -> ascii(out, "\\n");
                case '\r' -> ascii(out, "\\r");
                default -> {
                    if (cp >= 0x20 && cp < 0x7F) {
                        out.write(cp);
                    } else {
                        ascii(out, Codecs.escape(cp));
                    }
                }
            }
        });
        return out.toByteArray();
    }

    /** {@code raw_unicode_escape}: Latin-1 characters as their byte, the rest as backslash-u or -U escapes. */
    @TruffleBoundary
    public static byte[] rawUnicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x100) {
                out.write(cp);
            } else {
                ascii(out, Codecs.escape(cp));
            }
        });
        return out.toByteArray();
    }

    /** {@code codecs.escape_encode}: the bytes as a bytes literal shows them, without the quotes (' is escaped). */
    @TruffleBoundary
    public static byte[] escapeEncode(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        for (byte value : data) {
            int b = value & 0xFF;
            switch (b) {
                case '\\' -> ascii(out, "\\\\");
                case '\'' -> ascii(out, "\\'");
                case '\t' -> ascii(out, "\\t");
                case '\n' -> ascii(out, "\\n");
                case '\r' -> ascii(out, "\\r");
                default -> {
                    if (b >= 0x20 && b < 0x7F) {
                        out.write(b);
                    } else {
                        ascii(out, String.format("\\x%02x", b));
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    // ---- decoding ----

    /** A decoded text and how many bytes of the input it came from. */
    public record Decoded(String text, int consumed) {
    }

    /** What the single-character escapes of a literal stand for, or -1. */
    private static int simpleEscape(int c) {
        return switch (c) {
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'v' -> 0x0B;
            case 'a' -> 0x07;
            default -> -1;
        };
    }

    private static int hexValue(int c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /**
     * {@code unicode_escape} decoding. With {@code isFinal} false an escape cut off by the end of the input is left
     * unconsumed instead of being an error. The DeprecationWarning for an unknown escape names the Python frame
     * {@code warningStackLevel} up (1: the caller of the Java builtin; 2: its caller, past a bundled wrapper).
     */
    @TruffleBoundary
    public static Decoded unicodeEscapeDecode(byte[] data, String errors, boolean isFinal, int warningStackLevel) {
        DecodeErrors handler = new DecodeErrors("unicodeescape", data, errors);
        StringBuilder out = handler.out;
        int n = data.length;
        int firstInvalid = -1;
        int s = 0;
        while (s < n) {
            int c = data[s] & 0xFF;
            if (c != '\\') {
                out.append((char) c);
                s++;
                continue;
            }
            int start = s;
            s++;
            if (s >= n) {
                if (!isFinal) {
                    return new Decoded(out.toString(), start);
                }
                s = handler.error(start, n, "\\ at end of string");
                continue;
            }
            c = data[s++] & 0xFF;
            int simple = simpleEscape(c);
            if (simple >= 0) {
                out.append((char) simple);
                continue;
            }
            if (c == '\n') {
                continue;
            }
            if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int k = 0; k < 2 && s < n && data[s] >= '0' && data[s] <= '7'; k++) {
                    value = (value << 3) + data[s++] - '0';
                }
                if (value > 0377 && firstInvalid < 0) {
                    firstInvalid = s - 3;
                }
                out.append((char) value);
                continue;
            }
            int count = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
            if (count > 0) {
                String message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                int value = 0;
                boolean complete = true;
                for (int k = 0; k < count; k++, s++) {
                    if (s >= n) {
                        complete = false;
                        break;
                    }
                    int digit = hexValue(data[s] & 0xFF);
                    if (digit < 0) {
                        complete = false;
                        break;
                    }
                    value = (value << 4) + digit;
                }
                if (!complete) {
                    if (s >= n && !isFinal) {
                        return new Decoded(out.toString(), start);
                    }
                    s = handler.error(start, s, message);
                } else if (value > Character.MAX_CODE_POINT || value < 0) {
                    s = handler.error(start, s, "illegal Unicode character");
                } else {
                    out.appendCodePoint(value);
                }
                continue;
            }
            if (c == 'N') {
                String message = "malformed \\N character escape";
                if (s < n && data[s] == '{') {
                    int nameStart = ++s;
                    while (s < n && data[s] != '}') {
                        s++;
                    }
                    if (s >= n) {
                        if (!isFinal) {
                            return new Decoded(out.toString(), start);
                        }
                        s = handler.error(start, s, message);
                        continue;
                    }
                    if (s > nameStart) {
                        String name = new String(data, nameStart, s - nameStart, java.nio.charset.StandardCharsets.ISO_8859_1);
                        s++;
                        int cp = UnicodeDatabase.isNameTooLong(name) ? -1 : UnicodeDatabase.lookup(name);
                        if (cp >= 0) {
                            out.appendCodePoint(cp);
                            continue;
                        }
                        message = "unknown Unicode character name";
                    }
                } else if (s >= n && !isFinal) {
                    return new Decoded(out.toString(), start);
                }
                s = handler.error(start, s, message);
                continue;
            }
            if (firstInvalid < 0) {
                firstInvalid = s - 1;
            }
            out.append('\\');
            out.append((char) c);
        }
        warnInvalidEscape(data, firstInvalid, warningStackLevel);
        return new Decoded(out.toString(), n);
    }

    /** {@code raw_unicode_escape} decoding: only backslash-u and -U escapes after an odd number of backslashes are escapes. */
    @TruffleBoundary
    public static Decoded rawUnicodeEscapeDecode(byte[] data, String errors, boolean isFinal) {
        DecodeErrors handler = new DecodeErrors("rawunicodeescape", data, errors);
        StringBuilder out = handler.out;
        int n = data.length;
        int s = 0;
        while (s < n) {
            int c = data[s++] & 0xFF;
            if (c != '\\') {
                out.append((char) c);
                continue;
            }
            int start = s - 1;
            if (s >= n) {
                if (!isFinal) {
                    return new Decoded(out.toString(), start);
                }
                out.append('\\');
                break;
            }
            c = data[s] & 0xFF;
            if (c != 'u' && c != 'U') {
                out.append('\\');
                out.append((char) c);
                s++;
                continue;
            }
            s++;
            int count = c == 'u' ? 4 : 8;
            int value = 0;
            boolean complete = true;
            for (int k = 0; k < count; k++, s++) {
                if (s >= n) {
                    complete = false;
                    break;
                }
                int digit = hexValue(data[s] & 0xFF);
                if (digit < 0) {
                    complete = false;
                    break;
                }
                value = (value << 4) + digit;
            }
            if (!complete) {
                if (s >= n && !isFinal) {
                    return new Decoded(out.toString(), start);
                }
                s = handler.error(start, s, count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            } else if (value > Character.MAX_CODE_POINT || value < 0) {
                s = handler.error(start, s, "\\Uxxxxxxxx out of range");
            } else {
                out.appendCodePoint(value);
            }
        }
        return new Decoded(out.toString(), n);
    }

    /**
     * {@code codecs.escape_decode}: the escapes of a bytes literal; a bad x escape is a ValueError, or becomes ?
     * (replace) or nothing (ignore).
     */
    @TruffleBoundary
    public static byte[] escapeDecode(byte[] data, String errors, int warningStackLevel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int n = data.length;
        int firstInvalid = -1;
        int s = 0;
        while (s < n) {
            int c = data[s++] & 0xFF;
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (s >= n) {
                throw Errors.valueError("Trailing \\ in string");
            }
            c = data[s++] & 0xFF;
            int simple = simpleEscape(c);
            if (simple >= 0) {
                out.write(simple);
            } else if (c == '\n') {
                continue;
            } else if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int k = 0; k < 2 && s < n && data[s] >= '0' && data[s] <= '7'; k++) {
                    value = (value << 3) + data[s++] - '0';
                }
                if (value > 0377 && firstInvalid < 0) {
                    firstInvalid = s - 3;
                }
                out.write(value & 0xFF);
            } else if (c == 'x') {
                if (s + 1 < n && hexValue(data[s] & 0xFF) >= 0 && hexValue(data[s + 1] & 0xFF) >= 0) {
                    out.write(hexValue(data[s] & 0xFF) << 4 | hexValue(data[s + 1] & 0xFF));
                    s += 2;
                    continue;
                }
                if (errors == null || errors.equals("strict")) {
                    throw Errors.valueError("invalid \\x escape at position " + (s - 2));
                } else if (errors.equals("replace")) {
                    out.write('?');
                } else if (!errors.equals("ignore")) {
                    throw Errors.valueError("decoding error; unknown error handling code: " + errors);
                }
                if (s < n && hexValue(data[s] & 0xFF) >= 0) {
                    s++;
                }
            } else {
                if (firstInvalid < 0) {
                    firstInvalid = s - 1;
                }
                out.write('\\');
                out.write(c);
            }
        }
        warnInvalidEscape(data, firstInvalid, warningStackLevel);
        return out.toByteArray();
    }

    /** CPython's DeprecationWarning for the first unknown escape (or octal escape above \377) in decoded input. */
    private static void warnInvalidEscape(byte[] data, int at, int stackLevel) {
        if (at < 0) {
            return;
        }
        int c = data[at] & 0xFF;
        String message;
        if (c >= '4' && c <= '7') {
            message = "invalid octal escape sequence '\\" + new String(data, at, Math.min(3, data.length - at), java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
        } else {
            message = "invalid escape sequence '\\" + (char) c + "'";
        }
        dev.krait.runtime.protocol.PyErrWarn.warn("DeprecationWarning", message, stackLevel);
    }

    /** The text a str argument of a decoder stands for: its UTF-8 bytes, as CPython's codec functions take it. */
    public static byte[] decoderInput(String function, Object value) {
        if (value instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        byte[] data = ByteSequences.dataOrNull(value);
        if (data == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + PyObjectType.typeName(value) + "'");
        }
        return data;
    }
}
