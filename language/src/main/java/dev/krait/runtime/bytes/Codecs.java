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
 * (with or without a byte order), with every error handler ({@link DecodeErrors}, {@link EncodeErrors}: the builtin
 * ones and those registered with {@code codecs.register_error}). As in CPython an error handler's name is looked up
 * only when an error needs it. The stateful decoding of the {@code _codecs} functions ({@code final}, the byte order
 * of {@code utf_16_ex_decode}) is here too. The charmap and CJK codecs are {@link CharsetCodecs}'s;
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
        return decodeText(data, encoding, errors, true).text();
    }

    /**
     * What the {@code _codecs} functions of the Unicode codecs give ({@code utf_16_le_decode(data, errors, final)}...):
     * the text and how many bytes were consumed, which is fewer than all only when {@code isFinal} is false and the
     * input ends inside a character. {@code encodingName} is one of the UTF, ASCII or Latin-1 names.
     */
    @TruffleBoundary
    public static EscapeCodecs.Decoded decodeStateful(byte[] data, String encodingName, String errors, boolean isFinal) {
        return decodeText(data, lookup(encodingName), errors, isFinal);
    }

    /** What the byte order mark showed (-1 little endian, 1 big endian, 0 none) with the text and the bytes consumed. */
    public record DecodedWithOrder(String text, int consumed, int byteorder) {
    }

    /**
     * {@code utf_16_ex_decode} and {@code utf_32_ex_decode}: with {@code byteorder} 0 a byte order mark at the start
     * decides the order (and is consumed), otherwise -1 means little endian and 1 big endian.
     */
    @TruffleBoundary
    public static DecodedWithOrder decodeWithOrder(byte[] data, int width, String errors, int byteorder, boolean isFinal) {
        Decoder decoder = new Decoder(data, errors, isFinal);
        int consumed = width == 2 ? decoder.utf16(byteorder) : decoder.utf32(byteorder);
        return new DecodedWithOrder(decoder.out.toString(), consumed, decoder.byteorder);
    }

    private static EscapeCodecs.Decoded decodeText(byte[] data, Encoding encoding, String errors, boolean isFinal) {
        Decoder decoder = new Decoder(data, errors, isFinal);
        int consumed = switch (encoding) {
            case UTF8 -> decoder.utf8();
            case ASCII -> decoder.singleByte(128, "ascii");
            case LATIN1 -> decoder.singleByte(256, "latin-1");
            case UTF16 -> decoder.utf16(0);
            case UTF16LE -> decoder.utf16(-1);
            case UTF16BE -> decoder.utf16(1);
            case UTF32 -> decoder.utf32(0);
            case UTF32LE -> decoder.utf32(-1);
            case UTF32BE -> decoder.utf32(1);
            default -> throw new IllegalStateException(encoding.name());
        };
        return new EscapeCodecs.Decoded(decoder.out.toString(), consumed);
    }

    /**
     * A decoder of one input. Each method returns how many bytes it consumed; the undecodable bytes go to the error
     * handler ({@link DecodeErrors}: the builtin handlers and any registered one), and decoding goes on where it says.
     */
    private static final class Decoder {
        private final byte[] data;
        private final String errorsName;
        private final boolean isFinal;
        private DecodeErrors errors;
        private StringBuilder out;
        /** The byte order a UTF-16 or UTF-32 decoding used: -1 little, 1 big, 0 no mark seen (native order). */
        int byteorder;

        Decoder(byte[] data, String errors, boolean isFinal) {
            this.data = data;
            this.errorsName = errors;
            this.isFinal = isFinal;
        }

        private void begin(String codec) {
            errors = new DecodeErrors(codec, data, errorsName);
            out = errors.out;
        }

        private int at(int i) {
            return data[i] & 0xff;
        }

        int singleByte(int limit, String name) {
            begin(name);
            int i = 0;
            while (i < data.length) {
                int b = at(i);
                if (b < limit) {
                    out.append((char) b);
                    i++;
                } else {
                    i = errors.error(i, i + 1, "ordinal not in range(128)");
                }
            }
            return data.length;
        }

        int utf8() {
            begin("utf-8");
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
                    } else if (b == 0xED) {
                        max = 0x9F;
                        if (!isFinal && n - i == 2 && at(i + 1) >= 0xA0 && at(i + 1) <= 0xBF) {
                            return i; // a surrogate cut off at the end: surrogatepass may decode it with more input
                        }
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
                    i = errors.error(i, i + 1, "invalid start byte");
                    continue;
                }
                int j = i + 1;
                int next = -1;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= n) {
                        if (!isFinal) {
                            return i;
                        }
                        next = errors.error(i, n, "unexpected end of data");
                        break;
                    }
                    int c = at(j);
                    if (c < (k == 0 ? min : 0x80) || c > (k == 0 ? max : 0xBF)) {
                        next = errors.error(i, j, "invalid continuation byte");
                        break;
                    }
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (next < 0) {
                    out.appendCodePoint(cp);
                    next = j;
                }
                i = next;
            }
            return n;
        }

        /** UTF-16 in the byte order {@code order} (-1 little, 1 big; 0: a byte order mark's, else native). */
        int utf16(int order) {
            int n = data.length;
            int i = 0;
            if (order == 0 && n >= 2) {
                if (at(0) == 0xFF && at(1) == 0xFE) {
                    i = 2;
                    order = -1;
                } else if (at(0) == 0xFE && at(1) == 0xFF) {
                    i = 2;
                    order = 1;
                }
            }
            byteorder = order;
            boolean big = order > 0;
            begin(big ? "utf-16-be" : "utf-16-le");
            while (i < n) {
                if (i + 1 >= n) {
                    if (!isFinal) {
                        return i;
                    }
                    i = errors.error(i, n, "truncated data");
                    continue;
                }
                int unit = unit16(i, big);
                if (unit < 0xD800 || unit > 0xDFFF) {
                    out.append((char) unit);
                    i += 2;
                } else if (unit >= 0xDC00) {
                    i = errors.error(i, i + 2, "illegal encoding");
                } else if (i + 3 >= n) {
                    if (!isFinal) {
                        return i;
                    }
                    i = errors.error(i, n, "unexpected end of data");
                } else {
                    int low = unit16(i + 2, big);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        out.append((char) unit).append((char) low);
                        i += 4;
                    } else {
                        i = errors.error(i, i + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
            return n;
        }

        private int unit16(int i, boolean big) {
            return big ? at(i) << 8 | at(i + 1) : at(i + 1) << 8 | at(i);
        }

        /** UTF-32 in the byte order {@code order} (-1 little, 1 big; 0: a byte order mark's, else native). */
        int utf32(int order) {
            int n = data.length;
            int i = 0;
            if (order == 0 && n >= 4) {
                if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
                    i = 4;
                    order = -1;
                } else if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
                    i = 4;
                    order = 1;
                }
            }
            byteorder = order;
            boolean big = order > 0;
            begin(big ? "utf-32-be" : "utf-32-le");
            while (i < n) {
                if (i + 3 >= n) {
                    if (!isFinal) {
                        return i;
                    }
                    i = errors.error(i, n, "truncated data");
                    continue;
                }
                long cp = big ? (long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3)
                                : (long) at(i + 3) << 24 | at(i + 2) << 16 | at(i + 1) << 8 | at(i);
                if (cp > 0x10FFFF) {
                    i = errors.error(i, i + 4, "code point not in range(0x110000)");
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    i = errors.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    out.appendCodePoint((int) cp);
                    i += 4;
                }
            }
            return n;
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
        private EncodeErrors handler;

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
                // ASCII, Latin-1 and UTF-8 hand a run of unencodable characters to the handler, UTF-16 and UTF-32 one
                int end = i + 1;
                while (unitSize() == 1 && end < cps.length && !encodable(cps[end])) {
                    end++;
                }
                i = error(i, end);
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

        /**
         * Handles the unencodable code points {@code [start, end)} through {@link EncodeErrors} (the builtin handlers
         * and any registered one); returns where encoding goes on. Bytes the handler gives are written as they are
         * (whole code units of UTF-16 and UTF-32); text must be ASCII (the replaced range's error otherwise), or Latin-1 for the Latin-1 codec, as in CPython.
         */
        private int error(int start, int end) {
            if (handler == null) {
                handler = new EncodeErrors(encoding.codecName, text, cps, errors);
            }
            EncodeErrors.Replacement replacement = handler.handle(start, end, reason());
            if (replacement.bytes() != null) {
                if (replacement.bytes().length % unitSize() != 0) {
                    throw fail(start, end);
                }
                out.writeBytes(replacement.bytes());
            } else {
                String s = replacement.text();
                int limit = encoding == Encoding.LATIN1 ? 256 : 128;
                for (int k = 0; k < s.length(); k++) {
                    if (s.charAt(k) >= limit) {
                        throw fail(start, end);
                    }
                }
                for (int k = 0; k < s.length(); k++) {
                    put(s.charAt(k));
                }
            }
            return replacement.next();
        }

        /** Bytes from an error handler must be whole code units of UTF-16 and UTF-32. */
        private int unitSize() {
            return switch (encoding) {
                case UTF16, UTF16LE, UTF16BE -> 2;
                case UTF32, UTF32LE, UTF32BE -> 4;
                default -> 1;
            };
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
