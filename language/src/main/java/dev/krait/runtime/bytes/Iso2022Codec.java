package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The stateful CJK codecs as CPython runs them: the ISO-2022 family (iso2022_jp, _jp_1, _jp_2, _jp_ext, iso2022_kr)
 * and hz. The state is CPython's eight bytes (the character sets designated to G0..G3 by their final byte, | 0x80
 * for a two-byte set, then the flags: shifted out, in an unknown escape sequence; hz keeps whether it is in GB mode
 * in the first byte), so an incremental encoder or decoder can hand it over between calls and
 * {@code getstate()} gives CPython's values.
 *
 * <p>The two-byte sets are read from the EUC codecs Krait already has, as CPython's tables are shared the same way:
 * JIS X 0208 and 0212 from euc_jp, KS X 1001 from euc_kr, GB 2312 from gb2312 (each set's code | 0x8080).
 */
final class Iso2022Codec extends CharsetCodec {
    private static final String ILLEGAL = "illegal multibyte sequence";
    private static final String INCOMPLETE = "incomplete multibyte sequence";
    private static final byte ESC = 0x1B;
    private static final byte SO = 0x0E;
    private static final byte SI = 0x0F;
    private static final int ASCII = 'B';
    private static final int DBCS = 0x80;
    private static final int SHIFTED = 0x01;
    private static final int ESC_THROUGHOUT = 0x02;

    /** Set marks (the final byte of the designation, | 0x80 for a two-byte set). */
    private static final int JISX0208 = 'B' | DBCS;
    private static final int JISX0208_O = '@' | DBCS;
    private static final int JISX0212 = 'D' | DBCS;
    private static final int KSX1001 = 'C' | DBCS;
    private static final int GB2312 = 'A' | DBCS;
    private static final int JISX0201_R = 'J';
    private static final int JISX0201_K = 'I';
    private static final int ISO8859_1 = 'A';
    private static final int ISO8859_7 = 'F';

    /** The sets a codec designates, in the order its encoder tries them. */
    private final int[] sets;
    private final boolean hz;
    /** ISO-2022-KR: SO and SI shift to G1 and back; the JP codecs take them as control characters. */
    private final boolean shifts;
    /** ISO-2022-JP-2: G2 holds ISO 8859-1 or -7 for single shifts (ESC N). */
    private final boolean usesG2;

    private static final Map<Integer, DoubleByteSet> SETS = new HashMap<>();

    Iso2022Codec(String module) {
        super(module, module, module);
        this.hz = module.equals("hz");
        this.shifts = module.equals("iso2022_kr");
        this.sets = switch (module) {
            case "iso2022_jp" -> new int[]{JISX0208, JISX0201_R, JISX0208_O};
            case "iso2022_jp_1" -> new int[]{JISX0208, JISX0212, JISX0201_R, JISX0208_O};
            case "iso2022_jp_2" -> new int[]{JISX0208, JISX0212, KSX1001, GB2312, JISX0201_R, JISX0208_O, ISO8859_1, ISO8859_7};
            case "iso2022_jp_ext" -> new int[]{JISX0208, JISX0212, JISX0201_R, JISX0201_K, JISX0208_O};
            case "iso2022_kr" -> new int[]{KSX1001};
            case "hz" -> new int[]{GB2312};
            default -> throw new IllegalArgumentException(module);
        };
        this.usesG2 = module.equals("iso2022_jp_2");
    }

    /** A fresh encoder's or decoder's state, as CPython's. */
    byte[] initialState(boolean decoder) {
        byte[] state = new byte[8];
        if (!hz) {
            state[0] = ASCII;
            state[1] = ASCII;
            if (decoder) {
                state[2] = ASCII;
            }
        }
        return state;
    }

    /** A 94 x 94 set read from an EUC codec: what each code decodes to, and the code of each character. */
    private static final class DoubleByteSet {
        final char[] decoding = new char[94 * 94];
        final Map<Character, Integer> encoding = new HashMap<>();

        DoubleByteSet(String module, int prefix) {
            CharsetCodec codec = CharsetCodecs.lookupOrNull(module);
            for (int row = 0; row < 94; row++) {
                for (int cell = 0; cell < 94; cell++) {
                    byte[] bytes = prefix == 0 ? new byte[]{(byte) (0xA1 + row), (byte) (0xA1 + cell)}
                                    : new byte[]{(byte) prefix, (byte) (0xA1 + row), (byte) (0xA1 + cell)};
                    String text = codec.decode(bytes, "replace", true).text();
                    if (text.length() != 1 || text.charAt(0) == '\ufffd') {
                        continue;
                    }
                    char c = text.charAt(0);
                    decoding[row * 94 + cell] = c;
                    if (java.util.Arrays.equals(codec.encode(text, "replace"), bytes)) {
                        encoding.putIfAbsent(c, (0x21 + row) << 8 | (0x21 + cell));
                    }
                }
            }
            if (module.equals("euc_kr")) {
                // the Hangul filler, which euc_kr reads only as the start of a composed syllable
                decoding[3 * 94 + 0x33] = '\u3164';
                encoding.put('\u3164', 0x2454);
            }
        }
    }

    private static DoubleByteSet set(int mark) {
        synchronized (SETS) {
            return SETS.computeIfAbsent(mark, m -> switch (m) {
                case JISX0208, JISX0208_O -> new DoubleByteSet("euc_jp", 0);
                case JISX0212 -> new DoubleByteSet("euc_jp", 0x8F);
                case KSX1001 -> new DoubleByteSet("euc_kr", 0);
                default -> new DoubleByteSet("gb2312", 0);
            });
        }
    }

    /** The character a set's code (one or two bytes of 0x21..0x7E) stands for, or -1. */
    private static int decodeIn(int mark, byte[] data, int at) {
        int b1 = data[at] & 0xFF;
        switch (mark) {
            case JISX0201_R:
                return b1 == 0x5C ? 0xA5 : b1 == 0x7E ? 0x203E : b1 < 0x80 ? b1 : -1;
            case JISX0201_K:
                return b1 >= 0x21 && b1 <= 0x5F ? 0xFF61 + b1 - 0x21 : -1;
            default:
                int b2 = data[at + 1] & 0xFF;
                if (b1 < 0x21 || b1 > 0x7E || b2 < 0x21 || b2 > 0x7E) {
                    return -1;
                }
                char c = set(mark).decoding[(b1 - 0x21) * 94 + b2 - 0x21];
                return c == 0 ? -1 : c;
        }
    }

    /** The code of cp in a set (one byte, or two as b1 << 8 | b2), or -1. */
    private static int encodeIn(int mark, int cp) {
        switch (mark) {
            case JISX0201_R:
                return cp == 0xA5 ? 0x5C : cp == 0x203E ? 0x7E : -1;
            case JISX0201_K:
                return cp >= 0xFF61 && cp <= 0xFF9F ? cp - 0xFF61 + 0x21 : -1;
            case JISX0208_O, ISO8859_1, ISO8859_7:
                return -1;
            default:
                if (cp > 0xFFFF) {
                    return -1;
                }
                Integer code = set(mark).encoding.get((char) cp);
                return code == null ? -1 : code;
        }
    }

    private static int width(int mark) {
        return (mark & DBCS) != 0 ? 2 : 1;
    }

    private boolean designates(int mark) {
        for (int set : sets) {
            if (set == mark) {
                return true;
            }
        }
        return false;
    }

    @Override
    EscapeCodecs.Decoded decode(byte[] data, String errors, boolean isFinal) {
        return decode(data, errors, isFinal, initialState(true), true);
    }

    /**
     * The text of data from {@code state} (which it leaves as the decoder ends), and how many bytes that used: all
     * when final, else all but an unfinished last sequence.
     */
    EscapeCodecs.Decoded decode(byte[] data, String errors, boolean isFinal, byte[] state, boolean whole) {
        DecodeErrors handler = new DecodeErrors(errorName, data, errors);
        int i = 0;
        while (i < data.length) {
            int r = hz ? decodeHz(data, i, state, handler.out) : decodeIso2022(data, i, state, handler.out);
            if (r > 0) {
                i += r;
            } else if (r == 0) {
                // too few bytes for what starts at i
                if (!isFinal) {
                    return new EscapeCodecs.Decoded(handler.out.toString(), i);
                }
                i = handler.error(i, data.length, INCOMPLETE);
            } else {
                i = handler.error(i, i - r, ILLEGAL);
            }
        }
        return new EscapeCodecs.Decoded(handler.out.toString(), data.length);
    }

    /** Decodes what starts at data[i]: the bytes used (> 0), 0 when more are needed, or -(the error's length). */
    private int decodeIso2022(byte[] data, int i, byte[] state, StringBuilder out) {
        int c = data[i] & 0xFF;
        int left = data.length - i;
        if ((state[4] & ESC_THROUGHOUT) != 0) {
            // the bytes of an escape sequence this codec does not know, up to its final byte, as Latin-1
            out.append((char) c);
            if (c >= 'A' && c <= 'Z' || c == '@') {
                state[4] &= ~ESC_THROUGHOUT;
            }
            return 1;
        }
        if (c == ESC) {
            if (left < 2) {
                return 0;
            }
            int c2 = data[i + 1];
            if (c2 == '(' || c2 == ')' || c2 == '$' || c2 == '.' || c2 == '&') {
                return escape(data, i, state);
            } else if (usesG2 && c2 == 'N') {
                return singleShift(data, i, state, out);
            }
            out.append((char) ESC);
            state[4] |= ESC_THROUGHOUT;
            return 1;
        }
        if (shifts && c == SI) {
            state[4] &= ~SHIFTED;
            return 1;
        } else if (shifts && c == SO) {
            state[4] |= SHIFTED;
            return 1;
        } else if (c == '\n') {
            state[4] &= ~SHIFTED;
            out.append('\n');
            return 1;
        } else if (c < 0x20) {
            out.append((char) c);
            return 1;
        } else if (c >= 0x80) {
            return -1;
        }
        int mark = (state[4] & SHIFTED) != 0 ? state[1] & 0xFF : state[0] & 0xFF;
        if (mark == ASCII) {
            out.append((char) c);
            return 1;
        }
        int width = width(mark);
        if (left < width) {
            return 0;
        }
        int decoded = decodeIn(mark, data, i);
        if (decoded < 0) {
            return -width;
        }
        out.appendCodePoint(decoded);
        return width;
    }

    /** An escape sequence at data[i]: its length once it designated a set, 0 when cut off, or -(its length). */
    private int escape(byte[] data, int i, byte[] state) {
        int length = 0;
        for (int k = 1; k < 16; k++) {
            if (i + k >= data.length) {
                return 0;
            }
            int b = data[i + k];
            if (b >= 'A' && b <= 'Z' || b == '@') {
                length = k + 1;
                break;
            } else if (!shifts && b == '&' && i + k + 1 < data.length && data[i + k + 1] == '@') {
                // ESC & @ ESC $ B: JIS X 0208-1990 announced before its designation
                k += 2;
            }
        }
        if (length == 0) {
            return -1;
        }
        if (length == 6 && !shifts && data[i + 3] == ESC && data[i + 4] == '$' && data[i + 5] == 'B') {
            state[0] = (byte) JISX0208;
            return 6;
        }
        int mark;
        int plane;
        if (length == 3) {
            int c2 = data[i + 1];
            if (c2 == '$') {
                mark = data[i + 2] | DBCS;
                plane = 0;
            } else {
                mark = data[i + 2];
                plane = c2 == '(' ? 0 : c2 == ')' ? 1 : usesG2 && c2 == '.' ? 2 : -1;
            }
        } else if (length == 4 && data[i + 1] == '$') {
            mark = data[i + 3] | DBCS;
            plane = data[i + 2] == '(' ? 0 : data[i + 2] == ')' ? 1 : -1;
        } else {
            return -length;
        }
        if (plane < 0 || mark != ASCII && !designates(mark)) {
            return -length;
        }
        state[plane] = (byte) mark;
        return length;
    }

    /** ESC N and a byte: that byte in the set G2 holds. */
    private static int singleShift(byte[] data, int i, byte[] state, StringBuilder out) {
        if (data.length - i < 3) {
            return 0;
        }
        int c = data[i + 2] & 0xFF;
        if (c >= 0x80 && state[2] != ISO8859_7) {
            return -3;
        }
        switch (state[2]) {
            case ISO8859_1 -> out.append((char) (c | 0x80));
            case ISO8859_7 -> {
                int decoded = iso8859_7(c ^ 0x80);
                if (decoded < 0) {
                    return -3;
                }
                out.append((char) decoded);
            }
            default -> out.append((char) c);
        }
        return 3;
    }

    /** CPython's ISO 8859-7 for ISO-2022-JP-2: the 1987 edition (no euro, drachma or ypogegrammeni), or -1. */
    private static int iso8859_7(int c) {
        if (c < 0xA0 || c < 0xC0 && (0x288F3BC9L & 1L << c - 0xA0) != 0) {
            return c;
        } else if (c >= 0xB4 && c <= 0xFE && (c >= 0xD4 || (0xBFFFFD77L & 1L << c - 0xB4) != 0)) {
            return 0x2D0 + c;
        }
        return switch (c) {
            case 0xA1 -> 0x2018;
            case 0xA2 -> 0x2019;
            case 0xAF -> 0x2015;
            default -> -1;
        };
    }

    private static int decodeHz(byte[] data, int i, byte[] state, StringBuilder out) {
        int c = data[i] & 0xFF;
        if (c == '~') {
            if (data.length - i < 2) {
                return 0;
            }
            int c2 = data[i + 1];
            if (c2 == '~' && state[0] == 0) {
                out.append('~');
            } else if (c2 == '{' && state[0] == 0) {
                state[0] = 1;
            } else if (c2 == '}' && state[0] == 1) {
                state[0] = 0;
            } else if (c2 != '\n' || state[0] != 0) {
                return -1;
            }
            return 2;
        }
        if (c >= 0x80) {
            return -1;
        }
        if (state[0] == 0) {
            out.append((char) c);
            return 1;
        }
        if (data.length - i < 2) {
            return 0;
        }
        int decoded = decodeIn(GB2312, data, i);
        if (decoded < 0) {
            return -1;
        }
        out.append((char) decoded);
        return 2;
    }

    @Override
    byte[] encode(String text, String errors) {
        return encode(text, errors, true, initialState(false));
    }

    /** The bytes of text from {@code state} (which it leaves as the encoder ends); final resets to ASCII at the end. */
    byte[] encode(String text, String errors, boolean isFinal, byte[] state) {
        int[] cps = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length * 2 + 8);
        EncodeErrors handler = null;
        int i = 0;
        while (i < cps.length) {
            if (encodeOne(cps[i], state, out)) {
                i++;
                continue;
            }
            if (handler == null) {
                handler = new EncodeErrors(errorName, text, cps, errors);
            }
            EncodeErrors.Replacement replacement = handler.handle(i, i + 1, ILLEGAL);
            if (replacement.bytes() != null) {
                out.writeBytes(replacement.bytes());
            } else {
                String s = replacement.text();
                for (int k = 0; k < s.length(); k = s.offsetByCodePoints(k, 1)) {
                    if (!encodeOne(s.codePointAt(k), state, out)) {
                        throw handler.fail(i, i + 1, ILLEGAL);
                    }
                }
            }
            i = replacement.next();
        }
        if (isFinal) {
            reset(state, out);
        }
        return out.toByteArray();
    }

    /** What an encoder writes to end in its initial mode (ASCII, shifted in), as CPython's reset. */
    void reset(byte[] state, ByteArrayOutputStream out) {
        if (hz) {
            if (state[0] != 0) {
                out.write('~');
                out.write('}');
                state[0] = 0;
            }
            return;
        }
        if ((state[4] & SHIFTED) != 0) {
            out.write(SI);
            state[4] &= ~SHIFTED;
        }
        if (state[0] != ASCII) {
            out.writeBytes(new byte[]{ESC, '(', 'B'});
            state[0] = ASCII;
        }
    }

    /** Writes cp, with the escapes or shifts it needs; false when no set of the codec has it. */
    private boolean encodeOne(int cp, byte[] state, ByteArrayOutputStream out) {
        if (hz) {
            return encodeHz(cp, state, out);
        }
        if (cp < 0x80) {
            if (state[0] != ASCII) {
                out.writeBytes(new byte[]{ESC, '(', 'B'});
                state[0] = ASCII;
            }
            if ((state[4] & SHIFTED) != 0) {
                out.write(SI);
                state[4] &= ~SHIFTED;
            }
            out.write(cp);
            return true;
        }
        for (int mark : sets) {
            int code = encodeIn(mark, cp);
            if (code < 0) {
                continue;
            }
            if (shifts) {
                // KS X 1001 in G1, shifted out to
                if ((state[1] & 0xFF) != mark) {
                    out.writeBytes(new byte[]{ESC, '$', ')', (byte) (mark & 0x7F)});
                    state[1] = (byte) mark;
                }
                if ((state[4] & SHIFTED) == 0) {
                    out.write(SO);
                    state[4] |= SHIFTED;
                }
            } else if ((state[0] & 0xFF) != mark) {
                if (width(mark) == 1) {
                    out.writeBytes(new byte[]{ESC, '(', (byte) mark});
                } else if (mark == JISX0208) {
                    out.writeBytes(new byte[]{ESC, '$', 'B'});
                } else {
                    out.writeBytes(new byte[]{ESC, '$', '(', (byte) (mark & 0x7F)});
                }
                state[0] = (byte) mark;
            }
            if (width(mark) == 2) {
                out.write(code >> 8);
            }
            out.write(code & 0xFF);
            return true;
        }
        return false;
    }

    private static boolean encodeHz(int cp, byte[] state, ByteArrayOutputStream out) {
        if (cp < 0x80) {
            if (state[0] != 0) {
                out.write('~');
                out.write('}');
                state[0] = 0;
            }
            out.write(cp);
            if (cp == '~') {
                out.write('~');
            }
            return true;
        }
        int code = encodeIn(GB2312, cp);
        if (code < 0) {
            return false;
        }
        if (state[0] == 0) {
            out.write('~');
            out.write('{');
            state[0] = 1;
        }
        out.write(code >> 8);
        out.write(code & 0xFF);
        return true;
    }
}
