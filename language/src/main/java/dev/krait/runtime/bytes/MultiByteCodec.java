package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

/**
 * A CJK codec (Shift_JIS, GBK, Big5, EUC-KR, ...) on the JDK's charset, with the errors of CPython's
 * multibyte codecs: an undecodable byte is an "illegal multibyte sequence" one byte long (decoding goes on after it),
 * a character cut off at the end of the input an "incomplete multibyte sequence" up to the end (or, before the final
 * input of an incremental decoder, left for the next call), and an unencodable character an "illegal multibyte
 * sequence" too.
 *
 * <p>Where the JDK's table differs from CPython's (measured on every one- and two-byte sequence against CPython 3.12),
 * the codec is corrected: a few sequences decode otherwise ({@code "hhhh:cccc"}, {@code "hhhh:-"} undefined,
 * {@code "hhhh:-2"} undefined with an error two bytes long), the JDK's private-use mappings for user-defined areas
 * are undefined in CPython ({@code privateUseUndefined}) or are read from a second charset ({@code fallback}, as
 * cp950's ETEN extensions from Big5). A corrected codec decodes one character at a time and encodes a character only
 * when its bytes decode back to it, except for the characters CPython encodes otherwise (measured on every BMP
 * character: {@code "cccc:hhhh"}, {@code "cccc:-"} unencodable, {@code "prefer:ed,ee"} cp932's preference for the
 * NEC-selected rows over the IBM ones).
 */
final class MultiByteCodec extends CharsetCodec {
    private static final String ILLEGAL = "illegal multibyte sequence";
    private static final String INCOMPLETE = "incomplete multibyte sequence";

    private final Charset charset;
    private final Charset fallback;
    private final boolean privateUseUndefined;
    /** Corrected sequences (their length << 32 | their bytes) and what they decode to. */
    private final Map<Long, Correction> corrections = new HashMap<>();
    private final Map<Integer, byte[]> encodeCorrections = new HashMap<>();
    /** Characters CPython encodes otherwise than as the inverse of its decoding, and to what. */
    private final Map<Integer, byte[]> encodeOverrides = new HashMap<>();
    /** Lead bytes whose sequences CPython prefers when a character has several (cp932's NEC-selected rows). */
    private int[] preferredLeads = new int[0];
    private Map<Integer, byte[]> preferred;
    private final boolean corrected;
    /**
     * The codecs with sequences that stand for two code points, a letter and a combining mark (JIS X 0213's
     * か゚, HKSCS's Ê̄): their encoders write such a pair as that one sequence.
     */
    private final boolean composes;
    private Map<Long, byte[]> pairs;
    private String pairStarts;

    /** What CPython decodes a sequence to: text, or nothing (an error {@code errorLength} bytes long). */
    private record Correction(String text, int length, int errorLength) {
    }

    MultiByteCodec(String module, Charset charset, Charset fallback, boolean privateUseUndefined, String corrections, String encodings) {
        super(module, module, module);
        this.charset = charset;
        this.fallback = fallback;
        this.privateUseUndefined = privateUseUndefined;
        if (!corrections.isEmpty()) {
            for (String pair : corrections.split(" ")) {
                int colon = pair.indexOf(':');
                long sequence = Long.parseLong(pair, 0, colon, 16);
                int length = colon / 2;
                long key = (long) length << 32 | sequence;
                String value = pair.substring(colon + 1);
                if (value.startsWith("-")) {
                    this.corrections.put(key, new Correction(null, length, value.length() == 1 ? 1 : value.charAt(1) - '0'));
                } else {
                    StringBuilder text = new StringBuilder();
                    for (String cp : value.split("\\+")) {
                        text.appendCodePoint(Integer.parseInt(cp, 16));
                    }
                    this.corrections.put(key, new Correction(text.toString(), length, 0));
                    if (text.codePointCount(0, text.length()) == 1) {
                        encodeCorrections.put(text.codePointAt(0), sequence(key));
                    }
                }
            }
        }
        if (!encodings.isEmpty()) {
            for (String pair : encodings.split(" ")) {
                int colon = pair.indexOf(':');
                if (pair.startsWith("prefer:")) {
                    preferredLeads = java.util.Arrays.stream(pair.substring(colon + 1).split(",")).mapToInt(h -> Integer.parseInt(h, 16)).toArray();
                    continue;
                }
                String hex = pair.substring(colon + 1);
                byte[] bytes = new byte[hex.equals("-") ? 0 : hex.length() / 2];
                for (int k = 0; k < bytes.length; k++) {
                    bytes[k] = (byte) Integer.parseInt(hex, 2 * k, 2 * k + 2, 16);
                }
                encodeOverrides.put(Integer.parseInt(pair, 0, colon, 16), bytes);
            }
        }
        this.composes = module.equals("shift_jis_2004") || module.equals("shift_jisx0213") || module.equals("big5hkscs");
        this.corrected = fallback != null || privateUseUndefined || !this.corrections.isEmpty() || !encodeOverrides.isEmpty() ||
                        preferredLeads.length > 0;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isPrivateUse(CharSequence text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 0xE000 && text.charAt(k) <= 0xF8FF) {
                return true;
            }
        }
        return false;
    }

    @Override
    EscapeCodecs.Decoded decode(byte[] data, String errors, boolean isFinal) {
        return corrected ? decodeCorrected(data, errors, isFinal) : decodeWhole(data, errors, isFinal);
    }

    private static byte[] sequence(long key) {
        byte[] bytes = new byte[(int) (key >>> 32)];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) (key >> 8 * (bytes.length - 1 - k));
        }
        return bytes;
    }

    private Correction correctionAt(byte[] data, int i) {
        long sequence = 0;
        for (int length = 1; length <= 4 && i + length <= data.length; length++) {
            sequence = sequence << 8 | data[i + length - 1] & 0xFF;
            Correction correction = corrections.get((long) length << 32 | sequence);
            if (correction != null) {
                return correction;
            }
        }
        return null;
    }

    /** One character at a time, with the corrections. */
    private EscapeCodecs.Decoded decodeCorrected(byte[] data, String errors, boolean isFinal) {
        CharsetDecoder decoder = decoder(charset);
        DecodeErrors handler = new DecodeErrors(errorName, data, errors);
        StringBuilder out = handler.out;
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer chars = CharBuffer.allocate(2);
        int i = 0;
        while (i < data.length) {
            Correction correction = corrections.isEmpty() ? null : correctionAt(data, i);
            if (correction != null) {
                if (correction.text != null) {
                    out.append(correction.text);
                    i += correction.length;
                } else {
                    i = handler.error(i, i + correction.errorLength, ILLEGAL);
                }
                continue;
            }
            in.position(i);
            chars.clear();
            chars.limit(1);
            CoderResult result = decoder.decode(in, chars, false);
            if (chars.position() == 0 && result.isOverflow()) {
                chars.limit(2);
                result = decoder.decode(in, chars, false);
            }
            if (chars.position() > 0) {
                chars.flip();
                String text = chars.toString();
                if (isPrivateUse(text) && fallback != null) {
                    text = fallbackDecode(data, i, in.position());
                } else if (isPrivateUse(text) && privateUseUndefined) {
                    text = null;
                }
                if (text != null) {
                    out.append(text);
                    i = in.position();
                } else {
                    i = handler.error(i, i + 1, ILLEGAL);
                }
            } else if (result.isUnderflow() || i == data.length - 1) {
                // a last byte the JDK finds malformed may be one CPython waits on
                if (!isFinal && isLeadByte(data[i] & 0xFF)) {
                    return new EscapeCodecs.Decoded(out.toString(), i);
                }
                i = unfinished(handler, data, i);
            } else {
                i = handler.error(i, i + 1, ILLEGAL);
            }
        }
        return new EscapeCodecs.Decoded(out.toString(), data.length);
    }

    /**
     * The error for the bytes left at the end of the input: an incomplete sequence when they start with a lead byte,
     * else an illegal one.
     */
    private int unfinished(DecodeErrors handler, byte[] data, int at) {
        if (isLeadByte(data[at] & 0xFF)) {
            return handler.error(at, data.length, INCOMPLETE);
        }
        return handler.error(at, at + 1, ILLEGAL);
    }

    /**
     * Whether CPython's decoder waits for more input after byte b (that does not decode alone): every byte from
     * 0x80 up, but for the Shift_JIS codecs only their lead bytes (measured on every byte against CPython 3.12).
     */
    private boolean isLeadByte(int b) {
        return switch (module) {
            case "shift_jis" -> b >= 0x81 && b <= 0x9F || b >= 0xE0 && b <= 0xEA;
            case "cp932", "shift_jis_2004", "shift_jisx0213" -> b >= 0x81 && b <= 0x9F || b >= 0xE0 && b <= 0xFC;
            default -> b >= 0x80;
        };
    }

    /** The second charset's reading of {@code data[start, end)}, or null where it has none either. */
    private String fallbackDecode(byte[] data, int start, int end) {
        try {
            String text = decoder(fallback).decode(ByteBuffer.wrap(data, start, end - start)).toString();
            return isPrivateUse(text) ? null : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** The bytes a corrected codec encodes one code point to, or null. */
    private byte[] encodeCorrected(int cp) {
        byte[] override = encodeOverrides.get(cp);
        if (override != null) {
            return override.length == 0 ? null : override;
        }
        if (preferredLeads.length > 0) {
            byte[] bytes = preferredSequences().get(cp);
            if (bytes != null) {
                return bytes;
            }
        }
        byte[] corrected = encodeCorrections.get(cp);
        if (corrected != null) {
            return corrected;
        }
        String text = Character.toString(cp);
        if (privateUseUndefined && isPrivateUse(text)) {
            return null;
        }
        for (Charset candidate : fallback == null ? new Charset[]{charset} : new Charset[]{charset, fallback}) {
            byte[] bytes;
            try {
                ByteBuffer encoded = candidate.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
                bytes = new byte[encoded.remaining()];
                encoded.get(bytes);
            } catch (java.nio.charset.CharacterCodingException e) {
                continue;
            }
            if (decodeCorrected(bytes, "strict", true).text().equals(text)) {
                return bytes;
            }
        }
        return null;
    }

    /** The pairs of code points (first << 32 | second) one two-byte sequence of the codec decodes to. */
    private synchronized Map<Long, byte[]> pairs() {
        if (pairs == null) {
            Map<Long, byte[]> found = new HashMap<>();
            for (int lead = 0x81; lead < 0xFF; lead++) {
                if (!isLeadByte(lead) || decodeCorrected(new byte[]{(byte) lead}, "replace", true).text().indexOf('\ufffd') < 0) {
                    continue;  // a character of its own
                }
                for (int trail = 0x40; trail < 0xFF; trail++) {
                    byte[] bytes = {(byte) lead, (byte) trail};
                    String text = decodeCorrected(bytes, "replace", true).text();
                    if (text.codePointCount(0, text.length()) == 2 && text.indexOf('\ufffd') < 0) {
                        int first = text.codePointAt(0);
                        found.putIfAbsent((long) first << 32 | text.codePointAt(Character.charCount(first)), bytes);
                    }
                }
            }
            pairs = found;
        }
        return pairs;
    }

    /** The characters that start a pair {@link #pairs()} (an incremental encoder holds one back at the end). */
    synchronized String pairStarts() {
        if (pairStarts == null) {
            StringBuilder starts = new StringBuilder();
            if (composes) {
                pairs().keySet().stream().mapToInt(key -> (int) (key >>> 32)).distinct().sorted().forEach(starts::appendCodePoint);
            }
            pairStarts = starts.toString();
        }
        return pairStarts;
    }

    /** The characters the sequences of the preferred lead bytes decode to, and those sequences. */
    private synchronized Map<Integer, byte[]> preferredSequences() {
        if (preferred == null) {
            Map<Integer, byte[]> sequences = new HashMap<>();
            for (int lead : preferredLeads) {
                for (int trail = 0x40; trail < 0x100; trail++) {
                    byte[] bytes = {(byte) lead, (byte) trail};
                    try {
                        String text = decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
                        if (text.codePointCount(0, text.length()) == 1 && !isPrivateUse(text)) {
                            sequences.putIfAbsent(text.codePointAt(0), bytes);
                        }
                    } catch (java.nio.charset.CharacterCodingException e) {
                        // not a character of this row
                    }
                }
            }
            preferred = sequences;
        }
        return preferred;
    }

    /** What an incremental encoder writes of text, and how many code points that used (all but a held-back one). */
    record EncodedPart(byte[] bytes, int consumed) {
    }

    EncodedPart encodePart(String text, String errors) {
        if (!composes) {
            return new EncodedPart(encode(text, errors), text.codePointCount(0, text.length()));
        }
        int[] consumed = {0};
        byte[] bytes = encodeCorrected(text, errors, consumed);
        return new EncodedPart(bytes, consumed[0]);
    }

    private byte[] encodeCorrected(String text, String errors) {
        return encodeCorrected(text, errors, null);
    }

    /**
     * The bytes of text; with {@code consumed} (an incremental encoder's call that is not final) a last character
     * that may combine with the next is held back, and consumed[0] says how many code points were encoded.
     */
    private byte[] encodeCorrected(String text, String errors, int[] consumed) {
        int[] cps = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length * 2);
        EncodeErrors handler = null;
        int i = 0;
        while (i < cps.length) {
            if (composes && i + 1 < cps.length) {
                byte[] pair = pairs().get((long) cps[i] << 32 | cps[i + 1]);
                if (pair != null) {
                    out.writeBytes(pair);
                    i += 2;
                    continue;
                }
            } else if (composes && consumed != null && pairStarts().indexOf(cps[i]) >= 0) {
                break;
            }
            byte[] bytes;
            try {
                bytes = encodeCorrected(cps[i]);
            } catch (RuntimeException e) {
                bytes = null;
            }
            if (bytes != null) {
                out.writeBytes(bytes);
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
                    byte[] substitute = encodeCorrected(s.codePointAt(k));
                    if (substitute == null) {
                        throw handler.fail(i, i + 1, ILLEGAL);
                    }
                    out.writeBytes(substitute);
                }
            }
            i = replacement.next();
        }
        if (consumed != null) {
            consumed[0] = i;
        }
        return out.toByteArray();
    }

    /** The whole input through the JDK's decoder (the codecs that need no correction). */
    private EscapeCodecs.Decoded decodeWhole(byte[] data, String errors, boolean isFinal) {
        CharsetDecoder decoder = decoder(charset);
        DecodeErrors handler = new DecodeErrors(errorName, data, errors);
        StringBuilder out = handler.out;
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer chars = CharBuffer.allocate(Math.max(16, data.length));
        while (true) {
            CoderResult result = decoder.decode(in, chars, false);
            drain(chars, out);
            if (result.isOverflow()) {
                continue;
            }
            int at = in.position();
            if (result.isUnderflow()) {
                if (!in.hasRemaining()) {
                    break;
                } else if (!isFinal && isLeadByte(data[at] & 0xFF)) {
                    return new EscapeCodecs.Decoded(out.toString(), at);
                }
                in.position(unfinished(handler, data, at));
            } else if (at == data.length - 1) {
                // a last byte the JDK finds malformed may be one CPython waits on
                if (!isFinal && isLeadByte(data[at] & 0xFF)) {
                    return new EscapeCodecs.Decoded(out.toString(), at);
                }
                in.position(unfinished(handler, data, at));
            } else {
                in.position(handler.error(at, at + 1, ILLEGAL));
            }
        }
        if (isFinal) {
            decoder.decode(in, chars, true);
            decoder.flush(chars);
            drain(chars, out);
        }
        return new EscapeCodecs.Decoded(out.toString(), data.length);
    }

    private static void drain(CharBuffer chars, StringBuilder out) {
        chars.flip();
        out.append(chars);
        chars.clear();
    }

    @Override
    byte[] encode(String text, String errors) {
        if (corrected) {
            return encodeCorrected(text, errors);
        }
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        ByteBuffer bytes = ByteBuffer.allocate(Math.max(32, text.length() * 4));
        CharBuffer in = CharBuffer.wrap(text);
        EncodeErrors handler = null;
        while (true) {
            CoderResult result = encoder.encode(in, bytes, true);
            drain(bytes, out);
            if (result.isOverflow()) {
                continue;
            } else if (result.isUnderflow()) {
                break;
            }
            int at = in.position();
            int start = text.codePointCount(0, at);
            int end = start + text.codePointCount(at, at + result.length());
            if (handler == null) {
                handler = new EncodeErrors(errorName, text, text.codePoints().toArray(), errors);
            }
            EncodeErrors.Replacement replacement = handler.handle(start, end, ILLEGAL);
            if (replacement.bytes() != null) {
                out.writeBytes(replacement.bytes());
            } else {
                CharBuffer substitute = CharBuffer.wrap(replacement.text());
                while (true) {
                    CoderResult r = encoder.encode(substitute, bytes, true);
                    drain(bytes, out);
                    if (r.isUnderflow()) {
                        break;
                    } else if (r.isError()) {
                        throw handler.fail(start, end, ILLEGAL);
                    }
                }
            }
            in.position(text.offsetByCodePoints(0, replacement.next()));
        }
        while (encoder.flush(bytes).isOverflow()) {
            drain(bytes, out);
        }
        drain(bytes, out);
        return out.toByteArray();
    }

    private static void drain(ByteBuffer bytes, ByteArrayOutputStream out) {
        bytes.flip();
        out.write(bytes.array(), 0, bytes.limit());
        bytes.clear();
    }
}
