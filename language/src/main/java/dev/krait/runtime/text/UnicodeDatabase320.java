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
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Unicode 3.2.0 as CPython's {@code unicodedata.ucd_3_2_0} answers from it (IDNA and stringprep use it): the
 * Unicode 15.0 of {@link UnicodeDatabase} with the differences of {@code unicodedata-3.2.0.txt} (made by
 * {@code scripts/generate_ucd_3_2_0.py}): characters assigned after 3.2.0 are unassigned (category Cn, no name, no
 * bidirectional class, width N, no decomposition or numeric value), a few hundred older characters have their 3.2.0
 * category, bidirectional class, width, mirroring or decimal value, and normalization leaves the newer characters
 * undecomposed and uses 3.2.0's mappings of the five CJK compatibility ideographs corrected later. As in CPython, the
 * combining classes, digit values and compositions are 15.0's.
 */
public final class UnicodeDatabase320 {
    public static final String VERSION = "3.2.0";

    private UnicodeDatabase320() {
    }

    private static final class Data {
        /** Sorted, disjoint ranges {@code [newerFirst[i], newerLast[i]]} of the characters assigned after 3.2.0. */
        final int[] newerFirst;
        final int[] newerLast;
        final Map<Integer, String> categories = new HashMap<>();
        final Map<Integer, String> bidirectionals = new HashMap<>();
        final Map<Integer, String> widths = new HashMap<>();
        final Map<Integer, Integer> mirrored = new HashMap<>();
        final Map<Integer, Integer> decimals = new HashMap<>();
        final Map<Integer, String> mappings = new HashMap<>();

        Data(List<int[]> ranges) {
            newerFirst = new int[ranges.size()];
            newerLast = new int[ranges.size()];
            for (int i = 0; i < ranges.size(); i++) {
                newerFirst[i] = ranges.get(i)[0];
                newerLast[i] = ranges.get(i)[1];
            }
        }

        boolean isNewer(int cp) {
            int i = Arrays.binarySearch(newerFirst, cp);
            if (i >= 0) {
                return true;
            }
            int before = -i - 2;
            return before >= 0 && cp <= newerLast[before];
        }
    }

    private static Data data;

    private static Data data() {
        Data d = data;
        if (d == null) {
            d = load();
            data = d;
        }
        return d;
    }

    @TruffleBoundary
    private static Data load() {
        try (InputStream in = UnicodeDatabase320.class.getResourceAsStream("/dev/krait/unicodedata-3.2.0.txt")) {
            if (in == null) {
                throw new IllegalStateException("unicodedata-3.2.0.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<int[]> ranges = new ArrayList<>();
            List<String[]> records = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ", 4);
                if (f[0].equals("U")) {
                    ranges.add(new int[]{Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16)});
                } else {
                    records.add(f);
                }
            }
            Data d = new Data(ranges);
            for (String[] f : records) {
                int cp = Integer.parseInt(f[1], 16);
                if (f[0].equals("M")) {
                    StringBuilder mapping = new StringBuilder();
                    for (String hex : line(f).split(" ")) {
                        mapping.appendCodePoint(Integer.parseInt(hex, 16));
                    }
                    d.mappings.put(cp, mapping.toString());
                    continue;
                }
                String value = f[3];
                switch (f[2]) {
                    case "category" -> d.categories.put(cp, value);
                    case "bidirectional" -> d.bidirectionals.put(cp, value);
                    case "east_asian_width" -> d.widths.put(cp, value);
                    case "mirrored" -> d.mirrored.put(cp, Integer.parseInt(value));
                    case "decimal" -> d.decimals.put(cp, value.equals("-") ? -1 : Integer.parseInt(value));
                    default -> throw new IllegalStateException("unicodedata-3.2.0.txt: unknown property " + f[2]);
                }
            }
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mapping of an M record: everything after the code point. */
    private static String line(String[] f) {
        return f.length == 4 ? f[2] + " " + f[3] : f[2];
    }

    /** Whether Unicode 3.2.0 has the character as assigned (what CPython's 3.2.0 records call unchanged or changed). */
    @TruffleBoundary
    public static boolean isAssigned(int cp) {
        return !data().isNewer(cp) && !UnicodeDatabase.category(cp).equals("Cn");
    }

    @TruffleBoundary
    public static String category(int cp) {
        Data d = data();
        return d.isNewer(cp) ? "Cn" : d.categories.getOrDefault(cp, UnicodeDatabase.category(cp));
    }

    @TruffleBoundary
    public static String bidirectional(int cp) {
        Data d = data();
        return d.isNewer(cp) ? "" : d.bidirectionals.getOrDefault(cp, UnicodeDatabase.bidirectional(cp));
    }

    @TruffleBoundary
    public static int combining(int cp) {
        return data().isNewer(cp) ? 0 : UnicodeDatabase.combining(cp);
    }

    @TruffleBoundary
    public static String eastAsianWidth(int cp) {
        Data d = data();
        return d.isNewer(cp) ? "N" : d.widths.getOrDefault(cp, UnicodeDatabase.eastAsianWidth(cp));
    }

    @TruffleBoundary
    public static int mirrored(int cp) {
        Data d = data();
        return d.isNewer(cp) ? 0 : d.mirrored.getOrDefault(cp, UnicodeDatabase.mirrored(cp));
    }

    /** The decimal digit value, or -1. */
    @TruffleBoundary
    public static int decimal(int cp) {
        Data d = data();
        return d.isNewer(cp) ? -1 : d.decimals.getOrDefault(cp, UnicodeDatabase.decimal(cp));
    }

    /** The digit value: CPython keeps no 3.2.0 digit values and answers with 15.0's, even for newer characters. */
    public static int digit(int cp) {
        return UnicodeDatabase.digit(cp);
    }

    /** The numeric value, or NaN. */
    @TruffleBoundary
    public static double numeric(int cp) {
        return data().isNewer(cp) ? Double.NaN : UnicodeDatabase.numeric(cp);
    }

    @TruffleBoundary
    public static String decomposition(int cp) {
        return data().isNewer(cp) ? "" : UnicodeDatabase.decomposition(cp);
    }

    /** The name, or null: newer characters have none. */
    @TruffleBoundary
    public static String name(int cp) {
        return data().isNewer(cp) ? null : UnicodeDatabase.name(cp);
    }

    /**
     * The character of a name, or -1. Unlike 15.0's lookup, name aliases and the VS abbreviations are not names here,
     * nor are the names of newer characters, though (as in CPython) the algorithmic CJK names of 15.0 are.
     */
    @TruffleBoundary
    public static int lookup(String name) {
        int cp = UnicodeDatabase.lookup(name);
        if (cp < 0) {
            return -1;
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return cp;
        }
        String own = name(cp);
        return own != null && own.equalsIgnoreCase(name) ? cp : -1;
    }

    /**
     * The text normalized as CPython does with the 3.2.0 database: newer characters are not decomposed (they stand
     * in the text as private-use placeholders while the JDK normalizes it, then come back), the corrected CJK
     * compatibility ideographs decompose to their 3.2.0 mappings; all else is 15.0's normalization.
     */
    @TruffleBoundary
    public static String normalize(Normalizer.Form form, String text) {
        Data d = data();
        boolean compatibility = form == Normalizer.Form.NFKC || form == Normalizer.Form.NFKD;
        Normalizer.Form decomposing = compatibility ? Normalizer.Form.NFKD : Normalizer.Form.NFD;
        Map<Integer, Integer> placeholders = null;
        StringBuilder prepared = new StringBuilder(text.length());
        int nextPlaceholder = 0x100000;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String mapping = d.mappings.get(cp);
            if (mapping != null) {
                prepared.append(mapping);
            } else if (cp >= 0x80 && d.isNewer(cp) && !Normalizer.isNormalized(Character.toString(cp), decomposing)) {
                if (placeholders == null) {
                    placeholders = new HashMap<>();
                }
                while (text.indexOf(Character.toString(nextPlaceholder)) >= 0) {
                    nextPlaceholder++;
                }
                placeholders.put(nextPlaceholder, cp);
                prepared.appendCodePoint(nextPlaceholder++);
            } else {
                prepared.appendCodePoint(cp);
            }
        }
        String normalized = UnicodeDatabase.normalize(form, prepared.toString());
        if (placeholders == null) {
            return normalized;
        }
        StringBuilder restored = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length();) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            restored.appendCodePoint(placeholders.getOrDefault(cp, cp));
        }
        return restored.toString();
    }

    @TruffleBoundary
    public static boolean isNormalized(Normalizer.Form form, String text) {
        return normalize(form, text).equals(text);
    }
}
