package dev.krait.runtime.bytes;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/**
 * The error handling of a decoder: the builtin handlers directly, any other name through the codec registry
 * ({@code codecs.lookup_error}), called with the UnicodeDecodeError as CPython does.
 */
final class DecodeErrors {
    final String codec;
    final byte[] data;
    final String errors;
    final StringBuilder out;

    DecodeErrors(String codec, byte[] data, String errors) {
        this.codec = codec;
        this.data = data;
        this.errors = errors;
        this.out = new StringBuilder(data.length);
    }

    /** Handles the bad bytes {@code [start, end)}; returns where decoding goes on. */
    int error(int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw fail(start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> out.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", data[k] & 0xFF));
                }
            }
            case "surrogateescape" -> {
                // as CPython's handler: the bytes from 0x80 up at the start of the range, decoding going on after them
                int k = start;
                while (k < end && (data[k] & 0xFF) >= 128) {
                    out.append((char) (0xDC00 + (data[k] & 0xFF)));
                    k++;
                }
                if (k == start) {
                    throw fail(start, end, reason);
                }
                return k;
            }
            case "surrogatepass" -> {
                return surrogatePass(start, end, reason);
            }
            case "xmlcharrefreplace", "namereplace" ->
                throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> {
                return registered(start, end, reason);
            }
        }
        return end;
    }

    /**
     * surrogatepass: the UTF codec's encoding of a lone surrogate at {@code start} decoded as that surrogate (only
     * for UTF-8, UTF-16 and UTF-32; anything else stays the error).
     */
    private int surrogatePass(int start, int end, String reason) {
        int width = switch (codec) {
            case "utf-8" -> 3;
            case "utf-16-le", "utf-16-be" -> 2;
            case "utf-32-le", "utf-32-be" -> 4;
            default -> 0;
        };
        if (width == 0 || start + width > data.length) {
            throw fail(start, end, reason);
        }
        boolean big = codec.endsWith("be");
        int code = 0;
        if (width == 3) {
            int b0 = data[start] & 0xFF;
            int b1 = data[start + 1] & 0xFF;
            int b2 = data[start + 2] & 0xFF;
            if ((b0 & 0xF0) == 0xE0 && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
                code = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
            }
        } else {
            for (int k = 0; k < width; k++) {
                int b = data[big ? start + k : start + width - 1 - k] & 0xFF;
                code = code << 8 | b;
            }
        }
        if (code < 0xD800 || code > 0xDFFF) {
            throw fail(start, end, reason);
        }
        out.append((char) code);
        return start + width;
    }

    private int registered(int start, int end, String reason) {
        KraitContext context = KraitContext.get(null);
        Object codecs = ModuleLoader.importModule(context, "codecs");
        Object handler = PyObjectCall.call(PyObjectGetAttr.get(codecs, "lookup_error"), errors);
        Object exception = PyObjectCall.call(context.classes().errorClass(ErrorType.UnicodeDecodeError), codec, ByteSequences.newBytes(data),
                        (long) start, (long) end, reason);
        Object result = PyObjectCall.call(handler, exception);
        if (result instanceof PTuple big && big.items().length == 2 && big.items()[0] instanceof String && big.items()[1] instanceof dev.krait.runtime.objects.PInt) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        if (!(result instanceof PTuple tuple) || tuple.items().length != 2 || !(tuple.items()[0] instanceof String replacement) ||
                        !(tuple.items()[1] instanceof Long position)) {
            throw Errors.typeError("decoding error handler must return (str, int) tuple");
        }
        out.append(replacement);
        long next = position < 0 ? data.length + position : position;
        if (next < 0 || next > data.length) {
            throw Errors.raise(ErrorType.IndexError, "position " + position + " from error handler out of bounds");
        }
        return (int) next;
    }

    RuntimeException fail(int start, int end, String reason) {
        return Errors.raiseWithArgs(ErrorType.UnicodeDecodeError, codec, ByteSequences.newBytes(data), (long) start, (long) end, reason);
    }
}
