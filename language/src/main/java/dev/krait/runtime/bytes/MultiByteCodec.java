package dev.krait.runtime.bytes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A CJK codec (Shift_JIS, GBK, Big5, EUC-KR, ISO-2022-JP, ...) on the JDK's charset, with the errors of CPython's
 * multibyte codecs: an undecodable byte is an "illegal multibyte sequence" one byte long (decoding goes on after it),
 * a character cut off at the end of the input an "incomplete multibyte sequence" up to the end (or, before the final
 * input of an incremental decoder, left for the next call), and an unencodable character an "illegal multibyte
 * sequence" too.
 */
final class MultiByteCodec extends CharsetCodec {
    private static final String ILLEGAL = "illegal multibyte sequence";
    private static final String INCOMPLETE = "incomplete multibyte sequence";

    private final Charset charset;

    MultiByteCodec(String module, Charset charset) {
        super(module, module, module);
        this.charset = charset;
    }

    @Override
    EscapeCodecs.Decoded decode(byte[] data, String errors, boolean isFinal) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
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
                } else if (!isFinal) {
                    return new EscapeCodecs.Decoded(out.toString(), at);
                }
                in.position(handler.error(at, data.length, INCOMPLETE));
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
