package dev.krait.runtime.text;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.graalvm.shadowed.com.ibm.icu.lang.UCharacter;
import org.graalvm.shadowed.com.ibm.icu.lang.UProperty;
import org.graalvm.shadowed.com.ibm.icu.text.FilteredNormalizer2;
import org.graalvm.shadowed.com.ibm.icu.text.Normalizer2;
import org.graalvm.shadowed.com.ibm.icu.text.UnicodeSet;
import org.graalvm.shadowed.com.ibm.icu.util.VersionInfo;

/**
 * The Unicode Character Database as CPython 3.12's {@code unicodedata} module answers from it (Unicode 15.0), read
 * from ICU4J. ICU knows a newer Unicode; characters it has that were assigned after 15.0 are treated as unassigned
 * (no name, category Cn, normalized as themselves), and CPython's own conventions are kept: only Hangul syllables
 * and the CJK unified ideograph ranges have algorithmic names, a Hangul syllable has no decomposition, an
 * unassigned code point has no bidirectional class. The few properties of older characters that Unicode 15.1 and
 * 16.0 changed are given back their 15.0 values ({@link #changedSince15}).
 */
public final class UnicodeDatabase {
    public static final String VERSION = "15.0.0";
    private static final VersionInfo AGE_LIMIT = VersionInfo.getInstance(15, 0);
    private static final int NAME_MAXLEN = 256;

    private static volatile Normalizer2[] normalizers;
    private static volatile java.util.Map<String, Integer> controlAliases;

    private UnicodeDatabase() {
    }

    /** Whether CPython's database (Unicode 15.0) has the code point as assigned. */
    private static boolean isAssigned(int cp) {
        return UCharacter.getType(cp) != UCharacter.UNASSIGNED && UCharacter.getAge(cp).compareTo(AGE_LIMIT) <= 0;
    }

    /** The name, or null: CPython has no name for control characters, unassigned ones or Tangut ideographs. */
    @TruffleBoundary
    public static String name(int cp) {
        if (!isAssigned(cp)) {
            return null;
        }
        String name = UCharacter.getName(cp);
        if (name == null || name.startsWith("TANGUT IDEOGRAPH-")) {
            return null;
        }
        return name;
    }

    /**
     * The code point a name (or a name alias) stands for, or -1. As in CPython, the algorithmic Hangul and CJK names
     * are matched only in capitals; other names in any case.
     */
    @TruffleBoundary
    public static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if ((upper.startsWith("HANGUL SYLLABLE ") || upper.startsWith("CJK UNIFIED IDEOGRAPH-")) && !upper.equals(name)) {
            return -1;
        }
        int cp = UCharacter.getCharFromName(upper);
        if (cp < 0 || name(cp) == null) {
            cp = UCharacter.getCharFromNameAlias(upper);
        }
        if (cp < 0) {
            cp = controlAlias(upper);
        }
        if (cp < 0) {
            cp = variationSelector(upper);
        }
        return cp >= 0 && isAssigned(cp) ? cp : -1;
    }

    /**
     * A control character's name alias ("NULL", "LINE FEED"…): the JDK names control characters by their Unicode 1.0
     * names, which are these aliases once a parenthesized abbreviation is dropped ("LINE FEED (LF)").
     */
    private static int controlAlias(String name) {
        java.util.Map<String, Integer> aliases = controlAliases;
        if (aliases == null) {
            aliases = new java.util.HashMap<>();
            for (int cp = 0; cp <= 0x9F; cp = cp == 0x1F ? 0x7F : cp + 1) {
                String javaName = Character.getName(cp);
                if (javaName != null && !javaName.startsWith("LATIN 1 SUPPLEMENT")) {
                    int paren = javaName.indexOf(" (");
                    aliases.put(paren < 0 ? javaName : javaName.substring(0, paren), cp);
                }
            }
            controlAliases = aliases;
        }
        return aliases.getOrDefault(name, -1);
    }

    /** The abbreviations VS1 … VS256 of the variation selectors' names. */
    private static int variationSelector(String name) {
        if (!name.startsWith("VS") || name.length() < 3 || name.length() > 5 || name.charAt(2) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 2; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 1 && n <= 16 ? 0xFE00 + n - 1 : n >= 17 && n <= 256 ? 0xE0100 + n - 17 : -1;
    }

    public static boolean isNameTooLong(String name) {
        return name.length() > NAME_MAXLEN;
    }

    /**
     * The Unicode 15.0 value of a property that a later Unicode (the one ICU has) changed for an older character, or
     * null: East_Asian_Width of the Yijing and Tai Xuan Jing symbols (W since 16.0), Bidi_Mirrored of U+226D,
     * the category and class of U+1171E, the bidirectional class of five mathematical nabla/partial signs, and
     * eleven ideographs' numeric values.
     */
    private static String changedSince15(String property, int cp) {
        switch (property) {
            case "eaw":
                if ((cp >= 0x2630 && cp <= 0x2637) || (cp >= 0x268A && cp <= 0x268F) || (cp >= 0x4DC0 && cp <= 0x4DFF) ||
                                (cp >= 0x1D300 && cp <= 0x1D356) || (cp >= 0x1D360 && cp <= 0x1D376)) {
                    return "N";
                }
                return null;
            case "mirrored":
                return cp == 0x226D ? "0" : null;
            case "category":
                return cp == 0x1171E ? "Mn" : null;
            case "bidi":
                if (cp == 0x1171E) {
                    return "NSM";
                }
                return cp == 0x1D6C1 || cp == 0x1D6FB || cp == 0x1D735 || cp == 0x1D76F || cp == 0x1D7A9 ? "L" : null;
            case "numeric":
                return switch (cp) {
                    case 0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9 -> "none";
                    case 0x5146 -> "1e12";
                    default -> null;
                };
            default:
                return null;
        }
    }

    @TruffleBoundary
    public static String category(int cp) {
        if (!isAssigned(cp)) {
            return "Cn";
        }
        String changed = changedSince15("category", cp);
        if (changed != null) {
            return changed;
        }
        return UCharacter.getPropertyValueName(UProperty.GENERAL_CATEGORY, UCharacter.getType(cp), UProperty.NameChoice.SHORT);
    }

    @TruffleBoundary
    public static String bidirectional(int cp) {
        if (!isAssigned(cp)) {
            return "";
        }
        String changed = changedSince15("bidi", cp);
        if (changed != null) {
            return changed;
        }
        return UCharacter.getPropertyValueName(UProperty.BIDI_CLASS, UCharacter.getDirection(cp), UProperty.NameChoice.SHORT);
    }

    @TruffleBoundary
    public static int combining(int cp) {
        return isAssigned(cp) ? UCharacter.getCombiningClass(cp) : 0;
    }

    @TruffleBoundary
    public static String eastAsianWidth(int cp) {
        String changed = changedSince15("eaw", cp);
        if (changed != null) {
            return changed;
        }
        if (UCharacter.getType(cp) != UCharacter.UNASSIGNED && UCharacter.getAge(cp).compareTo(AGE_LIMIT) > 0) {
            // unassigned in 15.0: the default of its block then, wide in the ideograph blocks and planes
            boolean wideDefault = (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                            (cp >= 0x20000 && cp <= 0x2FFFD) || (cp >= 0x30000 && cp <= 0x3FFFD);
            return wideDefault ? "W" : "N";
        }
        int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return UCharacter.getPropertyValueName(UProperty.EAST_ASIAN_WIDTH, width, UProperty.NameChoice.SHORT);
    }

    @TruffleBoundary
    public static int mirrored(int cp) {
        return isAssigned(cp) && UCharacter.isMirrored(cp) && changedSince15("mirrored", cp) == null ? 1 : 0;
    }

    /** The Numeric_Type of the code point (ICU's {@code UCharacter.NumericType} values), NONE if unassigned. */
    private static int numericType(int cp) {
        return isAssigned(cp) ? UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE) : UCharacter.NumericType.NONE;
    }

    /** The decimal digit value, or -1. */
    @TruffleBoundary
    public static int decimal(int cp) {
        return numericType(cp) == UCharacter.NumericType.DECIMAL ? (int) UCharacter.getUnicodeNumericValue(cp) : -1;
    }

    /** The digit value (decimal digits and other digits such as superscripts), or -1. */
    @TruffleBoundary
    public static int digit(int cp) {
        int type = numericType(cp);
        return type == UCharacter.NumericType.DECIMAL || type == UCharacter.NumericType.DIGIT ? (int) UCharacter.getUnicodeNumericValue(cp) : -1;
    }

    /** The numeric value, or NaN when the character has none. */
    @TruffleBoundary
    public static double numeric(int cp) {
        String changed = changedSince15("numeric", cp);
        if (changed != null) {
            return changed.equals("none") ? Double.NaN : Double.parseDouble(changed);
        }
        return numericType(cp) == UCharacter.NumericType.NONE ? Double.NaN : UCharacter.getUnicodeNumericValue(cp);
    }

    /** UnicodeData.txt's decomposition field: a tag such as {@code <compat>} for a compatibility mapping, then hex. */
    @TruffleBoundary
    public static String decomposition(int cp) {
        if (!isAssigned(cp) || (cp >= 0xAC00 && cp <= 0xD7A3)) {
            return "";
        }
        String mapping = Normalizer2.getNFKDInstance().getRawDecomposition(cp);
        if (mapping == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
        if (type != UCharacter.DecompositionType.CANONICAL) {
            sb.append('<').append(decompositionTag(type)).append("> ");
        }
        mapping.codePoints().forEach(c -> {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            sb.append(String.format("%04X", c));
        });
        return sb.toString();
    }

    private static String decompositionTag(int type) {
        return switch (type) {
            case UCharacter.DecompositionType.CIRCLE -> "circle";
            case UCharacter.DecompositionType.FINAL -> "final";
            case UCharacter.DecompositionType.FONT -> "font";
            case UCharacter.DecompositionType.FRACTION -> "fraction";
            case UCharacter.DecompositionType.INITIAL -> "initial";
            case UCharacter.DecompositionType.ISOLATED -> "isolated";
            case UCharacter.DecompositionType.MEDIAL -> "medial";
            case UCharacter.DecompositionType.NARROW -> "narrow";
            case UCharacter.DecompositionType.NOBREAK -> "noBreak";
            case UCharacter.DecompositionType.SMALL -> "small";
            case UCharacter.DecompositionType.SQUARE -> "square";
            case UCharacter.DecompositionType.SUB -> "sub";
            case UCharacter.DecompositionType.SUPER -> "super";
            case UCharacter.DecompositionType.VERTICAL -> "vertical";
            case UCharacter.DecompositionType.WIDE -> "wide";
            default -> "compat";
        };
    }

    /** The normalizer for "NFC", "NFD", "NFKC" or "NFKD", or null for another form. */
    @TruffleBoundary
    public static Normalizer2 normalizer(String form) {
        Normalizer2[] all = normalizers;
        if (all == null) {
            UnicodeSet assigned = new UnicodeSet("[:age=15.0:]").freeze();
            all = new Normalizer2[]{
                            new FilteredNormalizer2(Normalizer2.getNFCInstance(), assigned),
                            new FilteredNormalizer2(Normalizer2.getNFDInstance(), assigned),
                            new FilteredNormalizer2(Normalizer2.getNFKCInstance(), assigned),
                            new FilteredNormalizer2(Normalizer2.getNFKDInstance(), assigned)};
            normalizers = all;
        }
        return switch (form) {
            case "NFC" -> all[0];
            case "NFD" -> all[1];
            case "NFKC" -> all[2];
            case "NFKD" -> all[3];
            default -> null;
        };
    }
}
