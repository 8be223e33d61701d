package dev.krait.runtime.text;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's full Unicode case mappings: {@code upper}, {@code lower} (with the final-sigma rule), {@code casefold},
 * {@code swapcase}, {@code title} and {@code capitalize}. Upper and lower case come from the JDK's full
 * (SpecialCasing) mappings in the root locale; title case and case folding are derived from them, with the few
 * characters where that derivation differs from Unicode's tables listed here.
 */
public final class CaseMapping {
    private CaseMapping() {
    }

    private static final int CAPITAL_SIGMA = 0x03A3;

    @TruffleBoundary
    public static String upper(String s) {
        if (isAscii(s)) {
            return asciiUpper(s);
        }
        if (s.indexOf(UNCASED_IN_15_A) < 0 && s.indexOf(UNCASED_IN_15_B) < 0) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            appendUpper(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Lowercase letters that gained an uppercase form after Unicode 15 (CPython 3.12's version). */
    private static final char UNCASED_IN_15_A = '\u019B';
    private static final char UNCASED_IN_15_B = '\u0264';

    /** The full upper case of one character, as Unicode 15 has it. */
    private static String upperOf(int cp) {
        if (cp == UNCASED_IN_15_A || cp == UNCASED_IN_15_B) {
            return String.valueOf((char) cp);
        }
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    @TruffleBoundary
    public static String lower(String s) {
        if (isAscii(s)) {
            return asciiLower(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String casefold(String s) {
        if (isAscii(s)) {
            return asciiLower(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            appendFold(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isUpper(cp)) {
                appendLower(sb, s, i, cp);
            } else if (UnicodeProps.isLower(cp)) {
                appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code str.title()}: a character after a cased character is lowercased, any other is titlecased. */
    @TruffleBoundary
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (previousCased) {
                appendLower(sb, s, i, cp);
            } else {
                appendTitle(sb, cp);
            }
            previousCased = UnicodeProps.isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code str.capitalize()}: the first character titlecased, the rest lowercased. */
    @TruffleBoundary
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        appendTitle(sb, first);
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        sb.append(upperOf(cp));
    }

    /** Lowercases the character at {@code index} of {@code s}; a capital sigma becomes final sigma in that context. */
    private static void appendLower(StringBuilder sb, String s, int index, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == CAPITAL_SIGMA) {
            sb.append(isFinalSigma(s, index) ? '\u03C2' : '\u03C3');
        } else if (cp == 0x0130) {
            sb.append("i\u0307");
        } else {
            sb.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** Final_Sigma: a cased letter before (skipping case-ignorables) and none after (skipping case-ignorables). */
    private static boolean isFinalSigma(String s, int index) {
        int i = index;
        boolean casedBefore = false;
        while (i > 0) {
            int c = s.codePointBefore(i);
            i -= Character.charCount(c);
            if (!UnicodeProps.isCaseIgnorable(c)) {
                casedBefore = UnicodeProps.isCased(c);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        i = index + 1;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!UnicodeProps.isCaseIgnorable(c)) {
                return !UnicodeProps.isCased(c);
            }
        }
        return true;
    }

    private static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        String special = TitleExceptions.lookup(cp);
        if (special != null) {
            sb.append(special);
            return;
        }
        int simple = Character.toTitleCase(cp);
        if (simple != cp && cp != UNCASED_IN_15_A && cp != UNCASED_IN_15_B) {
            sb.appendCodePoint(simple);
            return;
        }
        String up = upperOf(cp);
        if (Character.isTitleCase(cp)) {
            up = new String(Character.toChars(cp));
        }
        if (up.codePointCount(0, up.length()) <= 1) {
            sb.appendCodePoint(cp);
            return;
        }
        // a multi-character upper case: the title case is its first character followed by the rest in lower case
        int first = up.codePointAt(0);
        sb.appendCodePoint(first);
        sb.append(up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
    }

    private static void appendFold(StringBuilder sb, int cp) {
        if (cp == 0x0130) {
            sb.append("i\u0307");
            return;
        }
        if (cp == 0x0131) {
            sb.append('\u0131');
            return;
        }
        if ((cp >= 0x13A0 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) {
            // Cherokee folds to its uppercase letters
            sb.append(upperOf(cp));
            return;
        }
        String special = FoldExceptions.lookup(cp);
        if (special != null) {
            sb.append(special);
            return;
        }
        String up = upperOf(cp);
        for (int i = 0; i < up.length();) {
            int c = up.codePointAt(i);
            sb.appendCodePoint(Character.toLowerCase(c));
            i += Character.charCount(c);
        }
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String asciiUpper(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= 'a' && cs[i] <= 'z') {
                cs[i] -= 32;
            }
        }
        return new String(cs);
    }

    private static String asciiLower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= 'A' && cs[i] <= 'Z') {
                cs[i] += 32;
            }
        }
        return new String(cs);
    }

    /**
     * Full title cases that are not the first character of the upper case followed by the rest in lower case: the
     * Greek letters with a combining iota subscript keep it, and 'ŉ' keeps its capital N.
     */
    private static final class TitleExceptions {
        static String lookup(int cp) {
            return switch (cp) {
                case 0x0149 -> "\u02BCN";
                case 0x1FB2 -> "\u1FBA\u0345";
                case 0x1FB4 -> "\u0386\u0345";
                case 0x1FB7 -> "\u0391\u0342\u0345";
                case 0x1FC2 -> "\u1FCA\u0345";
                case 0x1FC4 -> "\u0389\u0345";
                case 0x1FC7 -> "\u0397\u0342\u0345";
                case 0x1FF2 -> "\u1FFA\u0345";
                case 0x1FF4 -> "\u038F\u0345";
                case 0x1FF7 -> "\u03A9\u0342\u0345";
                default -> null;
            };
        }
    }

    /** Case foldings that differ from lower(upper(c)). */
    private static final class FoldExceptions {
        static String lookup(int cp) {
            return cp == 0x1E9E ? "ss" : null;
        }
    }
}
