package dev.krait.runtime.storage;

import dev.krait.runtime.exceptions.Errors;

/**
 * The position and mutation checks of an iterator over a dict's keys, values or items, as CPython's dict iterators
 * make them. {@link #next} returns the entry position of the next item, so one class serves all three views:
 * <ul>
 * <li>if the dict's size differs from the size when iteration began, RuntimeError "dictionary changed size during
 * iteration", and again on every later call;</li>
 * <li>if the size is the same but more items turn up than there were (a key was removed and another added),
 * RuntimeError "dictionary keys changed during iteration", after which the iterator is exhausted.</li>
 * </ul>
 * A reversed iterator ({@code reversed(d)}, {@code reversed(d.items())}…) walks the positions backwards with the
 * same size check; like CPython's, it does not look for changed keys.
 */
public final class DictIterator {
    private DictStorage dict;
    private int expectedSize;
    private int position;
    private int remaining;
    private final boolean reversed;

    public DictIterator(DictStorage dict) {
        this(dict, false);
    }

    public DictIterator(DictStorage dict, boolean reversed) {
        this.dict = dict;
        this.expectedSize = dict.size();
        this.remaining = expectedSize;
        this.reversed = reversed;
        this.position = reversed ? dict.indexLimit() - 1 : 0;
    }

    /** The entry position of the next item (read it with {@code keyAt}/{@code valueAt}), or -1 when exhausted. */
    public int next() {
        DictStorage d = dict;
        if (d == null) {
            return -1;
        }
        if (d.size() != expectedSize) {
            expectedSize = -1;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        int ix = reversed ? d.previousIndex(position) : d.nextIndex(position);
        if (ix < 0 || reversed && remaining == 0) {
            dict = null;
            return -1;
        }
        if (reversed) {
            position = ix - 1;
            remaining--;
            return ix;
        }
        if (remaining == 0) {
            dict = null;
            throw Errors.runtimeError("dictionary keys changed during iteration");
        }
        position = ix + 1;
        remaining--;
        return ix;
    }

    /** The entry positions of the items still to come, without advancing (what pickling the iterator saves). */
    public int[] remainingPositions() {
        DictStorage d = dict;
        if (d == null) {
            return new int[0];
        }
        if (d.size() != expectedSize) {
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        int[] positions = new int[remaining];
        int count = 0;
        int at = position;
        while (count < remaining) {
            int ix = reversed ? d.previousIndex(at) : d.nextIndex(at);
            if (ix < 0) {
                break;
            }
            positions[count++] = ix;
            at = reversed ? ix - 1 : ix + 1;
        }
        return java.util.Arrays.copyOf(positions, count);
    }

    /** The dict being iterated, or null once exhausted. */
    public DictStorage dict() {
        return dict;
    }

    /** {@code __length_hint__}: items still to come, 0 when exhausted or after a size change. */
    public int lengthHint() {
        return dict != null && dict.size() == expectedSize ? remaining : 0;
    }
}
