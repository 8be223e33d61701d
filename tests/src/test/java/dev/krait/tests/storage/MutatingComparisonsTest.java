package dev.krait.tests.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.storage.DictIterator;
import dev.krait.runtime.storage.DictStorage;
import dev.krait.runtime.storage.KeyProtocol;
import dev.krait.runtime.storage.SetIterator;
import dev.krait.runtime.storage.SetStorage;

/**
 * Fuzzes the storages with keys whose {@code __eq__} mutates the very storage being searched (adds, removes, pops,
 * clears, at random): every operation must finish without a Java exception and leave a consistent table.
 */
class MutatingComparisonsTest {
    /** Colliding keys; every comparison may run {@code mutation} first (never re-entering while it runs). */
    private static final class MutatingProtocol implements KeyProtocol {
        final Random random;
        Runnable mutation;
        boolean inside;

        MutatingProtocol(Random random) {
            this.random = random;
        }

        @Override
        public long hash(Object key) {
            return ((TestKey) key).hash;
        }

        @Override
        public boolean equal(Object stored, Object lookedUp) {
            if (!inside && mutation != null && random.nextInt(3) == 0) {
                inside = true;
                try {
                    mutation.run();
                } finally {
                    inside = false;
                }
            }
            return stored instanceof TestKey a && lookedUp instanceof TestKey b && a.name.equals(b.name);
        }
    }

    private static TestKey randomKey(Random random) {
        int n = random.nextInt(60);
        return new TestKey("k" + n, n % 7); // many keys per hash: long probe chains with comparisons
    }

    @Test
    void setSurvives() {
        Random random = new Random(99);
        MutatingProtocol protocol = new MutatingProtocol(random);
        SetStorage set = new SetStorage();
        protocol.mutation = () -> {
            switch (random.nextInt(5)) {
                case 0 -> set.add(randomKey(random), protocol);
                case 1 -> set.discard(randomKey(random), protocol);
                case 2 -> set.pop();
                case 3 -> {
                    for (int i = 0; i < 20; i++) {
                        set.add(randomKey(random), protocol);
                    }
                }
                default -> {
                    if (random.nextInt(10) == 0) {
                        set.clear();
                    }
                }
            }
        };
        for (int step = 0; step < 100000; step++) {
            TestKey key = randomKey(random);
            switch (random.nextInt(4)) {
                case 0 -> set.add(key, protocol);
                case 1 -> set.discard(key, protocol);
                case 2 -> set.contains(key, protocol);
                default -> {
                    SetStorage other = set.copy();
                    other.add(randomKey(random), protocol);
                    set.symmetricDifference(other, protocol);
                    set.intersection(other, protocol);
                }
            }
            int live = 0;
            SetIterator it = new SetIterator(set);
            while (it.next() != null) {
                live++;
            }
            assertEquals(set.size(), live);
        }
    }

    @Test
    void dictSurvives() {
        Random random = new Random(98);
        MutatingProtocol protocol = new MutatingProtocol(random);
        DictStorage dict = new DictStorage();
        protocol.mutation = () -> {
            switch (random.nextInt(5)) {
                case 0 -> dict.put(randomKey(random), 1L, protocol);
                case 1 -> dict.remove(randomKey(random), protocol);
                case 2 -> dict.popItem();
                case 3 -> {
                    for (int i = 0; i < 20; i++) {
                        dict.put(randomKey(random), 2L, protocol);
                    }
                }
                default -> {
                    if (random.nextInt(10) == 0) {
                        dict.clear();
                    }
                }
            }
        };
        for (int step = 0; step < 100000; step++) {
            TestKey key = randomKey(random);
            switch (random.nextInt(4)) {
                case 0 -> dict.put(key, 0L, protocol);
                case 1 -> dict.remove(key, protocol);
                case 2 -> dict.get(key, protocol);
                default -> dict.putIfAbsent(key, 3L, protocol);
            }
            int live = 0;
            DictIterator it = new DictIterator(dict);
            while (it.next() >= 0) {
                live++;
            }
            assertEquals(dict.size(), live);
            assertEquals(dict.size(), dict.keysArray().length);
        }
    }
}
