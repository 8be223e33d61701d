package dev.krait.tests.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.storage.SetIterator;
import dev.krait.runtime.storage.SetStorage;

/** SetStorage's operations, callbacks into the key protocol, and robustness against mutation from {@code __eq__}. */
class SetStorageTest {
    private final TestKey.Protocol protocol = new TestKey.Protocol();

    @Test
    void keepsTheFirstOfEqualKeys() {
        SetStorage set = new SetStorage();
        Long one = 1L;
        set.add(one, protocol);
        set.add(1.0, protocol);
        set.add(Boolean.TRUE, protocol);
        assertEquals(1, set.size());
        assertSame(one, set.findKey(1.0, protocol));
        assertTrue(set.contains(Boolean.TRUE, protocol));
        assertTrue(set.discard(1.0, protocol));
        assertEquals(0, set.size());
    }

    @Test
    void builtinKeysNeverCallTheProtocol() {
        SetStorage set = new SetStorage();
        for (long i = 0; i < 1000; i++) {
            set.add(i, protocol);
            set.add("s" + i, protocol);
            set.add(i + 0.5, protocol);
        }
        assertTrue(set.contains("s999", protocol));
        assertTrue(set.contains(999.0, protocol));
        assertEquals(3000, set.size());
        assertEquals(0, protocol.hashCalls + protocol.equalCalls);
    }

    @Test
    void protocolDecidesForOtherKeys() {
        SetStorage set = new SetStorage();
        TestKey a = new TestKey("a", 5);
        set.add(a, protocol);
        set.add(new TestKey("b", 5), protocol); // same hash, not equal
        set.add(new TestKey("a", 5), protocol); // equal to a: a stays
        assertEquals(2, set.size());
        assertSame(a, set.findKey(new TestKey("a", 5), protocol));
        assertFalse(set.contains(new TestKey("a", 6), protocol));
        assertFalse(set.contains(5L, protocol)); // an int with the same hash is compared through the protocol
        assertTrue(protocol.equalCalls > 0);
    }

    @Test
    void unhashableKeyRaisesTypeError() {
        SetStorage set = new SetStorage();
        PException e = assertThrows(PException.class, () -> set.add(TestKey.UNHASHABLE, protocol));
        assertEquals("TypeError: unhashable type: 'list'", e.getMessage());
        assertEquals(0, set.size());
    }

    @Test
    void exceptionFromEqualPropagatesAndLeavesTheSetIntact() {
        SetStorage set = new SetStorage();
        set.add(new TestKey("a", 1), protocol);
        protocol.failEqual = true;
        PException e = assertThrows(PException.class, () -> set.add(new TestKey("b", 1), protocol));
        assertEquals("ValueError: eq failed", e.getMessage());
        protocol.failEqual = false;
        assertEquals(1, set.size());
        assertTrue(set.contains(new TestKey("a", 1), protocol));
    }

    @Test
    void equalThatClearsTheSetRestartsTheLookup() {
        SetStorage set = new SetStorage();
        set.add(new TestKey("a", 1), protocol);
        protocol.onEqual = set::clear;
        set.add(new TestKey("b", 1), protocol);
        assertEquals(1, set.size());
        assertTrue(set.contains(new TestKey("b", 1), protocol));
    }

    @Test
    void equalThatGrowsTheSetRestartsTheLookup() {
        SetStorage set = new SetStorage();
        set.add(new TestKey("a", 3), protocol);
        protocol.onEqual = () -> {
            for (long i = 100; i < 200; i++) {
                set.add(i, protocol);
            }
        };
        assertFalse(set.contains(new TestKey("z", 3), protocol));
        assertEquals(101, set.size());
        set.add(new TestKey("z", 3), protocol);
        assertEquals(102, set.size());
    }

    /** CPython 3.12 trusts an {@code __eq__} that answers True even after removing the key: the set ends empty. */
    @Test
    void equalThatRemovesTheComparedKeyAndAnswersTrue() {
        SetStorage set = new SetStorage();
        TestKey a = new TestKey("a", 2);
        set.add(a, protocol);
        protocol.onEqual = () -> set.discard(a, protocol);
        set.add(new TestKey("a", 2), protocol);
        assertEquals(0, set.size());
    }

    @Test
    void randomOperationsAgreeWithAModel() {
        Random random = new Random(42);
        SetStorage set = new SetStorage();
        Set<Long> model = new HashSet<>();
        for (int step = 0; step < 200000; step++) {
            long key = random.nextInt(2000) - 1000;
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    set.add(key, protocol);
                    model.add(key);
                }
                case 2 -> assertEquals(model.remove(key), set.discard(key, protocol));
                case 3 -> assertEquals(model.contains(key), set.contains(key, protocol));
                default -> {
                    Object popped = set.pop();
                    if (model.isEmpty()) {
                        assertNull(popped);
                    } else {
                        assertTrue(model.remove(popped));
                    }
                }
            }
            assertEquals(model.size(), set.size());
        }
        assertEquals(model, new HashSet<>(java.util.Arrays.asList(set.toArray())));
    }

    /** Values printed by CPython 3.12 for hash(frozenset(...)). */
    @Test
    void frozensetHashMatchesCPython() {
        assertEquals(133146708735736L, new SetStorage().frozensetHash());
        assertEquals(-558064481276695278L, setOf(1L).frozensetHash());
        assertEquals(-272375401224217160L, setOf(3L, 2L, 1L).frozensetHash());
        SetStorage range = new SetStorage();
        for (long i = 99; i >= 0; i--) {
            range.add(i, protocol);
        }
        assertEquals(4411996150312757951L, range.frozensetHash());
        Object big = dev.krait.runtime.objects.PInt.normalize(java.math.BigInteger.ONE.shiftLeft(70));
        assertEquals(-8117497531103405448L, setOf(-1L, big, 0.5).frozensetHash());
        SetStorage withDummies = setOf(1L, 2L, 3L, 4L, 9L);
        withDummies.discard(4L, protocol);
        withDummies.discard(9L, protocol);
        assertEquals(-272375401224217160L, withDummies.frozensetHash());
    }

    private SetStorage setOf(Object... keys) {
        SetStorage set = new SetStorage();
        for (Object key : keys) {
            set.add(key, protocol);
        }
        return set;
    }

    @Test
    void popFromEmptyReturnsNull() {
        assertNull(new SetStorage().pop());
    }

    @Test
    void iteratorReportsSizeChangesLikeCPython() {
        SetStorage set = new SetStorage();
        for (long i = 1; i <= 3; i++) {
            set.add(i, protocol);
        }
        SetIterator it = new SetIterator(set);
        assertEquals(1L, it.next());
        set.add(5L, protocol);
        for (int i = 0; i < 2; i++) {
            PException e = assertThrows(PException.class, it::next);
            assertEquals("RuntimeError: Set changed size during iteration", e.getMessage());
        }
        // same size again: CPython carries on with whatever is in the later slots ({1,2,3} -> add 5, remove 1)
        set.discard(1L, protocol);
        SetIterator it2 = new SetIterator(set);
        assertEquals(2L, it2.next());
        set.add(1L, protocol);
        set.discard(2L, protocol);
        assertEquals(3L, it2.next());
        assertEquals(5L, it2.next());
        assertNull(it2.next());
        assertEquals(0, it2.lengthHint());
    }

    @Test
    void copyIsIndependent() {
        SetStorage set = new SetStorage();
        set.add(1L, protocol);
        SetStorage copy = set.copy();
        copy.add(2L, protocol);
        assertEquals(1, set.size());
        assertArrayEquals(new Object[]{1L, 2L}, copy.toArray());
    }

    @Test
    void selfOperations() {
        SetStorage set = new SetStorage();
        for (long i = 0; i < 10; i++) {
            set.add(i, protocol);
        }
        assertEquals(10, set.union(set, protocol).size());
        assertEquals(10, set.intersection(set, protocol).size());
        assertEquals(0, set.difference(set, protocol).size());
        assertEquals(0, set.symmetricDifference(set, protocol).size());
        assertTrue(set.isSubset(set, protocol));
        assertFalse(set.isDisjoint(set, protocol));
        assertTrue(new SetStorage().isDisjoint(new SetStorage(), protocol));
        SetStorage copy = set.copy();
        copy.symmetricDifferenceUpdate(copy, protocol);
        assertEquals(0, copy.size());
        set.differenceUpdate(set, protocol);
        assertEquals(0, set.size());
    }
}
