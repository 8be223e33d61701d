package dev.krait.runtime.protocol;

import java.lang.ref.WeakReference;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python str indexes count code points; Java strings are UTF-16. Strings without surrogate pairs (nearly all) take
 * the direct path.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** Strings shorter than this are simply scanned; longer ones have their code point count cached. */
    private static final int CACHED_FROM = 64;
    private static final int CACHE_SIZE = 1024;

    /** A string's code point count, remembered (weakly) so a loop indexing a long string does not rescan it. */
    private static final class Counted extends WeakReference<String> {
        final int length;

        Counted(String s, int length) {
            super(s);
            this.length = length;
        }
    }

    /** Direct-mapped by identity hash; each slot is replaced whole, so concurrent readers see a consistent entry. */
    private static final Counted[] CACHE = new Counted[CACHE_SIZE];

    /** The number of code points of {@code s}: its length when it has no surrogate pairs (nearly always). */
    @TruffleBoundary
    public static int length(String s) {
        if (s.length() < CACHED_FROM) {
            return s.codePointCount(0, s.length());
        }
        int slot = System.identityHashCode(s) & (CACHE_SIZE - 1);
        Counted counted = CACHE[slot];
        if (counted != null && counted.get() == s) {
            return counted.length;
        }
        int length = s.codePointCount(0, s.length());
        CACHE[slot] = new Counted(s, length);
        return length;
    }

    @TruffleBoundary
    public static boolean hasSurrogates(String s) {
        return length(s) != s.length();
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
