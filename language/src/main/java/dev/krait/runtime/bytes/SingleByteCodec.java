package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A single-byte codec as CPython's charmap codecs behave: a table of 256 characters, read from the JDK's charset one
 * byte at a time and then corrected where CPython's table differs (the differences were measured byte by byte against
 * CPython 3.12 and are given as {@code "hh:cccc"} pairs, {@code "hh:-"} for a byte CPython leaves undefined). Encoding
 * uses the inverse table (the last byte for a character wins, as in CPython's charmap_build). Errors name the codec
 * 'charmap', as CPython's do.
 */
final class SingleByteCodec extends CharsetCodec {
    private static final char UNDEFINED = '\uFFFE';
    private static final String REASON = "character maps to <undefined>";

    private final char[] decoding = new char[256];
    /** Character to byte + 1 (0: unencodable), for the BMP. */
    private final short[] encoding = new short[0x10000];

    SingleByteCodec(String module, Charset charset, String corrections) {
        super(module, module.replace('_', '-'), "charmap");
        for (int b = 0; b < 256; b++) {
            decoding[b] = javaCharacter(charset, b);
        }
        if (!corrections.isEmpty()) {
            for (String pair : corrections.split(" ")) {
                int b = Integer.parseInt(pair, 0, 2, 16);
                decoding[b] = pair.endsWith("-") ? UNDEFINED : (char) Integer.parseInt(pair, 3, pair.length(), 16);
            }
        }
        for (int b = 0; b < 256; b++) {
            if (decoding[b] != UNDEFINED) {
                encoding[decoding[b]] = (short) (b + 1);
            }
        }
    }

    private static char javaCharacter(Charset charset, int b) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = decoder.decode(ByteBuffer.wrap(new byte[]{(byte) b}));
            return decoded.length() == 1 ? decoded.get(0) : UNDEFINED;
        } catch (CharacterCodingException e) {
            return UNDEFINED;
        }
    }

    /** The 256 characters (U+FFFE where undefined). */
    char[] decodingTable() {
        return Arrays.copyOf(decoding, 256);
    }

    @Override
    EscapeCodecs.Decoded decode(byte[] data, String errors, boolean isFinal) {
        DecodeErrors handler = new DecodeErrors(errorName, data, errors);
        StringBuilder out = handler.out;
        int i = 0;
        while (i < data.length) {
            char c = decoding[data[i] & 0xFF];
            if (c != UNDEFINED) {
                out.append(c);
                i++;
            } else {
                i = handler.error(i, i + 1, REASON);
            }
        }
        return new EscapeCodecs.Decoded(out.toString(), data.length);
    }

    @Override
    byte[] encode(String text, String errors) {
        int[] cps = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        EncodeErrors handler = null;
        int i = 0;
        while (i < cps.length) {
            int b = byteOf(cps[i]);
            if (b >= 0) {
                out.write(b);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && byteOf(cps[end]) < 0) {
                end++;
            }
            if (handler == null) {
                handler = new EncodeErrors(errorName, text, cps, errors);
            }
            EncodeErrors.Replacement replacement = handler.handle(i, end, REASON);
            if (replacement.bytes() != null) {
                out.writeBytes(replacement.bytes());
            } else {
                String s = replacement.text();
                for (int k = 0; k < s.length(); k++) {
                    int rb = byteOf(s.charAt(k));
                    if (rb < 0) {
                        throw handler.fail(i, end, REASON);
                    }
                    out.write(rb);
                }
            }
            i = replacement.next();
        }
        return out.toByteArray();
    }

    private int byteOf(int cp) {
        return cp < 0x10000 ? encoding[cp] - 1 : -1;
    }
}
