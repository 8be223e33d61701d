package dev.krait.tests.storage;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.storage.DictStorage;
import dev.krait.runtime.storage.KeyProtocol;
import dev.krait.runtime.storage.SetStorage;

/**
 * Replays a recorded set session against {@link SetStorage} and reports the first difference from what CPython 3.12
 * printed. A session is one command per line; values are tokens: {@code i<int>}, {@code f<float repr>},
 * {@code bTrue}/{@code bFalse}. Commands: {@code new A v...} (A = set built by adding v... in order),
 * {@code add|discard A v...}, {@code pop A n -> v...}, {@code clear A}, {@code copy A B}, {@code or|and|sub|xor A B C}
 * (A = B op C), {@code ior|iand|isub|ixor A B}, {@code dict A v...} (A.update of a dict with keys v...),
 * {@code subdict A B v...} (A = B - dict with keys v...), {@code xordict A v...} (A ^= dict with keys v...),
 * {@code subiter A v...} (A.difference_update of a list), {@code cmp A B -> flags} (A<=B, A>=B, A.isdisjoint(B),
 * A==B as 0/1), {@code expect A v...} (list(A) is v...).
 */
final class SetScript {
    /** Only builtin keys appear in these sessions, so the storage must never call back. */
    static final KeyProtocol NO_CALLBACKS = new KeyProtocol() {
        @Override
        public long hash(Object key) {
            throw new AssertionError("unexpected hash callback for " + key);
        }

        @Override
        public boolean equal(Object stored, Object lookedUp) {
            throw new AssertionError("unexpected equality callback");
        }
    };

    private final Map<String, SetStorage> sets = new HashMap<>();
    private final IdentityHashMap<Object, String> tokens = new IdentityHashMap<>();

    private SetScript() {
    }

    /** Runs a session; returns null when every expectation held, otherwise a description of the first miss. */
    static String run(String session) {
        return new SetScript().execute(session);
    }

    private String execute(String session) {
        int lineNumber = 0;
        for (String line : session.split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String problem = step(line.strip());
            if (problem != null) {
                return "line " + lineNumber + ": " + problem;
            }
        }
        return null;
    }

    private String step(String line) {
        String[] expected = null;
        int arrow = line.indexOf(" ->");
        if (arrow >= 0) {
            String rest = line.substring(arrow + 3).strip();
            expected = rest.isEmpty() ? new String[0] : rest.split(" ");
            line = line.substring(0, arrow);
        }
        String[] words = line.split(" ");
        String command = words[0];
        String target = words[1];
        SetStorage set = sets.get(target);
        switch (command) {
            case "new" -> {
                SetStorage created = new SetStorage();
                for (int i = 2; i < words.length; i++) {
                    created.add(value(words[i]), NO_CALLBACKS);
                }
                sets.put(target, created);
            }
            case "add" -> {
                for (int i = 2; i < words.length; i++) {
                    set.add(value(words[i]), NO_CALLBACKS);
                }
            }
            case "discard" -> {
                for (int i = 2; i < words.length; i++) {
                    set.discard(value(words[i]), NO_CALLBACKS);
                }
            }
            case "pop" -> {
                int n = Integer.parseInt(words[2]);
                List<String> got = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    got.add(token(set.pop()));
                }
                return compare(line, expected, got);
            }
            case "clear" -> set.clear();
            case "copy" -> sets.put(target, sets.get(words[2]).copy());
            case "or" -> sets.put(target, sets.get(words[2]).union(sets.get(words[3]), NO_CALLBACKS));
            case "and" -> sets.put(target, sets.get(words[2]).intersection(sets.get(words[3]), NO_CALLBACKS));
            case "sub" -> sets.put(target, sets.get(words[2]).difference(sets.get(words[3]), NO_CALLBACKS));
            case "xor" -> sets.put(target, sets.get(words[2]).symmetricDifference(sets.get(words[3]), NO_CALLBACKS));
            case "ior" -> set.update(sets.get(words[2]), NO_CALLBACKS);
            case "iand" -> set.intersectionUpdate(sets.get(words[2]), NO_CALLBACKS);
            case "isub" -> set.differenceUpdate(sets.get(words[2]), NO_CALLBACKS);
            case "ixor" -> set.symmetricDifferenceUpdate(sets.get(words[2]), NO_CALLBACKS);
            case "dict" -> set.update(dictOf(words, 2), NO_CALLBACKS);
            case "subdict" -> {
                DictStorage dict = dictOf(words, 3);
                sets.put(target, sets.get(words[2]).difference(dict, NO_CALLBACKS));
            }
            case "xordict" -> set.symmetricDifferenceUpdate(dictOf(words, 2), NO_CALLBACKS);
            case "subiter" -> {
                for (int i = 2; i < words.length; i++) {
                    set.discard(value(words[i]), NO_CALLBACKS);
                }
                set.shrinkAfterDiscards();
            }
            case "cmp" -> {
                SetStorage other = sets.get(words[2]);
                String flags = flag(set.isSubset(other, NO_CALLBACKS)) + flag(set.isSuperset(other, NO_CALLBACKS)) +
                                flag(set.isDisjoint(other, NO_CALLBACKS)) + flag(set.setEquals(other, NO_CALLBACKS));
                return compare(line, expected, List.of(flags));
            }
            case "expect" -> {
                List<String> got = new ArrayList<>();
                for (Object key : set.toArray()) {
                    got.add(token(key));
                }
                List<String> iterated = new ArrayList<>();
                for (int slot = set.nextSlot(0); slot >= 0; slot = set.nextSlot(slot + 1)) {
                    iterated.add(token(set.keyAt(slot)));
                }
                if (!iterated.equals(got)) {
                    return "toArray and nextSlot disagree";
                }
                if (got.size() != set.size()) {
                    return "size " + set.size() + " but " + got.size() + " keys";
                }
                return compare(line, Arrays.copyOfRange(words, 2, words.length), got);
            }
            default -> throw new IllegalArgumentException(command);
        }
        return null;
    }

    private DictStorage dictOf(String[] words, int from) {
        DictStorage dict = new DictStorage();
        for (int i = from; i < words.length; i++) {
            dict.put(value(words[i]), 0L, NO_CALLBACKS);
        }
        return dict;
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    private static String compare(String line, String[] expected, List<String> got) {
        if (List.of(expected).equals(got)) {
            return null;
        }
        String shown = line.length() > 60 ? line.substring(0, 60) + "..." : line;
        return shown + "\n expected " + String.join(" ", expected) + "\n got      " + String.join(" ", got);
    }

    /** A fresh object for a token, remembered so the stored object can be told apart from equal ones. */
    private Object value(String token) {
        Object v = switch (token.charAt(0)) {
            case 'i' -> parseInt(token.substring(1));
            case 'f' -> parseFloat(token.substring(1));
            case 'b' -> Boolean.valueOf(token.substring(1).equals("True"));
            default -> throw new IllegalArgumentException(token);
        };
        tokens.put(v, token);
        return v;
    }

    private static Object parseInt(String digits) {
        return PInt.normalize(new BigInteger(digits));
    }

    private static Object parseFloat(String repr) {
        double d = switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(repr);
        };
        return Double.valueOf(d);
    }

    private String token(Object key) {
        String t = tokens.get(key);
        return t != null ? t : "?" + key;
    }
}
