package dev.krait.tests.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.storage.ListSort;

/**
 * ListSort is a stable sort through a Python {@code <} only, with CPython's reverse, key and error behaviour and
 * CPython's comparison sequence.
 */
class ListSortTest {
    /** An item sorted by {@code key}; {@code tag} shows whether equal keys kept their order. */
    private record Item(long key, int tag) {
    }

    private static final ListSort.LessThan BY_KEY = (a, b) -> ((Item) a).key() < ((Item) b).key();
    private static final ListSort.LessThan LONGS = (a, b) -> (Long) a < (Long) b;

    private static Item[] randomItems(Random random, int n, int distinctKeys) {
        Item[] items = new Item[n];
        for (int i = 0; i < n; i++) {
            items[i] = new Item(random.nextInt(distinctKeys), i);
        }
        return items;
    }

    @Test
    void sortsStablyAtManySizesAndShapes() {
        Random random = new Random(1);
        for (int n : new int[]{0, 1, 2, 3, 31, 32, 63, 64, 65, 100, 127, 1000, 4097, 30000}) {
            for (int distinct : new int[]{1, 3, 50, 1 << 30}) {
                Item[] items = randomItems(random, n, distinct);
                // partly presorted shapes exercise run detection: an ascending prefix and a descending tail
                Arrays.sort(items, 0, n / 3, Comparator.comparingLong(Item::key));
                Arrays.sort(items, 2 * n / 3, n, Comparator.comparingLong(Item::key).reversed());
                Item[] expected = items.clone();
                Arrays.sort(expected, Comparator.comparingLong(Item::key)); // stable reference
                Object[] sorted = items.clone();
                ListSort.sort(sorted, 0, n, BY_KEY);
                assertArrayEquals(expected, sorted, "n=" + n + " distinct=" + distinct);
            }
        }
    }

    /** Interleaved sorted blocks and long equal stretches make merges gallop. */
    @Test
    void sortsStablyWhenMergesGallop() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            int n = 100 + random.nextInt(20000);
            Item[] items = galloping(random, n);
            Item[] expected = items.clone();
            Arrays.sort(expected, Comparator.comparingLong(Item::key));
            Object[] sorted = items.clone();
            ListSort.sort(sorted, 0, n, BY_KEY);
            assertArrayEquals(expected, sorted);
        }
    }

    private static Item[] galloping(Random random, int n) {
        Item[] items = new Item[n];
        int i = 0;
        while (i < n) {
            int block = 1 + random.nextInt(Math.min(n - i, 1 + random.nextInt(3000)));
            long start = random.nextInt(100000);
            long step = random.nextInt(4);
            for (int j = 0; j < block; j++, i++) {
                items[i] = new Item(start + j * step, i);
            }
        }
        return items;
    }

    @Test
    void sortsASubrangeOnly() {
        Object[] a = {9L, 5L, 3L, 4L, 1L, 0L};
        ListSort.sort(a, 1, 5, LONGS);
        assertArrayEquals(new Object[]{9L, 1L, 3L, 4L, 5L, 0L}, a);
    }

    /** sorted([(1,'a'),(0,'b'),(1,'c'),(0,'d')], key=lambda t: t[0], reverse=True) in CPython 3.12. */
    @Test
    void reverseKeepsEqualItemsInOrder() {
        Object[] values = {"1a", "0b", "1c", "0d"};
        Object[] keys = {1L, 0L, 1L, 0L};
        ListSort.sort(keys, values, 0, 4, true, LONGS);
        assertArrayEquals(new Object[]{"1a", "1c", "0b", "0d"}, values);
        assertArrayEquals(new Object[]{1L, 1L, 0L, 0L}, keys);
    }

    @Test
    void reverseIsStableAtScale() {
        Random random = new Random(2);
        Item[] items = randomItems(random, 5000, 20);
        Item[] expected = items.clone();
        Arrays.sort(expected, Comparator.comparingLong(Item::key).reversed()); // stable: equal keys keep order
        Object[] sorted = items.clone();
        ListSort.sort(sorted, null, 0, sorted.length, true, BY_KEY);
        assertArrayEquals(expected, sorted);
    }

    @Test
    void keyArrayCarriesTheItems() {
        Random random = new Random(3);
        Item[] items = randomItems(random, 3000, 100);
        Object[] keys = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = items[i].key();
        }
        Object[] values = items.clone();
        ListSort.sort(keys, values, 0, keys.length, false, LONGS);
        Item[] expected = items.clone();
        Arrays.sort(expected, Comparator.comparingLong(Item::key));
        assertArrayEquals(expected, values);
    }

    /** CPython 3.12 makes n-1 comparisons for sorted, reversed and all-equal input of 1000 items. */
    @Test
    void presortedInputCostsOneComparisonPerItem() {
        int[] count = new int[1];
        ListSort.LessThan counting = (a, b) -> {
            count[0]++;
            return (Long) a < (Long) b;
        };
        long[][] shapes = {new long[1000], new long[1000], new long[1000]};
        for (int i = 0; i < 1000; i++) {
            shapes[0][i] = i;
            shapes[1][i] = 1000 - i;
            shapes[2][i] = 5;
        }
        for (long[] shape : shapes) {
            Object[] a = Arrays.stream(shape).boxed().toArray();
            count[0] = 0;
            ListSort.sort(a, 0, a.length, counting);
            assertEquals(999, count[0]);
        }
    }

    /**
     * The number of comparisons equals CPython 3.12's for the same input (so do the comparisons themselves, which a
     * Python {@code __lt__} with side effects can observe). Inputs: {@code x = (x * 1103515245 + 12345) % 2**31}
     * from {@code seed}; item i is {@code x % m}, or with a block shape, blocks of {@code shape} items alternating
     * between ascending runs and random values, offset by {@code (i / shape) * 7 % 1000}. Counts printed by CPython.
     */
    @ParameterizedTest
    @CsvSource({
        "10, 100, 1, 0, 24",
        "64, 1000, 2, 0, 297",
        "65, 5, 3, 0, 294",
        "1000, 1000000000, 4, 0, 8602",
        "5000, 10, 5, 0, 35278",
        "20000, 2147483648, 6, 0, 259656",
        "100000, 1000, 7, 0, 1357622",
        "3000, 50, 8, 37, 19546",
        "30000, 1000000, 9, 500, 282331",
        "100000, 100, 10, 4000, 763041",
    })
    void makesTheSameNumberOfComparisonsAsCPython(int n, long m, long seed, int shape, int expected) {
        Object[] a = new Object[n];
        long x = seed;
        for (int i = 0; i < n; i++) {
            x = (x * 1103515245L + 12345L) % (1L << 31);
            if (shape == 0) {
                a[i] = x % m;
            } else {
                int block = i / shape;
                a[i] = block * 7L % 1000 + (block % 2 == 1 ? x % m : i % shape);
            }
        }
        int[] count = new int[1];
        ListSort.sort(a, 0, n, (p, q) -> {
            count[0]++;
            return (Long) p < (Long) q;
        });
        assertEquals(expected, count[0]);
        for (int i = 1; i < n; i++) {
            assertTrue((Long) a[i - 1] <= (Long) a[i]);
        }
    }

    @Test
    void inconsistentComparisonsNeverFail() {
        Random random = new Random(4);
        for (int round = 0; round < 50; round++) {
            Object[] a = new Object[random.nextInt(2000)];
            for (int i = 0; i < a.length; i++) {
                a[i] = (long) i;
            }
            ListSort.sort(a, 0, a.length, (x, y) -> random.nextBoolean());
            Object[] check = a.clone();
            Arrays.sort(check);
            for (int i = 0; i < check.length; i++) {
                assertEquals((long) i, check[i]); // still a permutation
            }
        }
    }

    @Test
    void comparisonExceptionPropagatesAndLeavesAPermutation() {
        Random random = new Random(5);
        PException failure = Errors.typeError("'<' not supported between instances of 'int' and 'str'");
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(3000);
            Object[] a = new Object[n];
            Item[] shaped = galloping(random, n);
            for (int i = 0; i < n; i++) {
                a[i] = round % 2 == 0 ? (long) random.nextInt(n) : shaped[i].key();
            }
            Object[] original = a.clone();
            int failAt = random.nextInt(n * 8 + 1);
            int[] calls = new int[1];
            boolean reverse = random.nextBoolean();
            ListSort.LessThan failing = (x, y) -> {
                if (calls[0]++ == failAt) {
                    throw failure;
                }
                return (Long) x < (Long) y;
            };
            try {
                ListSort.sort(a, null, 0, n, reverse, failing);
            } catch (PException e) {
                assertSame(failure, e);
            }
            Object[] sortedA = a.clone();
            Arrays.sort(sortedA);
            Arrays.sort(original);
            assertArrayEquals(original, sortedA);
        }
    }

    /** A list standing in for Krait's: sort() empties it; appends while empty count as modification. */
    private static final class FakeList implements ListSort.SortableList {
        Object[] items;
        List<Object> whileSorting;

        FakeList(Object... items) {
            this.items = items;
        }

        @Override
        public Object[] takeItems() {
            Object[] taken = items;
            items = new Object[0];
            whileSorting = new ArrayList<>();
            return taken;
        }

        @Override
        public boolean restoreItems(Object[] sorted) {
            boolean modified = !whileSorting.isEmpty();
            items = sorted;
            whileSorting = null;
            return modified;
        }

        void append(Object item) {
            whileSorting.add(item);
        }
    }

    /** l = [3, 1, 2]; l.sort(key=lambda x: l.append(x) or x) raises ValueError and leaves [1, 2, 3]. */
    @Test
    void modificationDuringSortRaisesValueError() {
        FakeList list = new FakeList(3L, 1L, 2L);
        PException e = assertThrows(PException.class, () -> ListSort.sortList(list, x -> {
            list.append(x);
            return x;
        }, false, LONGS));
        assertEquals("ValueError: list modified during sort", e.getMessage());
        assertArrayEquals(new Object[]{1L, 2L, 3L}, list.items);
    }

    /** A failing key function leaves the list as it was ([3, 1, 2]) and its exception wins over the modification. */
    @Test
    void keyFunctionFailureLeavesTheListUnchanged() {
        FakeList list = new FakeList(3L, 1L, 2L);
        PException failure = Errors.keyError("k");
        PException e = assertThrows(PException.class, () -> ListSort.sortList(list, x -> {
            if ((Long) x == 2L) {
                throw failure;
            }
            list.append(9L);
            return x;
        }, false, LONGS));
        assertSame(failure, e);
        assertArrayEquals(new Object[]{3L, 1L, 2L}, list.items);
    }

    /** CPython 3.12: [B(3), B(1), B(2), B(0)].sort() where comparing with B(0) fails leaves [1, 2, 3, 0]. */
    @Test
    void comparisonFailureInSortListRestoresThePartialOrder() {
        FakeList list = new FakeList(3L, 1L, 2L, 0L);
        PException failure = Errors.typeError("nope");
        PException e = assertThrows(PException.class, () -> ListSort.sortList(list, null, false, (a, b) -> {
            list.append(1L);
            if ((Long) a == 0L || (Long) b == 0L) {
                throw failure;
            }
            return (Long) a < (Long) b;
        }));
        assertSame(failure, e);
        assertArrayEquals(new Object[]{1L, 2L, 3L, 0L}, list.items);
    }

    @Test
    void sortListSortsWithKeyAndReverse() {
        FakeList list = new FakeList("bb", "a", "ccc", "dd");
        ListSort.sortList(list, x -> (long) ((String) x).length(), true, LONGS);
        assertArrayEquals(new Object[]{"ccc", "bb", "dd", "a"}, list.items);
    }
}
