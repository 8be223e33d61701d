package dev.krait.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * {@code collections.deque}: a ring buffer whose capacity is a power of two, so appends and pops at either end are
 * O(1) (amortized) and indexing is O(1). Every change that moves the ends bumps {@link #state()} (CPython's
 * {@code deque->state}), which iterators and searches compare to notice the deque changing under them. The deque
 * counts the items it stores; an item leaving it is released (its count dropped) as CPython's deque drops it.
 */
public final class PDeque extends PythonObject {
    private static final Object[] EMPTY = new Object[0];
    private static final int FIRST_CAPACITY = 8;

    private Object[] ring = EMPTY;
    /** The position of the leftmost item in {@link #ring}. */
    private int head;
    private int size;
    /** The largest length, or -1 when unbounded. */
    private long maxlen = -1;
    /** Bumped whenever the ends move (appends, pops, clear, rotate): what iterators compare against. */
    private long state;
    /**
     * Where CPython's deque would keep its leftmost item in its first 64-item block ({@code leftindex}), followed
     * only so that {@code __sizeof__} reports the number of blocks CPython would hold.
     */
    private int blockLeftIndex = BLOCK_CENTER;
    private static final int BLOCK_LENGTH = 64;
    private static final int BLOCK_CENTER = 32;

    public PDeque(PythonClass cls, Shape shape) {
        super(cls, shape);
    }

    public int size() {
        return size;
    }

    public long maxlen() {
        return maxlen;
    }

    public void setMaxlen(long maxlen) {
        this.maxlen = maxlen;
    }

    public long state() {
        return state;
    }

    /** A change that does not go through the ends but must still stop iterators (CPython's in-place repeat). */
    public void noteMutation() {
        state++;
    }

    private int slot(int index) {
        return (head + index) & (ring.length - 1);
    }

    /** The item at {@code index}, 0 ≤ index < size. */
    public Object get(int index) {
        return ring[slot(index)];
    }

    /** Replaces the item at {@code index} (no iterator notices: the ends did not move, as in CPython). */
    public void set(int index, Object value) {
        int at = slot(index);
        Object old = ring[at];
        ring[at] = value;
        RefCounts.storeInto(this, value);
        RefCounts.decRef(old);
    }

    /** Whether a bounded deque is over its limit and must drop an item from the other end. */
    private boolean needsTrim() {
        return maxlen >= 0 && size > maxlen;
    }

    public void append(Object value) {
        RefCounts.storeInto(this, value);
        appendStored(value);
    }

    /** Appends a value whose reference the deque already owns (rotation moves items without counting them again). */
    private void appendStored(Object value) {
        if (size == ring.length) {
            grow();
        }
        ring[slot(size)] = value;
        size++;
        if (needsTrim()) {
            RefCounts.decRef(popLeft());
        } else {
            state++;
        }
    }

    public void appendLeft(Object value) {
        RefCounts.storeInto(this, value);
        appendLeftStored(value);
    }

    private void appendLeftStored(Object value) {
        if (size == ring.length) {
            grow();
        }
        head = (head - 1) & (ring.length - 1);
        ring[head] = value;
        size++;
        blockLeftIndex = (blockLeftIndex - 1) & (BLOCK_LENGTH - 1);
        if (needsTrim()) {
            RefCounts.decRef(pop());
        } else {
            state++;
        }
    }

    /**
     * Takes the rightmost item out, 0 < size; the caller owns its reference (and drops it with {@code decRef} once it
     * has handed the value on, as a Python method returning it does).
     */
    public Object pop() {
        int at = slot(size - 1);
        Object item = ring[at];
        ring[at] = null;
        if (size == 1 && ((blockLeftIndex + size - 1) & (BLOCK_LENGTH - 1)) == 0) {
            blockLeftIndex = BLOCK_CENTER;
        }
        size--;
        state++;
        shrinkIfSparse();
        return item;
    }

    /** Takes the leftmost item out, 0 < size; the caller owns its reference (see {@link #pop()}). */
    public Object popLeft() {
        Object item = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size--;
        if (++blockLeftIndex == BLOCK_LENGTH) {
            blockLeftIndex = size > 0 ? 0 : BLOCK_CENTER;
        }
        state++;
        shrinkIfSparse();
        return item;
    }

    /** A ring four times larger than its items halves, so a drained deque does not keep its peak storage. */
    private void shrinkIfSparse() {
        if (size < ring.length >> 2 && ring.length > 64) {
            resize(ring.length >> 1);
        }
    }

    @TruffleBoundary
    private void grow() {
        int capacity = ring.length == 0 ? FIRST_CAPACITY : ring.length * 2;
        if (capacity <= 0) {
            throw dev.krait.runtime.exceptions.Errors.memoryError("");
        }
        resize(capacity);
    }

    @TruffleBoundary
    private void resize(int capacity) {
        Object[] moved = new Object[capacity];
        int firstPart = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, moved, 0, firstPart);
        System.arraycopy(ring, 0, moved, firstPart, size - firstPart);
        ring = moved;
        head = 0;
    }

    /** The items left to right, in a new array (their counts stay with the deque). */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] items = new Object[size];
        int firstPart = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, items, 0, firstPart);
        System.arraycopy(ring, 0, items, firstPart, size - firstPart);
        return items;
    }

    /**
     * Empties the deque, then drops the items left to right: the deque is already empty when an item's release
     * runs code that looks at it (CPython's {@code deque_clear}). No change when it is already empty.
     */
    @TruffleBoundary
    public void clear() {
        if (size == 0) {
            return;
        }
        Object[] items = toArray();
        ring = EMPTY;
        head = 0;
        size = 0;
        blockLeftIndex = BLOCK_CENTER;
        state++;
        for (Object item : items) {
            RefCounts.decRef(item);
        }
    }

    /**
     * Rotates {@code n} steps to the right (left when negative), moving the items without counting them again, as
     * CPython's {@code _deque_rotate}; nothing happens (and no iterator notices) with fewer than two items.
     */
    @TruffleBoundary
    public void rotate(long n) {
        if (size <= 1) {
            return;
        }
        long half = size >> 1;
        if (n > half || n < -half) {
            n %= size;
            if (n > half) {
                n -= size;
            } else if (n < -half) {
                n += size;
            }
        }
        state++;
        blockLeftIndex = (int) ((blockLeftIndex - n) & (BLOCK_LENGTH - 1));
        if (n == 0) {
            return;
        }
        if (size == ring.length) {
            // a full ring rotates by moving its start: the items stay where they are
            head = (int) ((head - n) & (ring.length - 1));
            return;
        }
        for (long i = 0; i < n; i++) {
            Object item = ring[slot(size - 1)];
            ring[slot(size - 1)] = null;
            head = (head - 1) & (ring.length - 1);
            ring[head] = item;
        }
        for (long i = 0; i > n; i--) {
            Object item = ring[head];
            ring[head] = null;
            ring[slot(size)] = item;
            head = (head + 1) & (ring.length - 1);
        }
    }

    /** Reverses the items in place; the ends do not move, so no iterator notices (as in CPython). */
    @TruffleBoundary
    public void reverse() {
        for (int lo = 0, hi = size - 1; lo < hi; lo++, hi--) {
            int a = slot(lo);
            int b = slot(hi);
            Object t = ring[a];
            ring[a] = ring[b];
            ring[b] = t;
        }
    }

    /** Deletes the item at {@code index} (by rotation, as CPython, so iterators notice); the caller owns it. */
    @TruffleBoundary
    public Object removeAt(int index) {
        rotate(-index);
        Object item = popLeft();
        rotate(index);
        return item;
    }

    /** Inserts before {@code index}, which the caller has brought into range; the deque is below its maxlen. */
    @TruffleBoundary
    public void insert(long index, Object value) {
        int n = size;
        if (index >= n) {
            append(value);
        } else if (index <= -n || index == 0) {
            appendLeft(value);
        } else {
            rotate(-index);
            if (index < 0) {
                append(value);
            } else {
                appendLeft(value);
            }
            rotate(index);
        }
    }

    /**
     * An extend into an empty deque starts CPython's items at one end of a block (the left end for {@code extend},
     * the right end for {@code extendleft}), which decides how many blocks the items take.
     */
    public void startFilling(boolean fromLeft) {
        if (size == 0) {
            blockLeftIndex = fromLeft ? BLOCK_LENGTH - 1 : 1;
        }
    }

    /** CPython's {@code deque.__sizeof__()}: the deque object and its 64-item blocks. */
    public long cpythonSizeOf() {
        long blocks = (blockLeftIndex + size + BLOCK_LENGTH - 1) / BLOCK_LENGTH;
        return 216 + blocks * (8L * BLOCK_LENGTH + 16);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        for (int i = 0; i < size; i++) {
            visitor.visit(ring[slot(i)]);
        }
    }

    /** CPython's deque deallocator drops the items left to right, after a subclass instance's attributes. */
    @Override
    public void releaseReferences(ReferenceVisitor drop) {
        RefCounts.traverseAttributes(this, drop);
        for (int i = 0; i < size; i++) {
            drop.visit(ring[slot(i)]);
        }
    }
}
