package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.objects.PDict;

/** A dict's entries as other languages iterate them: a snapshot of {@code [key, value]} pairs. */
public final class MappingInterop {
    private MappingInterop() {
    }

    @TruffleBoundary
    public static InteropIterator entriesIterator(PDict dict) {
        Object[] items = dict.storage().itemsArray();
        Object[] pairs = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            pairs[i] = new InteropArray((Object[]) items[i]);
        }
        return new InteropIterator(pairs);
    }
}
