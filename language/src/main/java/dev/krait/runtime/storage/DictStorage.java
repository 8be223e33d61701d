package dev.krait.runtime.storage;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;
import dev.krait.runtime.objects.PythonObject;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The table behind Python's {@code dict}: insertion-ordered, in the compact layout CPython uses since 3.6. A sparse
 * index table (a power of two long) maps hash probes to positions in dense entry arrays (hash, key, value) that grow
 * in insertion order. Removing a key leaves a hole in the entries (a null key) and a dummy in the index table; holes
 * disappear when the table is rebuilt, which happens when an insert finds the table's inserts used up (2/3 of the
 * index table's length); the new index table is the smallest power of two at least three times the live count.
 * Values are never null (null means "absent" in this API).
 *
 * <p>Positions ({@link #nextIndex}, {@link #keyAt}, ...) let iterators walk the entries across holes; a
 * {@link DictIterator} adds CPython's "changed during iteration" checks. Comparisons may run Python code that mutates
 * this dict: a lookup restarts when the arrays it was reading were replaced or the compared entry changed.
 */
public final class DictStorage {
    private static final int MIN_SIZE = 8;
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int PERTURB_SHIFT = 5;

    private int[] indices;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Entry positions handed out so far, holes included. */
    private int entryCount;
    /** Live entries. */
    private int used;
    /**
     * Inserts left before a rebuild. Not the same as free entry positions: popitem() hands its position back but
     * leaves a dummy in the index table, so it must not give back an insert, or dummies could fill the index table.
     */
    private int usableLeft;

    /**
     * The dict whose entries these are, told when a counted key or value comes in (see {@link RefCounts#storeInto});
     * null while the storage is being built, before a dict adopts it.
     */
    private PythonObject owner;
    /** Whether a counted key or value was ever stored. */
    private boolean holdsReferences;
    /** Told of every entry added, replaced or removed; null for ordinary dicts. */
    private EntryObserver observer;

    /** What wants to hear of each change to the entries: a module whose globals these entries mirror. */
    public interface EntryObserver {
        /** {@code key} now maps to {@code value}, or is gone when {@code value} is null. */
        void entryChanged(Object key, Object value);
    }

    public EntryObserver observer() {
        return observer;
    }

    public void setObserver(EntryObserver observer) {
        this.observer = observer;
    }

    private void notifyObserver(Object key, Object value) {
        if (observer != null) {
            observer.entryChanged(key, value);
        }
    }

    /** Makes {@code dict} the owner of these entries (the counts they already hold become the dict's). */
    public void setOwner(PythonObject dict) {
        owner = dict;
        if (holdsReferences && dict != null) {
            RefCounts.noteHeldReference(dict);
        }
    }

    /** The object whose entries these are, or null. */
    public PythonObject owner() {
        return owner;
    }

    /** Counts a key or value coming in. */
    private void count(Object value) {
        if (RefCounts.isCounted(value)) {
            RefCounts.incRef(value);
            holdsReferences = true;
            if (owner != null) {
                RefCounts.noteHeldReference(owner);
            }
        }
    }

    /** Visits the keys and values, entry by entry (CPython's dict traverse and dealloc order). */
    public void traverse(ReferenceVisitor visitor) {
        for (int j = 0; j < entryCount; j++) {
            if (keys[j] != null) {
                visitor.visit(keys[j]);
                if (values[j] != null) {
                    visitor.visit(values[j]);
                }
            }
        }
    }

    public DictStorage() {
        allocate(MIN_SIZE);
    }

    private void allocate(int indexSize) {
        indices = new int[indexSize];
        Arrays.fill(indices, EMPTY);
        int capacity = usable(indexSize);
        hashes = new long[capacity];
        keys = new Object[capacity];
        values = new Object[capacity];
        entryCount = 0;
        usableLeft = capacity;
    }

    private static int usable(int indexSize) {
        return (indexSize << 1) / 3;
    }

    public int size() {
        return used;
    }

    /** Length of the index table (for {@code sys.getsizeof}). */
    public int tableSize() {
        return indices.length;
    }

    // ---- lookups ----

    public Object get(Object key, KeyProtocol protocol) {
        return getHashed(key, Hashing.hash(key, protocol), protocol);
    }

    /** The value for {@code key}, or null when absent. */
    public Object getHashed(Object key, long hash, KeyProtocol protocol) {
        int ix = find(key, hash, protocol);
        return ix < 0 ? null : values[ix];
    }

    public boolean contains(Object key, KeyProtocol protocol) {
        return containsHashed(key, Hashing.hash(key, protocol), protocol);
    }

    public boolean containsHashed(Object key, long hash, KeyProtocol protocol) {
        return find(key, hash, protocol) >= 0;
    }

    /** The entry position of the key equal to {@code key}, or -1. */
    public int indexOf(Object key, KeyProtocol protocol) {
        return find(key, Hashing.hash(key, protocol), protocol);
    }

    @TruffleBoundary
    private int find(Object key, long hash, KeyProtocol protocol) {
        restart: while (true) {
            int[] table = indices;
            Object[] entryKeys = keys;
            long[] entryHashes = hashes;
            int mask = table.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int ix = table[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0 && entryHashes[ix] == hash) {
                    Object stored = entryKeys[ix];
                    if (stored == key) {
                        return ix;
                    }
                    if (Hashing.isBuiltinKey(stored) && Hashing.isBuiltinKey(key)) {
                        if (Hashing.builtinEqual(stored, key)) {
                            return ix;
                        }
                    } else {
                        boolean equal = protocol.equal(stored, key);
                        if (table != indices || entryKeys != keys || entryKeys[ix] != stored) {
                            continue restart;
                        }
                        if (equal) {
                            return ix;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** The index-table slot that points at entry {@code ix} (whose hash is {@code hash}). */
    private int slotOf(long hash, int ix) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] != ix) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        return i;
    }

    /** The first index-table slot that is empty or a dummy on {@code hash}'s probe path. */
    private int freeSlot(long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        return i;
    }

    // ---- updates ----

    public void put(Object key, Object value, KeyProtocol protocol) {
        putHashed(key, value, Hashing.hash(key, protocol), protocol);
    }

    /**
     * {@code d[key] = value}. When an equal key is present only its value changes: the stored key object stays, as
     * in Python.
     */
    @TruffleBoundary
    public void putHashed(Object key, Object value, long hash, KeyProtocol protocol) {
        int ix = find(key, hash, protocol);
        if (ix >= 0) {
            Object old = values[ix];
            values[ix] = value;
            count(value);
            notifyObserver(keys[ix], value);
            RefCounts.decRef(old);
            return;
        }
        append(key, value, hash);
    }

    /**
     * {@code d.setdefault(key, value)}: the present value when the key is present, otherwise stores {@code value}
     * and returns null.
     */
    @TruffleBoundary
    public Object putIfAbsent(Object key, Object value, KeyProtocol protocol) {
        long hash = Hashing.hash(key, protocol);
        int ix = find(key, hash, protocol);
        if (ix >= 0) {
            return values[ix];
        }
        append(key, value, hash);
        return null;
    }

    /** Adds an entry for a key known to be absent. */
    private void append(Object key, Object value, long hash) {
        if (usableLeft <= 0) {
            rebuild(used * 3);
        }
        usableLeft--;
        int ix = entryCount++;
        hashes[ix] = hash;
        keys[ix] = key;
        values[ix] = value;
        indices[freeSlot(hash)] = ix;
        used++;
        count(key);
        count(value);
        notifyObserver(key, value);
    }

    /** Rebuilds with the smallest power-of-two index table (at least 8) not below {@code minSize}, compacting. */
    @TruffleBoundary
    private void rebuild(int minSize) {
        int size = MIN_SIZE;
        while (size < minSize) {
            size <<= 1;
        }
        long[] oldHashes = hashes;
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int oldCount = entryCount;
        allocate(size);
        int n = 0;
        for (int j = 0; j < oldCount; j++) {
            if (oldKeys[j] != null) {
                hashes[n] = oldHashes[j];
                keys[n] = oldKeys[j];
                values[n] = oldValues[j];
                indices[freeSlot(oldHashes[j])] = n;
                n++;
            }
        }
        entryCount = n;
        usableLeft -= n;
    }

    public Object remove(Object key, KeyProtocol protocol) {
        return removeHashed(key, Hashing.hash(key, protocol), protocol);
    }

    /** {@code d.pop(key)} without a default: the removed value, or null when the key was absent. */
    @TruffleBoundary
    public Object removeHashed(Object key, long hash, KeyProtocol protocol) {
        int ix = find(key, hash, protocol);
        if (ix < 0) {
            return null;
        }
        Object value = values[ix];
        removeAt(ix);
        return value;
    }

    /** Removes the live entry at position {@code ix}. */
    @TruffleBoundary
    public void removeAt(int ix) {
        indices[slotOf(hashes[ix], ix)] = DUMMY;
        Object key = keys[ix];
        Object value = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        notifyObserver(key, null);
        RefCounts.decRef(key);
        RefCounts.decRef(value);
    }

    /**
     * {@code d.popitem()}: removes the last entry and returns {@code {key, value}}, or null when empty (the caller
     * raises KeyError "popitem(): dictionary is empty"). The freed position is handed out again by the next insert,
     * as in CPython.
     */
    @TruffleBoundary
    public Object[] popItem() {
        if (used == 0) {
            return null;
        }
        int ix = entryCount - 1;
        while (keys[ix] == null) {
            ix--;
        }
        Object[] item = {keys[ix], values[ix]};
        removeAt(ix);
        entryCount = ix;
        return item;
    }

    public void clear() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int oldCount = entryCount;
        allocate(MIN_SIZE);
        used = 0;
        if (observer != null) {
            for (int j = 0; j < oldCount; j++) {
                if (oldKeys[j] != null) {
                    observer.entryChanged(oldKeys[j], null);
                }
            }
        }
        if (holdsReferences) {
            for (int j = 0; j < oldCount; j++) {
                if (oldKeys[j] != null) {
                    RefCounts.decRef(oldKeys[j]);
                    RefCounts.decRef(oldValues[j]);
                }
            }
        }
    }

    /** A new dict with the same entries in the same order, without holes. */
    @TruffleBoundary
    public DictStorage copy() {
        DictStorage result = new DictStorage();
        int size = MIN_SIZE;
        while (usable(size) < used) {
            size <<= 1;
        }
        result.allocate(size);
        for (int j = 0; j < entryCount; j++) {
            if (keys[j] != null) {
                result.append(keys[j], values[j], hashes[j]);
            }
        }
        return result;
    }

    // ---- positions ----

    /** One past the last entry position handed out; positions below it are live or holes. */
    public int indexLimit() {
        return entryCount;
    }

    /** The first live entry position at or after {@code ix}, or -1. */
    @TruffleBoundary
    public int nextIndex(int ix) {
        Object[] entryKeys = keys;
        int limit = entryCount;
        for (int j = Math.max(ix, 0); j < limit; j++) {
            if (entryKeys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** The last live entry position, or -1 (for {@code reversed(d)}, together with {@link #previousIndex}). */
    public int lastIndex() {
        return previousIndex(entryCount - 1);
    }

    /** The last live entry position at or before {@code ix}, or -1. */
    @TruffleBoundary
    public int previousIndex(int ix) {
        for (int j = Math.min(ix, entryCount - 1); j >= 0; j--) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    public Object keyAt(int ix) {
        return keys[ix];
    }

    public Object valueAt(int ix) {
        return values[ix];
    }

    public long hashAt(int ix) {
        return hashes[ix];
    }

    public void setValueAt(int ix, Object value) {
        Object old = values[ix];
        values[ix] = value;
        count(value);
        notifyObserver(keys[ix], value);
        RefCounts.decRef(old);
    }

    // ---- snapshots ----

    @TruffleBoundary
    public Object[] keysArray() {
        Object[] result = new Object[used];
        int n = 0;
        for (int j = 0; j < entryCount; j++) {
            if (keys[j] != null) {
                result[n++] = keys[j];
            }
        }
        return result;
    }

    @TruffleBoundary
    public Object[] valuesArray() {
        Object[] result = new Object[used];
        int n = 0;
        for (int j = 0; j < entryCount; j++) {
            if (keys[j] != null) {
                result[n++] = values[j];
            }
        }
        return result;
    }

    /** The items in order, each a two-element {@code Object[]{key, value}}. */
    @TruffleBoundary
    public Object[] itemsArray() {
        Object[] result = new Object[used];
        int n = 0;
        for (int j = 0; j < entryCount; j++) {
            if (keys[j] != null) {
                result[n++] = new Object[]{keys[j], values[j]};
            }
        }
        return result;
    }
}
