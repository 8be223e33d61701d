package dev.krait.tests.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.krait.runtime.storage.SetStorage;

/** Set iteration (and pop) order equals CPython 3.12's for the same history of operations. */
class SetOrderTest {
    static Stream<Arguments> sessions() {
        List<Arguments> all = new ArrayList<>();
        add(all, "hand", SetSessions.HAND_WRITTEN);
        add(all, "algebra", SetSessions.RANDOM_ALGEBRA);
        add(all, "churn", SetSessions.RANDOM_CHURN);
        return all.stream();
    }

    private static void add(List<Arguments> all, String group, String[] sessions) {
        IntStream.range(0, sessions.length).forEach(i -> all.add(Arguments.of(group + " " + i, sessions[i])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void matchesCPythonSession(String name, String session) {
        assertNull(SetScript.run(session), name);
    }

    /**
     * Larger sets, including past 50000 keys where CPython grows by 2 instead of 4: add {@code (i * mul) % mod -
     * offset} for i below n, discard every {@code removeEvery}-th of them, add {@code (i * 7919) % (3 * mod) -
     * offset} for i below extra, pop {@code pops} times folding the results into a checksum ({@code h * 31 + v}),
     * then fold the remaining keys in iteration order ({@code h * 1000003 + v}). Sizes, checksums and first keys were
     * computed by CPython 3.12 with the same formulas.
     */
    @ParameterizedTest
    @CsvSource({
        "1000, 37, 5000, 0, 3, 200, 5, 852, -5444430031913827265, 12 2062 17 4114 2067 22 4119 2072",
        "5000, 7, 1048576, 100, 7, 3000, 17, 7263, -7277557284897755561, 32814 2326580 32821 54 131132 61 32835 68",
        "20000, 1103515245, 2147483648, 1073741824, 2, 5000, 100, 14900, -553225751489377812, " +
                        "320078693 -1066400911 899810171 322831229 -1062599791 325583765 -251395177 328336301",
        "60000, 48271, 2147483647, 0, 5, 1000, 3, 48997, -3338570338527026889, " +
                        "1336672261 605945863 525860875 1942618124 1211891726 481165328 401080340 1817837589",
        "150000, 69069, 4294967296, 2147483648, 4, 70000, 1000, 181497, -798032777391413565, " +
                        "900205377 513280839 319818570 126356301 -2128082098 -260568237 -2095051949 -454030506",
        "50001, 1, 50001, 0, 50001, 0, 0, 50000, 5953765690174772360, 1 2 3 4 5 6 7 8",
        "3000, 1, 3000, 1500, 1, 3000, 0, 3000, 61571573069010160, 299 301 60 12 62 312 314 316",
        "300, 8, 4096, 0, 2, 100, 50, 198, 652308120120409382, 1192 2216 184 1208 2232 200 1224 2248",
    })
    void matchesCPythonOnLargeSets(long n, long mul, long mod, long offset, long removeEvery, long extra, int pops,
                    int expectedSize, long expectedChecksum, String expectedFirst) {
        SetStorage set = new SetStorage();
        for (long i = 0; i < n; i++) {
            set.add(Math.floorMod(i * mul, mod) - offset, SetScript.NO_CALLBACKS);
        }
        for (long i = 0; i < n; i += removeEvery) {
            set.discard(Math.floorMod(i * mul, mod) - offset, SetScript.NO_CALLBACKS);
        }
        for (long i = 0; i < extra; i++) {
            set.add(Math.floorMod(i * 7919, mod * 3) - offset, SetScript.NO_CALLBACKS);
        }
        long h = 0;
        for (int i = 0; i < pops; i++) {
            h = h * 31 + (Long) set.pop();
        }
        Object[] keys = set.toArray();
        for (Object key : keys) {
            h = h * 1000003 + (Long) key;
        }
        assertEquals(expectedSize, set.size());
        assertEquals(expectedChecksum, h);
        String[] first = expectedFirst.split(" ");
        Object[] firstKeys = new Object[first.length];
        for (int i = 0; i < first.length; i++) {
            firstKeys[i] = Long.parseLong(first[i]);
        }
        Object[] actualFirst = new Object[first.length];
        System.arraycopy(keys, 0, actualFirst, 0, first.length);
        assertArrayEquals(firstKeys, actualFirst);
    }
}
