package dev.krait.runtime.text;

/**
 * Python's character classes on code points, from the JDK's Unicode tables. The JDK may know a newer Unicode version
 * than CPython 3.12 (15.0); characters assigned since then are classified by the JDK's version.
 */
public final class UnicodeProps {
    private UnicodeProps() {
    }

    /** {@code str.isspace()} for one character: bidirectional class WS, B or S, or category Zs. */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
        }
        return cp == 0x85 || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** Python's line boundaries, as {@code str.splitlines()} uses them. */
    public static boolean isLineBreak(int cp) {
        return (cp >= 10 && cp <= 13) || cp == 0x1c || cp == 0x1d || cp == 0x1e || cp == 0x85 || cp == 0x2028 ||
                        cp == 0x2029;
    }

    /**
     * {@code str.isprintable()} for one character: everything except the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs,
     * but with the ASCII space printable.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 128) {
            return cp > 0x20 && cp < 0x7f;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR ->
                false;
            default -> true;
        };
    }

    /** {@code str.isdecimal()}: category Nd. */
    public static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The value of a decimal digit (category Nd), or -1. */
    public static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(cp, 10);
        }
        return -1;
    }

    /** {@code str.isdigit()}: decimal digits plus the other characters whose numeric type is Digit. */
    public static boolean isDigit(int cp) {
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        if (type != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9 && !NumericOnly.isNumericTypeNumeric(cp);
    }

    /** {@code str.isnumeric()}: any character with a numeric type (Decimal, Digit or Numeric). */
    public static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
            return true;
        }
        return NumericOnly.isNumericIdeograph(cp);
    }

    /** {@code str.isalpha()}: categories Lm, Lt, Lu, Ll, Lo. */
    public static boolean isAlpha(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                            Character.MODIFIER_LETTER, Character.OTHER_LETTER ->
                true;
            default -> false;
        };
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    /** A cased character: one with a case mapping, or of category Lu, Ll or Lt. */
    public static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    public static boolean isUpper(int cp) {
        return Character.isUpperCase(cp);
    }

    public static boolean isLower(int cp) {
        return Character.isLowerCase(cp);
    }

    public static boolean isTitle(int cp) {
        return Character.isTitleCase(cp);
    }

    /** Case-ignorable characters (Unicode's Case_Ignorable), used for the final-sigma rule. */
    public static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT ||
                        t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.' ||
                        cp == ':' || cp == '^' || cp == '`' || cp == 0xB7 || cp == 0x2019 || cp == 0x2018 ||
                        cp == 0x2024 || cp == 0xAD || cp == 0x2027;
    }

    /** Identifier characters per PEP 3131 (XID_Start plus '_', XID_Continue). */
    public static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !isNfkcUnstableStart(cp) && cp != 0x2E2F;
    }

    public static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) &&
                        (!isNfkcUnstableStart(cp) || cp == 0x0E33 || cp == 0x0EB3 || cp == 0xFF9E || cp == 0xFF9F) &&
                        cp != 0x2E2F && cp != 0x30FB && cp != 0xFF65;
    }

    /** The few ID_Start characters that are not XID_Start (their NFKC forms are not identifiers). */
    private static boolean isNfkcUnstableStart(int cp) {
        return cp == 0x037A || cp == 0x0E33 || cp == 0x0EB3 || (cp >= 0x309B && cp <= 0x309C) ||
                        (cp >= 0xFC5E && cp <= 0xFC63) || cp == 0xFDFA || cp == 0xFDFB || cp == 0xFE70 ||
                        cp == 0xFE72 || cp == 0xFE74 || cp == 0xFE76 || cp == 0xFE78 || cp == 0xFE7A ||
                        cp == 0xFE7C || cp == 0xFE7E || (cp >= 0xFF9E && cp <= 0xFF9F);
    }

    /** Characters the JDK's tables classify differently from Python's numeric types (pairs of inclusive ranges). */
    private static final class NumericOnly {
        /** Other_Number characters with a single-digit value whose numeric type is Numeric, not Digit. */
        private static final int[] NUMERIC_TYPE_NUMERIC = {
                        0xC78, 0xC7E, 0x17F0, 0x17F9, 0x215F, 0x215F, 0x2189, 0x2189, 0x3192, 0x3195, 0x3220, 0x3228,
                        0x3280, 0x3288, 0x10107, 0x1010F, 0x1018A, 0x1018A, 0x102E1, 0x102E9, 0x10320, 0x10321,
                        0x10858, 0x1085A, 0x10879, 0x1087D, 0x108A7, 0x108AC, 0x108FB, 0x108FC, 0x10916, 0x10916,
                        0x1091A, 0x1091B, 0x109C0, 0x109C8, 0x10A7D, 0x10A7D, 0x10A9D, 0x10A9D, 0x10AEB, 0x10AEC,
                        0x10B58, 0x10B5B, 0x10B78, 0x10B7B, 0x10BA9, 0x10BAC, 0x10CFA, 0x10CFB, 0x10F1D, 0x10F21,
                        0x10F51, 0x10F51, 0x10FC5, 0x10FC8, 0x111E1, 0x111E9, 0x11C5A, 0x11C62, 0x16E80, 0x16E89,
                        0x16E94, 0x16E96, 0x1D2C0, 0x1D2C9, 0x1D2E0, 0x1D2E9, 0x1D360, 0x1D368, 0x1D372, 0x1D378,
                        0x1E8C7, 0x1E8CF, 0x1EC71, 0x1EC79, 0x1ECA3, 0x1ECAB, 0x1ECB1, 0x1ECB2, 0x1ED01, 0x1ED09,
                        0x1ED2F, 0x1ED36, 0x1F10B, 0x1F10C};

        /** Letters (CJK ideographs) that carry a numeric value from the Unihan database. */
        private static final int[] NUMERIC_IDEOGRAPHS = {
                        0x3405, 0x3405, 0x3483, 0x3483, 0x382A, 0x382A, 0x3B4D, 0x3B4D, 0x4E00, 0x4E00,
                        0x4E03, 0x4E03, 0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E5D, 0x4E5D, 0x4E8C, 0x4E8C,
                        0x4E94, 0x4E94, 0x4E96, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EDF, 0x4EE8, 0x4EE8,
                        0x4F0D, 0x4F0D, 0x4F70, 0x4F70, 0x5104, 0x5104, 0x5146, 0x5146, 0x5169, 0x5169,
                        0x516B, 0x516B, 0x516D, 0x516D, 0x5341, 0x5341, 0x5343, 0x5345, 0x534C, 0x534C,
                        0x53C1, 0x53C4, 0x56DB, 0x56DB, 0x58F1, 0x58F1, 0x58F9, 0x58F9, 0x5E7A, 0x5E7A,
                        0x5EFE, 0x5EFF, 0x5F0C, 0x5F0E, 0x5F10, 0x5F10, 0x62FE, 0x62FE, 0x634C, 0x634C,
                        0x67D2, 0x67D2, 0x6F06, 0x6F06, 0x7396, 0x7396, 0x767E, 0x767E, 0x8086, 0x8086,
                        0x842C, 0x842C, 0x8CAE, 0x8CAE, 0x8CB3, 0x8CB3, 0x8D30, 0x8D30, 0x9621, 0x9621,
                        0x9646, 0x9646, 0x964C, 0x964C, 0x9678, 0x9678, 0x96F6, 0x96F6, 0xF96B, 0xF96B,
                        0xF973, 0xF973, 0xF978, 0xF978, 0xF9B2, 0xF9B2, 0xF9D1, 0xF9D1, 0xF9D3, 0xF9D3,
                        0xF9FD, 0xF9FD, 0x20001, 0x20001, 0x20064, 0x20064, 0x200E2, 0x200E2, 0x20121, 0x20121,
                        0x2092A, 0x2092A, 0x20983, 0x20983, 0x2098C, 0x2098C, 0x2099C, 0x2099C, 0x20AEA, 0x20AEA,
                        0x20AFD, 0x20AFD, 0x20B19, 0x20B19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23B1B, 0x23B1B,
                        0x2626D, 0x2626D, 0x2F890, 0x2F890};

        static boolean isNumericTypeNumeric(int cp) {
            return inRanges(NUMERIC_TYPE_NUMERIC, cp);
        }

        static boolean isNumericIdeograph(int cp) {
            return cp >= 0x3405 && inRanges(NUMERIC_IDEOGRAPHS, cp);
        }
    }

    /** Whether {@code cp} lies in one of the sorted inclusive ranges {@code [lo0, hi0, lo1, hi1, ...]}. */
    static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
