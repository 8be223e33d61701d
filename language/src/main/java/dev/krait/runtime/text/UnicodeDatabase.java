package dev.krait.runtime.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The Unicode Character Database as CPython 3.12's {@code unicodedata} module answers from it (Unicode 15.0). The
 * properties come from {@code unicodedata-15.0.txt} (made from ICU4J by {@code scripts/GenerateUnicodeData.java},
 * since GraalVM's ICU4J is not open to Krait at run time); names and normalization from the JDK, which knows a newer
 * Unicode: a character the data file has as unassigned gets no name and is left alone by normalization. As in
 * CPython, only Hangul syllables and the CJK unified ideographs have algorithmic names.
 */
public final class UnicodeDatabase {
    public static final String VERSION = "15.0.0";
    private static final int NAME_MAXLEN = 256;
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
                    "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
                    "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;

    /** The data file, read on first use. */
    private static final class Data {
        /** Runs of code points with the same properties: run i starts at {@code runStarts[i]}. */
        final int[] runStarts;
        final String[] categories;
        final String[] bidirectionals;
        final int[] combinings;
        final String[] widths;
        final boolean[] mirrored;
        final Map<Integer, String> decompositions = new HashMap<>();
        final Map<Integer, Double> numerics = new HashMap<>();
        final Map<Integer, Character> numericKinds = new HashMap<>();
        final Map<String, Integer> aliases = new HashMap<>();
        final Map<String, String> namedSequences = new HashMap<>();
        final Map<String, Integer> controlAliases = new HashMap<>();

        Data(List<String[]> runs) {
            int n = runs.size();
            runStarts = new int[n];
            categories = new String[n];
            bidirectionals = new String[n];
            combinings = new int[n];
            widths = new String[n];
            mirrored = new boolean[n];
            for (int i = 0; i < n; i++) {
                String[] f = runs.get(i);
                runStarts[i] = Integer.parseInt(f[1], 16);
                categories[i] = f[3].intern();
                bidirectionals[i] = f[4].equals("-") ? "" : f[4].intern();
                combinings[i] = Integer.parseInt(f[5]);
                widths[i] = f[6].intern();
                mirrored[i] = f[7].equals("1");
            }
            // the control characters' name aliases: the JDK's names for them, less a parenthesized abbreviation
            for (int cp = 0; cp <= 0x9F; cp = cp == 0x1F ? 0x7F : cp + 1) {
                String javaName = Character.getName(cp);
                if (javaName != null && !isFallbackName(cp, javaName)) {
                    int paren = javaName.indexOf(" (");
                    controlAliases.put(paren < 0 ? javaName : javaName.substring(0, paren), cp);
                }
            }
        }

        int run(int cp) {
            int i = Arrays.binarySearch(runStarts, cp);
            return i >= 0 ? i : -i - 2;
        }
    }

    private static volatile Data data;

    private UnicodeDatabase() {
    }

    private static Data data() {
        Data d = data;
        if (d == null) {
            d = load();
            data = d;
        }
        return d;
    }

    private static boolean isHex(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(line.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The characters of a named sequence (unicodedata.lookup only, not \N{...}), or null. */
    @TruffleBoundary
    public static String namedSequence(String name) {
        return data().namedSequences.get(name.toUpperCase(Locale.ROOT));
    }

    /** Every kind of name alias (control names, alternates, figments, abbreviations): unicode-name-aliases.txt. */
    private static void loadNameAliases(Data d) throws java.io.IOException {
        try (InputStream in = UnicodeDatabase.class.getResourceAsStream("/dev/krait/unicode-name-aliases.txt")) {
            if (in == null) {
                throw new IllegalStateException("unicode-name-aliases.txt is missing from Krait's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("S ")) {
                    // a named sequence: code points, then the name
                    StringBuilder text = new StringBuilder();
                    int at = 2;
                    int space;
                    while ((space = line.indexOf(' ', at)) > at && isHex(line, at, space)) {
                        text.appendCodePoint(Integer.parseInt(line.substring(at, space), 16));
                        at = space + 1;
                    }
                    d.namedSequences.put(line.substring(at), text.toString());
                } else if (!line.startsWith("#")) {
                    int space = line.indexOf(' ');
                    d.aliases.putIfAbsent(line.substring(space + 1), Integer.parseInt(line.substring(0, space), 16));
                }
            }
        }
    }

    @TruffleBoundary
    private static Data load() {
        try (InputStream in = UnicodeDatabase.class.getResourceAsStream("/dev/krait/unicodedata-15.0.txt")) {
            if (in == null) {
                throw new IllegalStateException("unicodedata-15.0.txt is missing from Krait's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> runs = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("R ")) {
                    runs.add(line.split(" "));
                } else if (!line.startsWith("#")) {
                    rest.add(line);
                }
            }
            Data d = new Data(runs);
            for (String entry : rest) {
                int space = entry.indexOf(' ', 2);
                int cp = Integer.parseInt(entry.substring(2, space), 16);
                String value = entry.substring(space + 1);
                switch (entry.charAt(0)) {
                    case 'D' -> d.decompositions.put(cp, value);
                    case 'N' -> {
                        d.numericKinds.put(cp, value.charAt(0));
                        d.numerics.put(cp, Double.parseDouble(value.substring(2)));
                    }
                    case 'A' -> d.aliases.put(value, cp);
                    default -> throw new IllegalStateException("unicodedata-15.0.txt: bad line " + entry);
                }
            }
            loadNameAliases(d);
            return d;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read unicodedata-15.0.txt", e);
        }
    }

    /** Whether the JDK's name is its made-up one for an unnamed character: the block's name and the code point. */
    private static boolean isFallbackName(int cp, String javaName) {
        return javaName.endsWith(" " + Integer.toHexString(cp).toUpperCase(Locale.ROOT)) && javaName.indexOf('-') < 0;
    }

    /** Whether Unicode 15.0 has the code point as assigned. */
    private static boolean isAssigned(int cp) {
        return !category(cp).equals("Cn");
    }

    private static boolean isCjkUnifiedIdeograph(int cp) {
        return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
                        (cp >= 0x2A700 && cp <= 0x2EBEF) || (cp >= 0x30000 && cp <= 0x323AF);
    }

    /** The name, or null: CPython has no name for control characters, unassigned ones or Tangut ideographs. */
    @TruffleBoundary
    public static String name(int cp) {
        if (!isAssigned(cp)) {
            return null;
        }
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            int s = cp - HANGUL_FIRST;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        if (isCjkUnifiedIdeograph(cp)) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        String name = Character.getName(cp);
        if (name == null || Character.getType(cp) == Character.CONTROL || isFallbackName(cp, name)) {
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
        if (upper.startsWith("HANGUL SYLLABLE ") || upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return upper.equals(name) ? algorithmic(name) : -1;
        }
        Data d = data();
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            cp = -1;
        }
        if (cp >= 0 && upper.equals(name(cp))) {
            return cp;
        }
        Integer alias = d.aliases.get(upper);
        if (alias == null) {
            alias = d.controlAliases.get(upper);
        }
        if (alias != null) {
            return alias;
        }
        return variationSelector(upper);
    }

    private static int algorithmic(String name) {
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = name.substring("CJK UNIFIED IDEOGRAPH-".length());
            if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                return -1;
            }
            int cp = Integer.parseInt(hex, 16);
            return isCjkUnifiedIdeograph(cp) && isAssigned(cp) ? cp : -1;
        }
        for (int cp = HANGUL_FIRST; cp <= HANGUL_LAST; cp++) {
            if (name.equals(name(cp))) {
                return cp;
            }
        }
        return -1;
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

    @TruffleBoundary
    public static String category(int cp) {
        Data d = data();
        return d.categories[d.run(cp)];
    }

    @TruffleBoundary
    public static String bidirectional(int cp) {
        Data d = data();
        return d.bidirectionals[d.run(cp)];
    }

    @TruffleBoundary
    public static int combining(int cp) {
        Data d = data();
        return d.combinings[d.run(cp)];
    }

    @TruffleBoundary
    public static String eastAsianWidth(int cp) {
        Data d = data();
        return d.widths[d.run(cp)];
    }

    @TruffleBoundary
    public static int mirrored(int cp) {
        Data d = data();
        return d.mirrored[d.run(cp)] ? 1 : 0;
    }

    /** The decimal digit value, or -1. */
    @TruffleBoundary
    public static int decimal(int cp) {
        Data d = data();
        Character kind = d.numericKinds.get(cp);
        return kind != null && kind == 'd' ? (int) (double) d.numerics.get(cp) : -1;
    }

    /** The digit value (decimal digits and other digits such as superscripts), or -1. */
    @TruffleBoundary
    public static int digit(int cp) {
        Data d = data();
        Character kind = d.numericKinds.get(cp);
        return kind != null && kind != 'n' ? (int) (double) d.numerics.get(cp) : -1;
    }

    /** The numeric value, or NaN when the character has none. */
    @TruffleBoundary
    public static double numeric(int cp) {
        Double value = data().numerics.get(cp);
        return value == null ? Double.NaN : value;
    }

    /** UnicodeData.txt's decomposition field: a tag such as {@code <compat>} for a compatibility mapping, then hex. */
    @TruffleBoundary
    public static String decomposition(int cp) {
        return data().decompositions.getOrDefault(cp, "");
    }

    /** The JDK's form for "NFC", "NFD", "NFKC" or "NFKD", or null for another name. */
    public static Normalizer.Form form(String name) {
        return switch (name) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> null;
        };
    }

    /**
     * The text normalized as Unicode 15.0 does. The JDK's newer tables could change characters assigned after 15.0,
     * which 15.0 leaves alone: the text is normalized between them. (Unassigned, they have no mapping and combining
     * class 0, so nothing composes or reorders across them.)
     */
    @TruffleBoundary
    public static String normalize(Normalizer.Form form, String text) {
        StringBuilder sb = null;
        int from = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0x80 && Character.getType(cp) != Character.UNASSIGNED && !isAssigned(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length());
                }
                sb.append(Normalizer.normalize(text.substring(from, i), form)).append(text, i, next);
                from = next;
            }
            i = next;
        }
        if (sb == null) {
            return Normalizer.normalize(text, form);
        }
        return sb.append(Normalizer.normalize(text.substring(from), form)).toString();
    }

    @TruffleBoundary
    public static boolean isNormalized(Normalizer.Form form, String text) {
        return normalize(form, text).equals(text);
    }
}
