package dev.krait.runtime.storage;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;

/**
 * {@code list.sort()}: a stable natural merge sort in the manner of Timsort (runs found as they are, short ones
 * extended by binary insertion, merged in powersort's order, merges trimmed and accelerated by galloping) that
 * compares only through a Python {@code <}.
 *
 * <p>It never assumes the comparison is consistent, so it never fails the way {@code Arrays.sort} with a Comparator
 * can; whatever the comparison answers, the items end as a permutation of the input. An exception thrown by the
 * comparison propagates unchanged, and the array then still holds every item exactly once (partly sorted), as in
 * CPython.
 */
public final class ListSort {
    /** Below this many items a slice is sorted by binary insertion alone. */
    private static final int MIN_MERGE = 64;
    /** Consecutive wins of one run after which a merge starts galloping. */
    private static final int MIN_GALLOP = 7;

    /** Python's {@code a < b} as a truth value; may throw a Python exception. */
    @FunctionalInterface
    public interface LessThan {
        boolean lessThan(Object a, Object b);
    }

    /** The {@code key=} function; may throw a Python exception. */
    @FunctionalInterface
    public interface KeyFunction {
        Object key(Object item);
    }

    /**
     * The list being sorted. CPython empties the list while it sorts, so that comparisons and key functions that
     * look at it see an empty list, and a list changed meanwhile is detected afterwards.
     */
    public interface SortableList {
        /** Takes the items out, leaving the list empty; the returned array (exactly the items) now belongs to the sort. */
        Object[] takeItems();

        /**
         * Puts {@code items} back as the list's contents, discarding whatever the list holds now; returns whether the
         * list was changed while it was empty.
         */
        boolean restoreItems(Object[] items);
    }

    private final LessThan lessThan;
    private final Object[] keys;
    /** The items moved alongside the keys, or null when the items are their own keys. */
    private final Object[] values;
    private Object[] tmpKeys;
    private Object[] tmpValues;
    private int[] runBase = new int[16];
    private int[] runLength = new int[16];
    /** The power of the boundary between each stack run and the one above it (see {@link #foundNewRun}). */
    private int[] runPower = new int[16];
    private int runCount;
    /** Adapts to the data: lower when galloping pays, higher when it does not. */
    private int minGallop = MIN_GALLOP;

    private ListSort(Object[] keys, Object[] values, LessThan lessThan) {
        this.keys = keys;
        this.values = values;
        this.lessThan = lessThan;
    }

    /**
     * {@code list.sort(key=key, reverse=reverse)} on {@code list}: takes the items out, computes the keys (a key
     * function failure leaves the list as it was), sorts, and puts the items back. If the list was changed during
     * the sort (and the sort itself did not fail), raises ValueError "list modified during sort" after restoring the
     * sorted items.
     *
     * @param key null for none
     */
    public static void sortList(SortableList list, KeyFunction key, boolean reverse, LessThan lessThan) {
        Object[] items = list.takeItems();
        try {
            if (key == null) {
                sort(items, null, 0, items.length, reverse, lessThan);
            } else {
                Object[] keys = computeKeys(items, key);
                sort(keys, items, 0, items.length, reverse, lessThan);
            }
        } catch (Throwable t) {
            list.restoreItems(items);
            throw t;
        }
        if (list.restoreItems(items)) {
            throw Errors.valueError("list modified during sort");
        }
    }

    @TruffleBoundary
    private static Object[] computeKeys(Object[] items, KeyFunction key) {
        Object[] keys = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = key.key(items[i]);
        }
        return keys;
    }

    /** Sorts {@code items[from, to)} stably by {@code lessThan}. */
    public static void sort(Object[] items, int from, int to, LessThan lessThan) {
        sort(items, null, from, to, false, lessThan);
    }

    /**
     * Sorts {@code keys[from, to)} stably, moving {@code values} (when not null) in step, so that a key array sorts
     * its items. With {@code reverse} the order is descending while equal keys keep their original order, which
     * CPython gets by reversing, sorting and reversing back; so does this, and it reverses back even when a
     * comparison throws.
     */
    @TruffleBoundary
    public static void sort(Object[] keys, Object[] values, int from, int to, boolean reverse, LessThan lessThan) {
        if (to - from < 2) {
            return;
        }
        if (reverse) {
            reverseRange(keys, values, from, to);
        }
        try {
            new ListSort(keys, values, lessThan).sortRange(from, to);
        } finally {
            if (reverse) {
                reverseRange(keys, values, from, to);
            }
        }
    }

    private static void reverseRange(Object[] keys, Object[] values, int from, int to) {
        reverse(keys, from, to);
        if (values != null) {
            reverse(values, from, to);
        }
    }

    private static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private void sortRange(int from, int to) {
        int remaining = to - from;
        int minRun = minRunLength(remaining);
        int lo = from;
        while (remaining > 0) {
            int run = countRunAndMakeAscending(lo, to);
            if (run < minRun) {
                int forced = Math.min(remaining, minRun);
                binaryInsertionSort(lo, lo + forced, lo + run);
                run = forced;
            }
            foundNewRun(from, to - from, run);
            pushRun(lo, run);
            lo += run;
            remaining -= run;
        }
        while (runCount > 1) {
            int n = runCount - 2;
            if (n > 0 && runLength[n - 1] < runLength[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    /** A run length between 32 and 64 such that n / minRun is a power of two or just below one. */
    private static int minRunLength(int n) {
        int extra = 0;
        while (n >= MIN_MERGE) {
            extra |= n & 1;
            n >>= 1;
        }
        return n + extra;
    }

    /**
     * Length of the run starting at {@code lo}: non-descending, or strictly descending (then reversed in place, which
     * keeps the sort stable because no two of its items are equal).
     */
    private int countRunAndMakeAscending(int lo, int hi) {
        int end = lo + 1;
        if (end == hi) {
            return 1;
        }
        if (lessThan.lessThan(keys[end], keys[lo])) {
            end++;
            while (end < hi && lessThan.lessThan(keys[end], keys[end - 1])) {
                end++;
            }
            reverseRange(keys, values, lo, end);
        } else {
            end++;
            while (end < hi && !lessThan.lessThan(keys[end], keys[end - 1])) {
                end++;
            }
        }
        return end - lo;
    }

    /** Sorts {@code [lo, hi)} whose prefix {@code [lo, start)} is sorted. */
    private void binaryInsertionSort(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            Object pivot = keys[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lessThan.lessThan(pivot, keys[mid])) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            // only moves after all comparisons for this item, so an exception leaves a permutation
            System.arraycopy(keys, left, keys, left + 1, i - left);
            keys[left] = pivot;
            if (values != null) {
                Object value = values[i];
                System.arraycopy(values, left, values, left + 1, i - left);
                values[left] = value;
            }
        }
    }

    private void pushRun(int base, int length) {
        if (runCount == runBase.length) {
            runBase = Arrays.copyOf(runBase, runCount * 2);
            runLength = Arrays.copyOf(runLength, runCount * 2);
            runPower = Arrays.copyOf(runPower, runCount * 2);
        }
        runBase[runCount] = base;
        runLength[runCount] = length;
        runCount++;
    }

    /**
     * Powersort's merge policy: each boundary between adjacent runs gets a power, the depth at which the boundary
     * would split the whole range in a binary subdivision by the runs' midpoints; before a new run is pushed, runs
     * whose boundary is deeper than the new one are merged. This keeps merges balanced for any run lengths.
     */
    private void foundNewRun(int from, int total, int newLength) {
        if (runCount == 0) {
            return;
        }
        int top = runCount - 1;
        int power = boundaryPower(runBase[top] - from, runLength[top], newLength, total);
        while (runCount > 1 && runPower[runCount - 2] > power) {
            mergeAt(runCount - 2);
        }
        runPower[runCount - 1] = power;
    }

    /**
     * The number of leading binary digits on which the midpoints of two adjacent runs, as fractions of the whole
     * range, agree, plus one. Works with doubled midpoints to stay in integers.
     */
    private static int boundaryPower(long start1, long length1, long length2, long total) {
        long a = 2 * start1 + length1;
        long b = a + length1 + length2;
        int power = 0;
        while (true) {
            power++;
            if (a >= total) {
                a -= total;
                b -= total;
            } else if (b >= total) {
                return power;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    /** Merges stack runs {@code i} and {@code i + 1}. */
    private void mergeAt(int i) {
        int base1 = runBase[i];
        int length1 = runLength[i];
        int base2 = runBase[i + 1];
        int length2 = runLength[i + 1];
        runLength[i] = length1 + length2;
        if (i == runCount - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
        }
        runCount--;
        // the first run's items not above the second run's first item are already in place
        int inPlace = gallopRight(keys[base2], keys, base1, length1, 0);
        base1 += inPlace;
        length1 -= inPlace;
        if (length1 == 0) {
            return;
        }
        // so are the second run's items not below the first run's last item
        length2 = gallopLeft(keys[base1 + length1 - 1], keys, base2, length2, length2 - 1);
        if (length2 == 0) {
            return;
        }
        if (length1 <= length2) {
            mergeLow(base1, length1, base2, length2);
        } else {
            mergeHigh(base1, length1, base2, length2);
        }
    }

    /**
     * How many items of the sorted {@code a[base, base + length)} are less than {@code key} (so {@code key} would go
     * before its equals), searching outward from {@code hint} in growing steps and then by bisection.
     */
    private int gallopLeft(Object key, Object[] a, int base, int length, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (lessThan.lessThan(a[base + hint], key)) {
            int maxOffset = length - hint;
            while (offset < maxOffset && lessThan.lessThan(a[base + hint + offset], key)) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        } else {
            int maxOffset = hint + 1;
            while (offset < maxOffset && !lessThan.lessThan(a[base + hint - offset], key)) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            int t = lastOffset;
            lastOffset = hint - offset;
            offset = hint - t;
        }
        // a[base + lastOffset] < key <= a[base + offset]
        lastOffset++;
        while (lastOffset < offset) {
            int mid = lastOffset + ((offset - lastOffset) >>> 1);
            if (lessThan.lessThan(a[base + mid], key)) {
                lastOffset = mid + 1;
            } else {
                offset = mid;
            }
        }
        return offset;
    }

    /** How many items of the sorted {@code a[base, base + length)} are not greater than {@code key}. */
    private int gallopRight(Object key, Object[] a, int base, int length, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (lessThan.lessThan(key, a[base + hint])) {
            int maxOffset = hint + 1;
            while (offset < maxOffset && lessThan.lessThan(key, a[base + hint - offset])) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            int t = lastOffset;
            lastOffset = hint - offset;
            offset = hint - t;
        } else {
            int maxOffset = length - hint;
            while (offset < maxOffset && !lessThan.lessThan(key, a[base + hint + offset])) {
                lastOffset = offset;
                offset = grow(offset, maxOffset);
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        }
        // a[base + lastOffset] <= key < a[base + offset]
        lastOffset++;
        while (lastOffset < offset) {
            int mid = lastOffset + ((offset - lastOffset) >>> 1);
            if (lessThan.lessThan(key, a[base + mid])) {
                offset = mid;
            } else {
                lastOffset = mid + 1;
            }
        }
        return offset;
    }

    private static int grow(int offset, int maxOffset) {
        int next = (offset << 1) + 1;
        return next <= 0 ? maxOffset : next;
    }

    private void ensureTemp(int length) {
        if (tmpKeys == null || tmpKeys.length < length) {
            tmpKeys = new Object[length];
            tmpValues = values == null ? null : new Object[length];
        }
    }

    /**
     * Merges adjacent runs (the first no longer than the second) copying the first aside and filling from the left.
     * After {@code minGallop} consecutive wins of one side it switches to galloping, moving whole blocks found by
     * search, and stays there while the blocks are long.
     */
    private void mergeLow(int base1, int length1, int base2, int length2) {
        ensureTemp(length1);
        System.arraycopy(keys, base1, tmpKeys, 0, length1);
        if (values != null) {
            System.arraycopy(values, base1, tmpValues, 0, length1);
        }
        int a = 0; // next of the first run, in tmp
        int b = base2; // next of the second run, in place
        int dest = base1;
        int left1 = length1;
        int left2 = length2;
        try {
            // after trimming, the second run's first item is the smallest and the first run's last the largest
            move(b++, dest++);
            left2--;
            outer: while (left2 > 0 && left1 > 1) {
                int wins1 = 0;
                int wins2 = 0;
                do {
                    if (lessThan.lessThan(keys[b], tmpKeys[a])) {
                        move(b++, dest++);
                        wins2++;
                        wins1 = 0;
                        if (--left2 == 0) {
                            break outer;
                        }
                    } else {
                        moveFromTemp(a++, dest++);
                        wins1++;
                        wins2 = 0;
                        if (--left1 == 1) {
                            break outer;
                        }
                    }
                } while ((wins1 | wins2) < minGallop);
                minGallop++;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    wins1 = gallopRight(keys[b], tmpKeys, a, left1, 0);
                    if (wins1 != 0) {
                        blockFromTemp(a, dest, wins1);
                        a += wins1;
                        dest += wins1;
                        left1 -= wins1;
                        if (left1 <= 1) {
                            break outer;
                        }
                    }
                    move(b++, dest++);
                    if (--left2 == 0) {
                        break outer;
                    }
                    wins2 = gallopLeft(tmpKeys[a], keys, b, left2, 0);
                    if (wins2 != 0) {
                        block(b, dest, wins2);
                        b += wins2;
                        dest += wins2;
                        left2 -= wins2;
                        if (left2 == 0) {
                            break outer;
                        }
                    }
                    moveFromTemp(a++, dest++);
                    if (--left1 == 1) {
                        break outer;
                    }
                } while (wins1 >= MIN_GALLOP || wins2 >= MIN_GALLOP);
                minGallop++;
            }
            if (left1 == 1 && left2 > 0) {
                // the first run's last item goes after the rest of the second run
                block(b, dest, left2);
                dest += left2;
                b += left2;
                left2 = 0;
            }
        } finally {
            // whatever happened, the unmerged rest of the first run fills the gap exactly: [dest, b)
            blockFromTemp(a, dest, left1);
        }
    }

    /** Merges adjacent runs (the second shorter) copying the second aside and filling from the right. */
    private void mergeHigh(int base1, int length1, int base2, int length2) {
        ensureTemp(length2);
        System.arraycopy(keys, base2, tmpKeys, 0, length2);
        if (values != null) {
            System.arraycopy(values, base2, tmpValues, 0, length2);
        }
        int a = base1 + length1 - 1; // last unmerged of the first run, in place
        int b = length2 - 1; // last unmerged of the second run, in tmp
        int dest = base2 + length2 - 1;
        int left1 = length1;
        int left2 = length2;
        try {
            // after trimming, the first run's last item is the largest and the second run's first the smallest
            move(a--, dest--);
            left1--;
            outer: while (left1 > 0 && left2 > 1) {
                int wins1 = 0;
                int wins2 = 0;
                do {
                    if (lessThan.lessThan(tmpKeys[b], keys[a])) {
                        move(a--, dest--);
                        wins1++;
                        wins2 = 0;
                        if (--left1 == 0) {
                            break outer;
                        }
                    } else {
                        moveFromTemp(b--, dest--);
                        wins2++;
                        wins1 = 0;
                        if (--left2 == 1) {
                            break outer;
                        }
                    }
                } while ((wins1 | wins2) < minGallop);
                minGallop++;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    wins1 = left1 - gallopRight(tmpKeys[b], keys, base1, left1, left1 - 1);
                    if (wins1 != 0) {
                        block(a - wins1 + 1, dest - wins1 + 1, wins1);
                        a -= wins1;
                        dest -= wins1;
                        left1 -= wins1;
                        if (left1 == 0) {
                            break outer;
                        }
                    }
                    moveFromTemp(b--, dest--);
                    if (--left2 == 1) {
                        break outer;
                    }
                    wins2 = left2 - gallopLeft(keys[a], tmpKeys, 0, left2, left2 - 1);
                    if (wins2 != 0) {
                        blockFromTemp(b - wins2 + 1, dest - wins2 + 1, wins2);
                        b -= wins2;
                        dest -= wins2;
                        left2 -= wins2;
                        if (left2 <= 1) {
                            break outer;
                        }
                    }
                    move(a--, dest--);
                    if (--left1 == 0) {
                        break outer;
                    }
                } while (wins1 >= MIN_GALLOP || wins2 >= MIN_GALLOP);
                minGallop++;
            }
            if (left2 == 1 && left1 > 0) {
                // the second run's first item goes before the rest of the first run
                block(a - left1 + 1, dest - left1 + 1, left1);
                dest -= left1;
                a -= left1;
                left1 = 0;
            }
        } finally {
            // whatever happened, the unmerged rest of the second run fills the gap exactly: (a, dest]
            blockFromTemp(0, dest - left2 + 1, left2);
        }
    }

    private void block(int from, int to, int length) {
        System.arraycopy(keys, from, keys, to, length);
        if (values != null) {
            System.arraycopy(values, from, values, to, length);
        }
    }

    private void blockFromTemp(int from, int to, int length) {
        System.arraycopy(tmpKeys, from, keys, to, length);
        if (values != null) {
            System.arraycopy(tmpValues, from, values, to, length);
        }
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        if (values != null) {
            values[to] = values[from];
        }
    }

    private void moveFromTemp(int from, int to) {
        keys[to] = tmpKeys[from];
        if (values != null) {
            values[to] = tmpValues[from];
        }
    }
}
