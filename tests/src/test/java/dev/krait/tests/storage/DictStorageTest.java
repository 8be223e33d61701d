package dev.krait.tests.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.storage.DictIterator;
import dev.krait.runtime.storage.DictStorage;

/** DictStorage keeps insertion order through updates, removals and rebuilds, and survives mutating comparisons. */
class DictStorageTest {
    private final TestKey.Protocol protocol = new TestKey.Protocol();

    private static List<Object> keysInOrder(DictStorage d) {
        List<Object> keys = new ArrayList<>();
        for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
            keys.add(d.keyAt(i));
        }
        return keys;
    }

    @Test
    void keepsInsertionOrderAndTheOriginalKey() {
        DictStorage d = new DictStorage();
        Long one = 1L;
        d.put("b", 1L, protocol);
        d.put(one, "x", protocol);
        d.put("a", 3L, protocol);
        d.put(1.0, "y", protocol); // d[1.0] = 'y' keeps key 1 and its position
        d.put(Boolean.TRUE, "z", protocol);
        assertEquals(3, d.size());
        assertEquals(List.of("b", 1L, "a"), keysInOrder(d));
        assertSame(one, d.keyAt(d.indexOf(1.0, protocol)));
        assertEquals("z", d.get(1L, protocol));
        assertNull(d.get(2L, protocol));
        assertArrayEquals(new Object[]{"b", 1L, "a"}, d.keysArray());
        assertArrayEquals(new Object[]{1L, "z", 3L}, d.valuesArray());
        Object[] items = d.itemsArray();
        assertArrayEquals(new Object[]{"a", 3L}, (Object[]) items[2]);
    }

    @Test
    void removalLeavesOrderAndReinsertGoesLast() {
        DictStorage d = new DictStorage();
        for (long i = 0; i < 5; i++) {
            d.put(i, i * 10, protocol);
        }
        assertEquals(20L, d.remove(2L, protocol));
        assertNull(d.remove(2L, protocol));
        d.put(2L, "again", protocol);
        assertEquals(List.of(0L, 1L, 3L, 4L, 2L), keysInOrder(d));
        assertEquals(List.of(2L, 4L, 3L, 1L, 0L), reversedKeys(d));
    }

    private static List<Object> reversedKeys(DictStorage d) {
        List<Object> keys = new ArrayList<>();
        for (int i = d.lastIndex(); i >= 0; i = d.previousIndex(i - 1)) {
            keys.add(d.keyAt(i));
        }
        return keys;
    }

    @Test
    void popItemIsLastInFirstOut() {
        DictStorage d = new DictStorage();
        assertNull(d.popItem());
        d.put("a", 1L, protocol);
        d.put("b", 2L, protocol);
        d.put("c", 3L, protocol);
        d.remove("c", protocol);
        assertArrayEquals(new Object[]{"b", 2L}, d.popItem());
        d.put("d", 4L, protocol);
        assertEquals(List.of("a", "d"), keysInOrder(d));
        assertArrayEquals(new Object[]{"d", 4L}, d.popItem());
        assertArrayEquals(new Object[]{"a", 1L}, d.popItem());
        assertNull(d.popItem());
    }

    @Test
    void popItemAndInsertForeverStaysBounded() {
        DictStorage d = new DictStorage();
        d.put(0L, 0L, protocol);
        for (long i = 1; i < 200000; i++) {
            d.put(i, i, protocol);
            assertArrayEquals(new Object[]{i, i}, d.popItem());
        }
        assertEquals(List.of(0L), keysInOrder(d));
        assertTrue(d.tableSize() <= 8);
    }

    @Test
    void putIfAbsentIsSetdefault() {
        DictStorage d = new DictStorage();
        assertNull(d.putIfAbsent("k", 1L, protocol));
        assertEquals(1L, d.putIfAbsent("k", 2L, protocol));
        assertEquals(1L, d.get("k", protocol));
    }

    @Test
    void randomOperationsAgreeWithLinkedHashMap() {
        Random random = new Random(7);
        DictStorage d = new DictStorage();
        LinkedHashMap<Long, Object> model = new LinkedHashMap<>();
        for (int step = 0; step < 300000; step++) {
            long key = random.nextInt(3000);
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    d.put(key, step, protocol);
                    model.put(key, step);
                }
                case 2 -> assertEquals(model.remove(key), d.remove(key, protocol));
                case 3 -> assertEquals(model.get(key), d.get(key, protocol));
                case 4 -> {
                    Object[] item = d.popItem();
                    if (model.isEmpty()) {
                        assertNull(item);
                    } else {
                        Long last = model.sequencedKeySet().getLast();
                        assertEquals(last, item[0]);
                        assertEquals(model.remove(last), item[1]);
                    }
                }
                default -> {
                    if (random.nextInt(1000) == 0) {
                        d.clear();
                        model.clear();
                    }
                }
            }
            assertEquals(model.size(), d.size());
        }
        assertEquals(new ArrayList<>(model.keySet()), keysInOrder(d));
        assertEquals(new ArrayList<>(model.keySet()), keysInOrder(d.copy()));
    }

    @Test
    void copyIsIndependent() {
        DictStorage d = new DictStorage();
        for (long i = 0; i < 100; i++) {
            d.put(i, i, protocol);
        }
        for (long i = 0; i < 100; i += 2) {
            d.remove(i, protocol);
        }
        DictStorage copy = d.copy();
        copy.put("new", 1L, protocol);
        assertEquals(50, d.size());
        assertEquals(51, copy.size());
        assertEquals(keysInOrder(d), keysInOrder(copy).subList(0, 50));
    }

    @Test
    void iteratorDetectsSizeChangeStickily() {
        DictStorage d = new DictStorage();
        d.put(1L, 1L, protocol);
        DictIterator it = new DictIterator(d);
        d.put(2L, 2L, protocol);
        for (int i = 0; i < 2; i++) {
            PException e = assertThrows(PException.class, it::next);
            assertEquals("RuntimeError: dictionary changed size during iteration", e.getMessage());
        }
    }

    /** d = {1: 1, 2: 2}; it = iter(d); next(it); del d[1]; d[3] = 3: CPython yields 2, then "keys changed". */
    @Test
    void iteratorDetectsKeysChangedLikeCPython() {
        DictStorage d = new DictStorage();
        d.put(1L, 1L, protocol);
        d.put(2L, 2L, protocol);
        DictIterator it = new DictIterator(d);
        assertEquals(1L, d.keyAt(it.next()));
        d.remove(1L, protocol);
        d.put(3L, 3L, protocol);
        assertEquals(2L, d.keyAt(it.next()));
        PException e = assertThrows(PException.class, it::next);
        assertEquals("RuntimeError: dictionary keys changed during iteration", e.getMessage());
        assertEquals(-1, it.next());
    }

    /** d = {1: 1, 2: 2}; it = iter(d); next(it); del d[2]; d[3] = 3: CPython yields 3, then stops. */
    @Test
    void iteratorFollowsReplacedKeysLikeCPython() {
        DictStorage d = new DictStorage();
        d.put(1L, 1L, protocol);
        d.put(2L, 2L, protocol);
        DictIterator it = new DictIterator(d);
        assertEquals(1L, d.keyAt(it.next()));
        d.remove(2L, protocol);
        d.put(3L, 3L, protocol);
        assertEquals(1, it.lengthHint());
        assertEquals(3L, d.keyAt(it.next()));
        assertEquals(-1, it.next());
        assertEquals(-1, it.next());
    }

    /** CPython restarts the lookup when {@code __eq__} changed the dict, so the new key is inserted: {K3('a'): 2}. */
    @Test
    void equalThatRemovesTheComparedKeyRestartsTheLookup() {
        DictStorage d = new DictStorage();
        TestKey a = new TestKey("a", 2);
        d.put(a, 1L, protocol);
        protocol.onEqual = () -> d.remove(a, protocol);
        TestKey other = new TestKey("a", 2);
        d.put(other, 2L, protocol);
        assertEquals(1, d.size());
        assertSame(other, d.keyAt(d.nextIndex(0)));
        assertEquals(2L, d.valueAt(d.nextIndex(0)));
    }

    @Test
    void equalThatGrowsOrClearsTheDictIsSurvived() {
        DictStorage d = new DictStorage();
        d.put(new TestKey("a", 9), 1L, protocol);
        protocol.onEqual = () -> {
            for (long i = 0; i < 1000; i++) {
                d.put(i, i, protocol);
            }
        };
        d.put(new TestKey("b", 9), 2L, protocol);
        assertEquals(1002, d.size());
        protocol.onEqual = d::clear;
        assertNull(d.get(new TestKey("c", 9), protocol));
        assertEquals(0, d.size());
    }

    @Test
    void exceptionsFromTheProtocolPropagate() {
        DictStorage d = new DictStorage();
        PException e = assertThrows(PException.class, () -> d.put(TestKey.UNHASHABLE, 1L, protocol));
        assertEquals("TypeError: unhashable type: 'list'", e.getMessage());
        d.put(new TestKey("a", 1), 1L, protocol);
        protocol.failEqual = true;
        assertThrows(PException.class, () -> d.get(new TestKey("b", 1), protocol));
        protocol.failEqual = false;
        assertEquals(1, d.size());
        assertFalse(d.contains(new TestKey("b", 1), protocol));
    }

    @Test
    void builtinKeysNeverCallTheProtocol() {
        DictStorage d = new DictStorage();
        for (long i = 0; i < 5000; i++) {
            d.put(i, i, protocol);
            d.put("k" + i, i, protocol);
        }
        for (long i = 0; i < 5000; i++) {
            assertEquals(i, d.get((double) i, protocol));
        }
        assertEquals(0, protocol.hashCalls + protocol.equalCalls);
    }
}
