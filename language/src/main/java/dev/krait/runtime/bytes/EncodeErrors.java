package dev.krait.runtime.bytes;

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
            case "strict", "surrogatepass" -> throw fail(start, end, reason);
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
