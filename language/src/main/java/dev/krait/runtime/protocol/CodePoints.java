package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python str indexes count code points; Java strings are UTF-16. Strings without surrogate pairs (nearly all) take
 * the direct path.
 */
public final class CodePoints {
    private CodePoints() {
    }

    @TruffleBoundary
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    @TruffleBoundary
    public static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The one-character string at code point index {@code index} (0 ≤ index < length). */
    @TruffleBoundary
    public static String charAt(String s, int index) {
        if (!hasSurrogates(s)) {
            return String.valueOf(s.charAt(index));
        }
        int offset = s.offsetByCodePoints(0, index);
        return new String(Character.toChars(s.codePointAt(offset)));
    }

    /** The substring between code point indexes {@code start} and {@code end}. */
    @TruffleBoundary
    public static String substring(String s, int start, int end) {
        if (!hasSurrogates(s)) {
            return s.substring(start, end);
        }
        int from = s.offsetByCodePoints(0, start);
        int to = s.offsetByCodePoints(from, end - start);
        return s.substring(from, to);
    }

    @TruffleBoundary
    public static int[] toArray(String s) {
        return s.codePoints().toArray();
    }

    @TruffleBoundary
    public static String fromArray(int[] codePoints, int start, int count) {
        return new String(codePoints, start, count);
    }
}
