package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The text encodings {@code str.encode} and {@code bytes.decode} know: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32
 * (with or without a byte order), with the error handlers strict, ignore, replace, backslashreplace,
 * surrogateescape, surrogatepass (UTF-8), xmlcharrefreplace and namereplace (encoding). As in CPython an error
 * handler's name is looked up only when an error needs it. The charmap and CJK codecs are {@link CharsetCodecs}'s;
 * any other name goes to the codec registry ({@link RegisteredCodecs}).
 */
public final class Codecs {
    private Codecs() {
    }

    private enum Encoding {
        UTF8("utf-8"),
        ASCII("ascii"),
        LATIN1("latin-1"),
        UTF16("utf-16"),
        UTF16LE("utf-16-le"),
        UTF16BE("utf-16-be"),
        UTF32("utf-32"),
        UTF32LE("utf-32-le"),
        UTF32BE("utf-32-be"),
        UNICODE_ESCAPE("unicodeescape"),
        RAW_UNICODE_ESCAPE("rawunicodeescape");

        final String codecName;

        Encoding(String codecName) {
            this.codecName = codecName;
        }
    }

    /** A str argument such as {@code encoding} of {@code function()}, or its default when not given. */
    @TruffleBoundary
    public static String argument(String function, String parameter, Object value, String defaultValue) {
        if (value == PNone.NO_VALUE) {
            return defaultValue;
        }
        if (!(value instanceof String s)) {
            throw Errors.typeError(function + "() argument '" + parameter + "' must be str, not " +
                            (value == PNone.NONE ? "None" : PyObjectType.typeName(value)));
        }
        return s;
    }

    /** The codec Java implements for a name, or null when only the codec registry (codecs.py) may know it. */
    private static Encoding lookupOrNull(String name) {
        String normalized = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        Encoding encoding = switch (normalized) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> Encoding.UTF8;
            case "ascii", "us_ascii", "646" -> Encoding.ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819" -> Encoding.LATIN1;
            case "utf_16", "utf16", "u16" -> Encoding.UTF16;
            case "utf_16_le", "utf_16le" -> Encoding.UTF16LE;
            case "utf_16_be", "utf_16be" -> Encoding.UTF16BE;
            case "utf_32", "utf32", "u32" -> Encoding.UTF32;
            case "utf_32_le", "utf_32le" -> Encoding.UTF32LE;
            case "utf_32_be", "utf_32be" -> Encoding.UTF32BE;
            case "unicode_escape" -> Encoding.UNICODE_ESCAPE;
            case "raw_unicode_escape" -> Encoding.RAW_UNICODE_ESCAPE;
            default -> null;
        };
        return encoding;
    }

    private static Encoding lookup(String name) {
        Encoding encoding = lookupOrNull(name);
        if (encoding == null) {
            throw Errors.lookupError("unknown encoding: " + name);
        }
        return encoding;
    }

    private static RuntimeException unknownHandler(String errors) {
        return Errors.lookupError("unknown error handler name '" + errors + "'");
    }

    // ---- decoding ----

    @TruffleBoundary
    public static String decode(byte[] data, String encodingName, String errors) {
        Encoding encoding = lookupOrNull(encodingName);
        if (encoding == null) {
            CharsetCodec codec = CharsetCodecs.lookupOrNull(encodingName);
            if (codec == null) {
                return RegisteredCodecs.decode(data, encodingName, errors);
            }
            try {
                return codec.decode(data, errors, true).text();
            } catch (PException e) {
                throw CharsetCodecs.withNote(e, "decoding with '" + encodingName + "' codec failed");
            }
        } else if (encoding == Encoding.UNICODE_ESCAPE) {
            return EscapeCodecs.unicodeEscapeDecode(data, errors, true, 1).text();
        } else if (encoding == Encoding.RAW_UNICODE_ESCAPE) {
            return EscapeCodecs.rawUnicodeEscapeDecode(data, errors, true).text();
        }
        Decoder decoder = new Decoder(data, errors);
        switch (encoding) {
            case UTF8 -> decoder.utf8();
            case ASCII -> decoder.singleByte(128, "ascii");
            case LATIN1 -> decoder.singleByte(256, "latin-1");
            case UTF16, UTF16LE, UTF16BE -> decoder.utf16(encoding);
            case UTF32, UTF32LE, UTF32BE -> decoder.utf32(encoding);
            default -> throw new IllegalStateException(encoding.name());
        }
        return decoder.out.toString();
    }

    private static final class Decoder {
        private final byte[] data;
        private final String errors;
        private final StringBuilder out;
        private String codec;

        Decoder(byte[] data, String errors) {
            this.data = data;
            this.errors = errors;
            this.out = new StringBuilder(data.length);
        }

        private int at(int i) {
            return data[i] & 0xff;
        }

        /** Handles the undecodable bytes {@code [start, end)}: appends what the handler substitutes. */
        private void error(int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw fail(start, end, reason);
                case "ignore" -> {
                }
                case "replace" -> out.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        out.append(String.format("\\x%02x", at(k)));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end; k++) {
                        if (at(k) < 128) {
                            throw fail(start, end, reason);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        out.append((char) (0xDC00 + at(k)));
                    }
                }
                case "surrogatepass", "xmlcharrefreplace", "namereplace" -> throw fail(start, end, reason);
                default -> throw unknownHandler(errors);
            }
        }

        private RuntimeException fail(int start, int end, String reason) {
            return Errors.raiseWithArgs(ErrorType.UnicodeDecodeError, codec, ByteSequences.newBytes(data), (long) start, (long) end, reason);
        }

        void singleByte(int limit, String name) {
            codec = name;
            for (int i = 0; i < data.length; i++) {
                int b = at(i);
                if (b < limit) {
                    out.append((char) b);
                } else {
                    error(i, i + 1, "ordinal not in range(128)");
                }
            }
        }

        void utf8() {
            codec = "utf-8";
            boolean surrogatePass = errors.equals("surrogatepass");
            int n = data.length;
            int i = 0;
            while (i < n) {
                int b = at(i);
                if (b < 0x80) {
                    out.append((char) b);
                    i++;
                    continue;
                }
                int need;
                int cp;
                int min = 0x80;
                int max = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    cp = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    cp = b & 0x0F;
                    if (b == 0xE0) {
                        min = 0xA0;
                    } else if (b == 0xED && !surrogatePass) {
                        max = 0x9F;
                    }
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    cp = b & 0x07;
                    if (b == 0xF0) {
                        min = 0x90;
                    } else if (b == 0xF4) {
                        max = 0x8F;
                    }
                } else {
                    error(i, i + 1, "invalid start byte");
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean complete = true;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= n) {
                        error(i, n, "unexpected end of data");
                        complete = false;
                        break;
                    }
                    int c = at(j);
                    if (c < (k == 0 ? min : 0x80) || c > (k == 0 ? max : 0xBF)) {
                        error(i, j, "invalid continuation byte");
                        complete = false;
                        break;
                    }
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (complete) {
                    out.appendCodePoint(cp);
                }
                i = j;
            }
        }

        void utf16(Encoding encoding) {
            int n = data.length;
            int i = 0;
            boolean big = encoding == Encoding.UTF16BE;
            if (encoding == Encoding.UTF16 && n >= 2) {
                if (at(0) == 0xFF && at(1) == 0xFE) {
                    i = 2;
                } else if (at(0) == 0xFE && at(1) == 0xFF) {
                    i = 2;
                    big = true;
                }
            }
            codec = big ? "utf-16-be" : "utf-16-le";
            while (i < n) {
                if (i + 1 >= n) {
                    error(i, n, "truncated data");
                    break;
                }
                int unit = unit16(i, big);
                if (unit < 0xD800 || unit > 0xDFFF) {
                    out.append((char) unit);
                    i += 2;
                } else if (unit >= 0xDC00) {
                    error(i, i + 2, "illegal encoding");
                    i += 2;
                } else if (i + 3 >= n) {
                    error(i, n, "unexpected end of data");
                    break;
                } else {
                    int low = unit16(i + 2, big);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        out.append((char) unit).append((char) low);
                        i += 4;
                    } else {
                        error(i, i + 2, "illegal UTF-16 surrogate");
                        i += 2;
                    }
                }
            }
        }

        private int unit16(int i, boolean big) {
            return big ? at(i) << 8 | at(i + 1) : at(i + 1) << 8 | at(i);
        }

        void utf32(Encoding encoding) {
            int n = data.length;
            int i = 0;
            boolean big = encoding == Encoding.UTF32BE;
            if (encoding == Encoding.UTF32 && n >= 4) {
                if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
                    i = 4;
                } else if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
                    i = 4;
                    big = true;
                }
            }
            codec = big ? "utf-32-be" : "utf-32-le";
            while (i < n) {
                if (i + 3 >= n) {
                    error(i, n, "truncated data");
                    break;
                }
                long cp = big ? (long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3)
                                : (long) at(i + 3) << 24 | at(i + 2) << 16 | at(i + 1) << 8 | at(i);
                if (cp > 0x10FFFF) {
                    error(i, i + 4, "code point not in range(0x110000)");
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    out.appendCodePoint((int) cp);
                }
                i += 4;
            }
        }
    }

    // ---- encoding ----

    @TruffleBoundary
    public static byte[] encode(String s, String encodingName, String errors) {
        Encoding encoding = lookupOrNull(encodingName);
        if (encoding == null) {
            CharsetCodec codec = CharsetCodecs.lookupOrNull(encodingName);
            if (codec == null) {
                return RegisteredCodecs.encode(s, encodingName, errors);
            }
            try {
                return codec.encode(s, errors);
            } catch (PException e) {
                throw CharsetCodecs.withNote(e, "encoding with '" + encodingName + "' codec failed");
            }
        } else if (encoding == Encoding.UNICODE_ESCAPE) {
            return EscapeCodecs.unicodeEscapeEncode(s);
        } else if (encoding == Encoding.RAW_UNICODE_ESCAPE) {
            return EscapeCodecs.rawUnicodeEscapeEncode(s);
        }
        int[] cps = s.codePoints().toArray();
        Encoder encoder = new Encoder(s, cps, errors, encoding);
        return encoder.run();
    }

    private static final class Encoder {
        private final String text;
        private final int[] cps;
        private final String errors;
        private final Encoding encoding;
        private final ByteArrayOutputStream out;

        Encoder(String text, int[] cps, String errors, Encoding encoding) {
            this.text = text;
            this.cps = cps;
            this.errors = errors;
            this.encoding = encoding;
            this.out = new ByteArrayOutputStream(cps.length);
        }

        private boolean encodable(int cp) {
            return switch (encoding) {
                case ASCII -> cp < 128;
                case LATIN1 -> cp < 256;
                default -> cp < 0xD800 || cp > 0xDFFF;
            };
        }

        private String reason() {
            return switch (encoding) {
                case ASCII -> "ordinal not in range(128)";
                case LATIN1 -> "ordinal not in range(256)";
                default -> "surrogates not allowed";
            };
        }

        byte[] run() {
            if (encoding == Encoding.UTF16) {
                out.write(0xFF);
                out.write(0xFE);
            } else if (encoding == Encoding.UTF32) {
                out.write(0xFF);
                out.write(0xFE);
                out.write(0);
                out.write(0);
            }
            int i = 0;
            while (i < cps.length) {
                if (encodable(cps[i])) {
                    put(cps[i]);
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < cps.length && !encodable(cps[end])) {
                    end++;
                }
                error(i, end);
                i = end;
            }
            return out.toByteArray();
        }

        /** Writes one encodable code point. */
        private void put(int cp) {
            switch (encoding) {
                case ASCII, LATIN1 -> out.write(cp);
                case UTF8 -> {
                    if (cp < 0x80) {
                        out.write(cp);
                    } else if (cp < 0x800) {
                        out.write(0xC0 | cp >> 6);
                        out.write(0x80 | cp & 0x3F);
                    } else if (cp < 0x10000) {
                        out.write(0xE0 | cp >> 12);
                        out.write(0x80 | cp >> 6 & 0x3F);
                        out.write(0x80 | cp & 0x3F);
                    } else {
                        out.write(0xF0 | cp >> 18);
                        out.write(0x80 | cp >> 12 & 0x3F);
                        out.write(0x80 | cp >> 6 & 0x3F);
                        out.write(0x80 | cp & 0x3F);
                    }
                }
                case UTF16, UTF16LE, UTF16BE -> {
                    if (cp >= 0x10000) {
                        unit16(Character.highSurrogate(cp));
                        unit16(Character.lowSurrogate(cp));
                    } else {
                        unit16(cp);
                    }
                }
                case UTF32, UTF32LE, UTF32BE -> {
                    if (encoding == Encoding.UTF32BE) {
                        out.write(cp >>> 24);
                        out.write(cp >> 16 & 0xFF);
                        out.write(cp >> 8 & 0xFF);
                        out.write(cp & 0xFF);
                    } else {
                        out.write(cp & 0xFF);
                        out.write(cp >> 8 & 0xFF);
                        out.write(cp >> 16 & 0xFF);
                        out.write(cp >>> 24);
                    }
                }
            }
        }

        private void unit16(int unit) {
            if (encoding == Encoding.UTF16BE) {
                out.write(unit >> 8);
                out.write(unit & 0xFF);
            } else {
                out.write(unit & 0xFF);
                out.write(unit >> 8);
            }
        }

        private void putAscii(String replacement) {
            for (int k = 0; k < replacement.length(); k++) {
                put(replacement.charAt(k));
            }
        }

        /** Handles the unencodable code points {@code [start, end)}. */
        private void error(int start, int end) {
            switch (errors) {
                case "strict" -> throw fail(start, end);
                case "ignore" -> {
                }
                case "replace" -> {
                    for (int k = start; k < end; k++) {
                        putAscii("?");
                    }
                }
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        putAscii(escape(cps[k]));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = start; k < end; k++) {
                        putAscii("&#" + cps[k] + ";");
                    }
                }
                case "namereplace" -> {
                    for (int k = start; k < end; k++) {
                        String name = Character.getName(cps[k]);
                        putAscii(name == null ? escape(cps[k]) : "\\N{" + name + "}");
                    }
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end; k++) {
                        if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                            throw fail(k, k + 1);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        out.write(cps[k] - 0xDC00);
                    }
                }
                case "surrogatepass" -> {
                    if (encoding != Encoding.UTF8) {
                        throw fail(start, end);
                    }
                    for (int k = start; k < end; k++) {
                        int cp = cps[k];
                        if (cp < 0xD800 || cp > 0xDFFF) {
                            throw fail(k, k + 1);
                        }
                        out.write(0xE0 | cp >> 12);
                        out.write(0x80 | cp >> 6 & 0x3F);
                        out.write(0x80 | cp & 0x3F);
                    }
                }
                default -> throw unknownHandler(errors);
            }
        }

        private RuntimeException fail(int start, int end) {
            return Errors.raiseWithArgs(ErrorType.UnicodeEncodeError, encoding.codecName, text, (long) start, (long) end, reason());
        }
    }

    /** A backslash escape (x and two, u and four or U and eight hex digits): how CPython's messages and backslashreplace show a character. */
    public static String escape(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        } else if (cp < 0x10000) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }
}
