package dev.krait.runtime.storage;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;
import dev.krait.runtime.objects.PythonObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The table behind Python's {@code set} and {@code frozenset}, laid out so that iteration order is the one CPython 3.12
 * shows for the same history of operations. Users print sets of small ints all the time, and that order is a pure
 * function of the table's geometry, so the geometry is reproduced rule for rule (each rule was checked against
 * CPython's output):
 * <ul>
 * <li>the table is open-addressed, a power of two long, at least 8 slots; iteration walks the slots in order;</li>
 * <li>a probe starts at {@code hash & mask} and looks at up to ten consecutive slots when they fit before the end of
 * the table (only the one slot otherwise), then jumps: {@code perturb >>>= 5; i = (i * 5 + 1 + perturb) & mask}
 * with {@code perturb} starting as the hash read unsigned;</li>
 * <li>a removed key leaves a dummy; an add that reaches an empty slot without finding the key goes into the
 * <em>last</em> dummy its probe passed, if any (CPython 3.12 keeps overwriting its free-slot candidate);</li>
 * <li>when filled slots (live plus dummies) reach 3/5 of the mask the table is rebuilt at the smallest power of two
 * above {@code 4 * live} ({@code 2 * live} past 50000 entries), reinserting the live keys in slot order;</li>
 * <li>bulk operations (copy, update from a set or dict, the set algebra) follow CPython's own shortcuts, described at
 * each method, because those shortcuts decide the resulting order too.</li>
 * </ul>
 *
 * <p>Comparisons may run Python code that mutates this set. A lookup restarts when the table it was probing was
 * replaced or the compared slot changed, so the table stays consistent and no Java exception escapes.
 */
public final class SetStorage {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final int LARGE_SET = 50000;
    /** Marks a slot whose key was removed: probes continue past it, adds may reuse it. */
    private static final Object DUMMY = new Object();

    private Object[] keys;
    private long[] hashes;
    /** Slots that are not empty: live keys plus dummies. */
    private int fill;
    /** Live keys. */
    private int used;
    /** Where {@link #pop} starts looking; kept across clear() and rebuilds like CPython's. */
    private int finger;

    /** The set whose keys these are (see {@link DictStorage#setOwner}); null while the storage is being built. */
    private PythonObject owner;
    private boolean holdsReferences;

    public void setOwner(PythonObject set) {
        owner = set;
        if (holdsReferences && set != null) {
            RefCounts.noteHeldReference(set);
        }
    }

    /** The object whose entries these are, or null. */
    public PythonObject owner() {
        return owner;
    }

    private void count(Object key) {
        if (RefCounts.isCounted(key)) {
            RefCounts.incRef(key);
            holdsReferences = true;
            if (owner != null) {
                RefCounts.noteHeldReference(owner);
            }
        }
    }

    /** Visits the keys in slot order. */
    public void traverse(ReferenceVisitor visitor) {
        for (Object key : keys) {
            if (key != null && key != DUMMY) {
                visitor.visit(key);
            }
        }
    }

    /** Drops the count of every key (the storage is being discarded or emptied). */
    private static void decRefAll(Object[] table) {
        for (Object key : table) {
            if (key != null && key != DUMMY) {
                RefCounts.decRef(key);
            }
        }
    }

    public SetStorage() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
    }

    public int size() {
        return used;
    }

    /** The number of slots of the current table (for {@code sys.getsizeof}). */
    public int tableSize() {
        return keys.length;
    }

    // ---- single-key operations ----

    public boolean contains(Object key, KeyProtocol protocol) {
        return containsHashed(key, Hashing.hash(key, protocol), protocol);
    }

    public boolean containsHashed(Object key, long hash, KeyProtocol protocol) {
        return lookup(key, hash, protocol) >= 0;
    }

    /** The stored key equal to {@code key}, or null; useful where the stored object itself matters. */
    public Object findKey(Object key, KeyProtocol protocol) {
        int slot = lookup(key, Hashing.hash(key, protocol), protocol);
        return slot < 0 ? null : keys[slot];
    }

    /** Adds {@code key} unless an equal key is present (which then stays, as in Python). */
    public void add(Object key, KeyProtocol protocol) {
        addHashed(key, Hashing.hash(key, protocol), protocol);
    }

    /** Like {@link #add} with the key's hash already known. Returns whether the key was new. */
    @TruffleBoundary
    public boolean addHashed(Object key, long hash, KeyProtocol protocol) {
        restart: while (true) {
            Object[] table = keys;
            long[] tableHashes = hashes;
            int mask = table.length - 1;
            int freeSlot = -1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
                for (int j = i; j <= last; j++) {
                    Object entry = table[j];
                    if (entry == null) {
                        if (freeSlot >= 0) {
                            table[freeSlot] = key;
                            tableHashes[freeSlot] = hash;
                            used++;
                            count(key);
                            return true;
                        }
                        table[j] = key;
                        tableHashes[j] = hash;
                        fill++;
                        used++;
                        count(key);
                        if ((long) fill * 5 >= (long) mask * 3) {
                            rebuild(used > LARGE_SET ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (entry == DUMMY) {
                        freeSlot = j;
                    } else if (tableHashes[j] == hash) {
                        if (entry == key) {
                            return false;
                        }
                        if (Hashing.isBuiltinKey(entry) && Hashing.isBuiltinKey(key)) {
                            if (Hashing.builtinEqual(entry, key)) {
                                return false;
                            }
                        } else {
                            boolean equal = protocol.equal(entry, key);
                            if (equal) {
                                return false;
                            }
                            if (table != keys || table[j] != entry || (freeSlot >= 0 && table[freeSlot] != DUMMY)) {
                                continue restart;
                            }
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Removes {@code key} if present; returns whether it was. */
    public boolean discard(Object key, KeyProtocol protocol) {
        return discardHashed(key, Hashing.hash(key, protocol), protocol);
    }

    public boolean discardHashed(Object key, long hash, KeyProtocol protocol) {
        int slot = lookup(key, hash, protocol);
        if (slot < 0) {
            return false;
        }
        Object removed = keys[slot];
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        RefCounts.decRef(removed);
        return true;
    }

    /**
     * Removes and returns an arbitrary key the way CPython's {@code set.pop()} picks it (the first live slot at or
     * after where the previous pop stopped), or null when the set is empty (the caller raises KeyError "pop from an
     * empty set").
     */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        Object[] table = keys;
        int mask = table.length - 1;
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        Object key = table[i];
        table[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        RefCounts.decRef(key);
        return key;
    }

    public void clear() {
        if (holdsReferences) {
            decRefAll(keys);
        }
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    /** Slot index of the key equal to {@code key}, or -1. */
    @TruffleBoundary
    private int lookup(Object key, long hash, KeyProtocol protocol) {
        restart: while (true) {
            Object[] table = keys;
            long[] tableHashes = hashes;
            int mask = table.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
                for (int j = i; j <= last; j++) {
                    Object entry = table[j];
                    if (entry == null) {
                        return -1;
                    }
                    if (entry == DUMMY || tableHashes[j] != hash) {
                        continue;
                    }
                    if (entry == key) {
                        return j;
                    }
                    if (Hashing.isBuiltinKey(entry) && Hashing.isBuiltinKey(key)) {
                        if (Hashing.builtinEqual(entry, key)) {
                            return j;
                        }
                    } else {
                        boolean equal = protocol.equal(entry, key);
                        if (table != keys || table[j] != entry) {
                            continue restart;
                        }
                        if (equal) {
                            return j;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /**
     * Rebuilds the table at the smallest power of two (at least 8) greater than {@code minUsed}, dropping dummies and
     * reinserting live keys in slot order. An 8-slot table without dummies is left as it is.
     */
    @TruffleBoundary
    private void rebuild(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (newSize == MIN_SIZE && oldKeys.length == MIN_SIZE && fill == used) {
            return;
        }
        keys = new Object[newSize];
        hashes = new long[newSize];
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object key = oldKeys[j];
            if (key != null && key != DUMMY) {
                insertClean(key, oldHashes[j]);
            }
        }
    }

    /** Puts a key known to be absent into a table known to have no dummies; counters are the caller's. */
    private void insertClean(Object key, long hash) {
        Object[] table = keys;
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
            for (int j = i; j <= last; j++) {
                if (table[j] == null) {
                    table[j] = key;
                    hashes[j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    // ---- iteration ----

    /** One past the last slot index; slots are numbered from 0. */
    public int slotLimit() {
        return keys.length;
    }

    /** The first slot at or after {@code slot} holding a live key, or -1. */
    @TruffleBoundary
    public int nextSlot(int slot) {
        Object[] table = keys;
        for (int j = Math.max(slot, 0); j < table.length; j++) {
            Object key = table[j];
            if (key != null && key != DUMMY) {
                return j;
            }
        }
        return -1;
    }

    /** The key at a slot {@link #nextSlot} returned. */
    public Object keyAt(int slot) {
        return keys[slot];
    }

    /** The stored hash of the key at a slot {@link #nextSlot} returned. */
    public long hashAt(int slot) {
        return hashes[slot];
    }

    /** The keys in iteration order. */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] result = new Object[used];
        int n = 0;
        for (int j = 0; j < keys.length && n < result.length; j++) {
            Object key = keys[j];
            if (key != null && key != DUMMY) {
                result[n++] = key;
            }
        }
        return result;
    }

    // ---- bulk operations ----

    /** {@code set(self)} / {@code self.copy()}: an empty set updated from this one. */
    public SetStorage copy() {
        SetStorage result = new SetStorage();
        result.update(this, null);
        return result;
    }

    /**
     * {@code self.update(other)} / {@code self |= other} for another set. Sized once up front; an empty table of the
     * same size as a dummy-free {@code other} becomes a slot-for-slot copy, an empty table otherwise takes the keys
     * in {@code other}'s slot order; a non-empty table adds them one by one. The protocol is only used in the last
     * case.
     */
    @TruffleBoundary
    public void update(SetStorage other, KeyProtocol protocol) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) (keys.length - 1) * 3) {
            rebuild((used + other.used) * 2);
        }
        Object[] otherKeys = other.keys;
        long[] otherHashes = other.hashes;
        if (fill == 0 && keys.length == otherKeys.length && other.fill == other.used) {
            System.arraycopy(otherKeys, 0, keys, 0, otherKeys.length);
            System.arraycopy(otherHashes, 0, hashes, 0, otherHashes.length);
            fill = other.fill;
            used = other.used;
            if (other.holdsReferences) {
                for (Object key : keys) {
                    if (key != null) {
                        count(key);
                    }
                }
            }
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j < otherKeys.length; j++) {
                Object key = otherKeys[j];
                if (key != null && key != DUMMY) {
                    insertClean(key, otherHashes[j]);
                    count(key);
                }
            }
            return;
        }
        for (int j = 0; j < otherKeys.length; j++) {
            Object key = otherKeys[j];
            if (key != null && key != DUMMY) {
                addHashed(key, otherHashes[j], protocol);
            }
        }
    }

    /**
     * {@code self.update(d)} for an exact dict: sized once for all its keys, then each key added with its stored
     * hash in the dict's order. (Other iterables, dict subclasses and views included, are added key by key.)
     */
    @TruffleBoundary
    public void update(DictStorage other, KeyProtocol protocol) {
        int dictSize = other.size();
        if ((long) (fill + dictSize) * 5 >= (long) (keys.length - 1) * 3) {
            rebuild((used + dictSize) * 2);
        }
        for (int i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
            addHashed(other.keyAt(i), other.hashAt(i), protocol);
        }
    }

    /** {@code self | other}: a copy of self updated from other (just the copy when other is self). */
    public SetStorage union(SetStorage other, KeyProtocol protocol) {
        SetStorage result = copy();
        if (other != this) {
            result.update(other, protocol);
        }
        return result;
    }

    /**
     * {@code self & other}: walks the smaller of the two (other when sizes tie) and adds the keys also found in the
     * larger, keeping the walked set's key objects. For a non-set iterable the caller hashes each item once and
     * adds it to a new set when {@link #containsHashed} says it is here.
     */
    @TruffleBoundary
    public SetStorage intersection(SetStorage other, KeyProtocol protocol) {
        if (other == this) {
            return copy();
        }
        SetStorage walked = other;
        SetStorage probed = this;
        if (other.used > used) {
            walked = this;
            probed = other;
        }
        SetStorage result = new SetStorage();
        for (int j = walked.nextSlot(0); j >= 0; j = walked.nextSlot(j + 1)) {
            Object key = walked.keys[j];
            long hash = walked.hashes[j];
            if (probed.containsHashed(key, hash, protocol)) {
                result.addHashed(key, hash, protocol);
            }
        }
        return result;
    }

    /** {@code self &= other}: self takes the table of {@code self & other}. */
    public void intersectionUpdate(SetStorage other, KeyProtocol protocol) {
        adopt(intersection(other, protocol));
    }

    /** Takes over the contents of {@code other}, which must not be used afterwards (CPython's body swap). */
    public void adopt(SetStorage other) {
        if (holdsReferences) {
            decRefAll(keys);
        }
        holdsReferences |= other.holdsReferences;
        if (holdsReferences && owner != null) {
            RefCounts.noteHeldReference(owner);
        }
        keys = other.keys;
        hashes = other.hashes;
        fill = other.fill;
        used = other.used;
    }

    /**
     * {@code self - other}: when self is more than four times larger, a copy of self with other's keys discarded;
     * otherwise a new set of self's keys not in other, in self's order.
     */
    @TruffleBoundary
    public SetStorage difference(SetStorage other, KeyProtocol protocol) {
        if ((used >> 2) > other.used) {
            SetStorage result = copy();
            result.differenceUpdate(other, protocol);
            return result;
        }
        SetStorage result = new SetStorage();
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            Object key = keys[j];
            long hash = hashes[j];
            if (!other.containsHashed(key, hash, protocol)) {
                result.addHashed(key, hash, protocol);
            }
        }
        return result;
    }

    /** {@code self - d} for an exact dict: as {@link #difference(SetStorage, KeyProtocol)} with the dict's keys. */
    @TruffleBoundary
    public SetStorage difference(DictStorage other, KeyProtocol protocol) {
        if ((used >> 2) > other.size()) {
            SetStorage result = copy();
            for (int i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
                result.discardHashed(other.keyAt(i), other.hashAt(i), protocol);
            }
            result.shrinkAfterDiscards();
            return result;
        }
        SetStorage result = new SetStorage();
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            Object key = keys[j];
            long hash = hashes[j];
            if (!other.containsHashed(key, hash, protocol)) {
                result.addHashed(key, hash, protocol);
            }
        }
        return result;
    }

    /**
     * {@code self -= other}: discards other's keys (first narrowing other to the common keys when it is more than
     * eight times larger), then {@link #shrinkAfterDiscards}.
     */
    @TruffleBoundary
    public void differenceUpdate(SetStorage other, KeyProtocol protocol) {
        if (other == this) {
            clear();
            return;
        }
        SetStorage walked = (other.used >> 3) > used ? intersection(other, protocol) : other;
        for (int j = walked.nextSlot(0); j >= 0; j = walked.nextSlot(j + 1)) {
            discardHashed(walked.keys[j], walked.hashes[j], protocol);
        }
        shrinkAfterDiscards();
    }

    /**
     * The end of a {@code difference_update}: when more than a quarter of the slots are dummies the table is
     * rebuilt. A caller discarding the items of a non-set iterable one by one calls this afterwards.
     */
    public void shrinkAfterDiscards() {
        if (fill - used <= (keys.length - 1) / 4) {
            return;
        }
        rebuild(used > LARGE_SET ? used * 2 : used * 4);
    }

    /** {@code self ^ other}: a copy of other, then each key of self discarded from it or added to it. */
    public SetStorage symmetricDifference(SetStorage other, KeyProtocol protocol) {
        SetStorage result = other.copy();
        result.symmetricDifferenceUpdate(this, protocol);
        return result;
    }

    /**
     * {@code self ^= other}: each key of other (in its order) is discarded from self, or added when absent. For a
     * non-set iterable the caller first makes a set of it; for an exact dict use the dict overload.
     */
    @TruffleBoundary
    public void symmetricDifferenceUpdate(SetStorage other, KeyProtocol protocol) {
        if (other == this) {
            clear();
            return;
        }
        for (int j = other.nextSlot(0); j >= 0; j = other.nextSlot(j + 1)) {
            Object key = other.keys[j];
            long hash = other.hashes[j];
            if (!discardHashed(key, hash, protocol)) {
                addHashed(key, hash, protocol);
            }
        }
    }

    /** {@code self ^= d} for an exact dict: its keys in insertion order, discarded or added. */
    @TruffleBoundary
    public void symmetricDifferenceUpdate(DictStorage other, KeyProtocol protocol) {
        for (int i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
            Object key = other.keyAt(i);
            long hash = other.hashAt(i);
            if (!discardHashed(key, hash, protocol)) {
                addHashed(key, hash, protocol);
            }
        }
    }

    /** {@code self <= other}. */
    @TruffleBoundary
    public boolean isSubset(SetStorage other, KeyProtocol protocol) {
        if (used > other.used) {
            return false;
        }
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            if (!other.containsHashed(keys[j], hashes[j], protocol)) {
                return false;
            }
        }
        return true;
    }

    /** {@code self >= other}. */
    public boolean isSuperset(SetStorage other, KeyProtocol protocol) {
        return other.isSubset(this, protocol);
    }

    /** {@code self.isdisjoint(other)}: walks the smaller set (other when sizes tie). */
    @TruffleBoundary
    public boolean isDisjoint(SetStorage other, KeyProtocol protocol) {
        if (other == this) {
            return used == 0;
        }
        SetStorage walked = other;
        SetStorage probed = this;
        if (other.used > used) {
            walked = this;
            probed = other;
        }
        for (int j = walked.nextSlot(0); j >= 0; j = walked.nextSlot(j + 1)) {
            if (probed.containsHashed(walked.keys[j], walked.hashes[j], protocol)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code hash(frozenset)}: order-independent, as CPython 3.12 computes it (checked against its output): the xor
     * of each key's hash with its bits shuffled, mixed with the size, then dispersed. The caller caches it.
     */
    @TruffleBoundary
    public long frozensetHash() {
        long h = 0;
        for (int j = 0; j < keys.length; j++) {
            Object key = keys[j];
            if (key != null && key != DUMMY) {
                h ^= shuffleBits(hashes[j]);
            }
        }
        h ^= (used + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    /** Spreads a hash's bits so that xor-ing nearby hashes (small ints) does not cancel out. */
    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** {@code self == other} for two sets: same size and every key of self in other. */
    public boolean setEquals(SetStorage other, KeyProtocol protocol) {
        return used == other.used && isSubset(other, protocol);
    }
}
