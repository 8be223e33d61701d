package dev.krait.runtime.storage;

import dev.krait.runtime.exceptions.Errors;

/**
 * The position and mutation check of an iterator over a set, as CPython's: if the set's size differs from the size
 * when iteration began, RuntimeError "Set changed size during iteration", and again on every later call.
 */
public final class SetIterator {
    private SetStorage set;
    private int expectedSize;
    private int position;
    private int remaining;

    public SetIterator(SetStorage set) {
        this.set = set;
        this.expectedSize = set.size();
        this.remaining = expectedSize;
    }

    /** The next key, or null when exhausted. */
    public Object next() {
        SetStorage s = set;
        if (s == null) {
            return null;
        }
        if (s.size() != expectedSize) {
            expectedSize = -1;
            throw Errors.runtimeError("Set changed size during iteration");
        }
        int slot = s.nextSlot(position);
        if (slot < 0) {
            set = null;
            return null;
        }
        position = slot + 1;
        remaining--;
        return s.keyAt(slot);
    }

    /** The keys still to come, without advancing (what pickling the iterator saves). */
    public Object[] remainingKeys() {
        SetStorage s = set;
        if (s == null) {
            return new Object[0];
        }
        if (s.size() != expectedSize) {
            throw Errors.runtimeError("Set changed size during iteration");
        }
        java.util.List<Object> keys = new java.util.ArrayList<>();
        int at = position;
        while (keys.size() < Math.max(remaining, 0)) {
            int slot = s.nextSlot(at);
            if (slot < 0) {
                break;
            }
            keys.add(s.keyAt(slot));
            at = slot + 1;
        }
        return keys.toArray();
    }

    /** {@code __length_hint__}: keys still to come, 0 when exhausted or after a size change. */
    public int lengthHint() {
        return set != null && set.size() == expectedSize ? Math.max(remaining, 0) : 0;
    }
}
