package dev.krait.translator;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.SyntaxErrors;
import dev.krait.runtime.bytes.Codecs;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * The text of source code given as bytes (to compile, exec, eval), decoded as PEP 263 says: UTF-8 unless a coding
 * declaration in one of the first two lines names another encoding; a UTF-8 byte order mark is skipped (and then
 * any declaration must say UTF-8). Undecodable bytes are a SyntaxError "(unicode error) ..." at their line.
 */
public final class SourceBytes {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(?:[#\\r\\n]|$)");

    private SourceBytes() {
    }

    @TruffleBoundary
    public static String decode(KraitContext context, byte[] data, String filename) {
        int start = 0;
        boolean bom = startsWithByteOrderMark(data);
        if (bom) {
            start = 3;
        }
        String declared = declaredEncoding(data, start);
        String encoding = declared == null ? "utf-8" : normalName(declared);
        if (bom && declared != null && !encoding.equals("utf-8")) {
            throw SyntaxErrors.withDetails(context, "encoding problem: " + encoding + " with BOM", filename, 0L, -1L, dev.krait.runtime.objects.PNone.NONE);
        }
        byte[] body = java.util.Arrays.copyOfRange(data, start, data.length);
        try {
            return Codecs.decode(body, encoding, "strict");
        } catch (PException e) {
            if (ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.LookupError)) &&
                            !ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.UnicodeError))) {
                throw SyntaxErrors.withDetails(context, "unknown encoding: " + declared, filename, 0L, -1L, dev.krait.runtime.objects.PNone.NONE);
            }
            if (!ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.UnicodeDecodeError))) {
                throw e;
            }
            throw unicodeError(context, body, encoding, filename, e);
        }
    }

    /** The SyntaxError for undecodable source: the error of the first line that does not decode, at that line. */
    private static PException unicodeError(KraitContext context, byte[] body, String encoding, String filename, PException whole) {
        int lineStart = 0;
        long lineno = 1;
        while (lineStart < body.length) {
            int end = lineStart;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, body.length);
            byte[] line = java.util.Arrays.copyOfRange(body, lineStart, end);
            try {
                Codecs.decode(line, encoding, "strict");
            } catch (PException e) {
                String text = Codecs.decode(line, encoding, "replace");
                return SyntaxErrors.withDetails(context, "(unicode error) " + message(context, e), filename, lineno, 1L,
                                text.endsWith("\n") ? text : text + "\n", lineno, -1L);
            }
            lineStart = end;
            lineno++;
        }
        return SyntaxErrors.withDetails(context, "(unicode error) " + message(context, whole), filename, 1L, 1L,
                        dev.krait.runtime.objects.PNone.NONE, 1L, -1L);
    }

    private static String message(KraitContext context, PException e) {
        return PyObjectRepr.str(ExceptionMatching.materialize(context, e));
    }

    static boolean startsWithByteOrderMark(byte[] data) {
        return data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF;
    }

    /** The encoding a coding declaration in the first two lines names, or null. */
    static String declaredEncoding(byte[] data, int start) {
        int at = start;
        for (int lineIndex = 0; lineIndex < 2 && at < data.length; lineIndex++) {
            int end = at;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            String line = new String(data, at, end - at, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            if (!BLANK_OR_COMMENT.matcher(line).find()) {
                return null;
            }
            at = end + 1;
        }
        return null;
    }

    /** CPython's tokenizer's names for the common spellings of UTF-8 and Latin-1. */
    static String normalName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[]{"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (n.equals(latin) || n.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }
}
