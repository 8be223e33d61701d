package dev.krait.runtime.bytes;

import java.util.Locale;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.text.UnicodeDatabase;

/**
 * The error handling of an encoder: what replaces the unencodable characters {@code [start, end)} (code point
 * positions) of a text. The builtin handlers directly, any other name through the codec registry
 * ({@code codecs.lookup_error}), called with the UnicodeEncodeError as CPython does. A replacement is text the codec
 * must encode in turn, or (surrogateescape, a handler returning bytes) bytes written as they are.
 */
final class EncodeErrors {
    /** What the handler substitutes: {@code text} or {@code bytes} (one is null), and where encoding goes on. */
    record Replacement(String text, byte[] bytes, int next) {
    }

    private final String codec;
    private final String text;
    private final int[] cps;
    private final String errors;

    EncodeErrors(String codec, String text, int[] cps, String errors) {
        this.codec = codec;
        this.text = text;
        this.cps = cps;
        this.errors = errors;
    }

    Replacement handle(int start, int end, String reason) {
        StringBuilder sb = new StringBuilder();
        switch (errors) {
            case "strict" -> throw fail(start, end, reason);
            case "surrogatepass" -> {
                return surrogatePass(start, end, reason);
            }
            case "ignore" -> {
            }
            case "replace" -> sb.append("?".repeat(end - start));
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append(Codecs.escape(cps[k]));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append("&#").append(cps[k]).append(';');
                }
            }
            case "namereplace" -> {
                for (int k = start; k < end; k++) {
                    String name = UnicodeDatabase.name(cps[k]);
                    sb.append(name == null ? Codecs.escape(cps[k]) : "\\N{" + name + "}");
                }
            }
            case "surrogateescape" -> {
                byte[] raw = new byte[end - start];
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                        throw fail(start, end, reason);
                    }
                    raw[k - start] = (byte) (cps[k] - 0xDC00);
                }
                return new Replacement(null, raw, end);
            }
            default -> {
                return registered(start, end, reason);
            }
        }
        return new Replacement(sb.toString(), null, end);
    }

    /**
     * surrogatepass: lone surrogates written as the UTF codec would write them if they were characters (only UTF-8,
     * UTF-16 and UTF-32; anything else stays the error).
     */
    private Replacement surrogatePass(int start, int end, String reason) {
        String name = codec.toLowerCase(Locale.ROOT).replace('_', '-');
        int width = switch (name) {
            case "utf-8" -> 3;
            case "utf-16", "utf-16-le", "utf-16-be" -> 2;
            case "utf-32", "utf-32-le", "utf-32-be" -> 4;
            default -> 0;
        };
        if (width == 0) {
            throw fail(start, end, reason);
        }
        boolean big = name.endsWith("be");
        byte[] raw = new byte[(end - start) * width];
        for (int k = start; k < end; k++) {
            int cp = cps[k];
            if (cp < 0xD800 || cp > 0xDFFF) {
                throw fail(start, end, reason);
            }
            int at = (k - start) * width;
            if (width == 3) {
                raw[at] = (byte) (0xE0 | cp >> 12);
                raw[at + 1] = (byte) (0x80 | cp >> 6 & 0x3F);
                raw[at + 2] = (byte) (0x80 | cp & 0x3F);
            } else {
                for (int b = 0; b < width; b++) {
                    int shift = 8 * (big ? width - 1 - b : b);
                    raw[at + b] = (byte) (cp >> shift);
                }
            }
        }
        return new Replacement(null, raw, end);
    }

    private Replacement registered(int start, int end, String reason) {
        KraitContext context = KraitContext.get(null);
        Object codecs = ModuleLoader.importModule(context, "codecs");
        Object handler = PyObjectCall.call(PyObjectGetAttr.get(codecs, "lookup_error"), errors);
        Object exception = PyObjectCall.call(context.classes().errorClass(ErrorType.UnicodeEncodeError), codec, text, (long) start, (long) end, reason);
        Object result = PyObjectCall.call(handler, exception);
        if (result instanceof PTuple tuple && tuple.items().length == 2 && tuple.items()[1] instanceof Long position) {
            Object replacement = PBoxedValue.unwrap(tuple.items()[0]);
            long next = position < 0 ? cps.length + position : position;
            if (replacement instanceof String || replacement instanceof PBytes) {
                if (next < 0 || next > cps.length) {
                    throw Errors.raise(ErrorType.IndexError, "position " + position + " from error handler out of bounds");
                }
                if (replacement instanceof String s) {
                    return new Replacement(s, null, (int) next);
                }
                return new Replacement(null, ((PBytes) replacement).bytes(), (int) next);
            }
        }
        throw Errors.typeError("encoding error handler must return (str/bytes, int) tuple");
    }

    RuntimeException fail(int start, int end, String reason) {
        return Errors.raiseWithArgs(ErrorType.UnicodeEncodeError, codec, text, (long) start, (long) end, reason);
    }
}
