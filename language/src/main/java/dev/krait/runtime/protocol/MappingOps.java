package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PDict;

/** dict equality and {@code d1 | d2}. */
public final class MappingOps {
    private MappingOps() {
    }

    @TruffleBoundary
    public static boolean dictEquals(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Object entry : a.storage().itemsArray()) {
            Object[] item = (Object[]) entry;
            Object other = b.getItem(item[0]);
            if (other == null || !PyObjectRichCompare.equals(item[1], other)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static PDict merged(PDict a, PDict b) {
        PDict result = KraitContext.get(null).newDict();
        result.setStorage(a.storage().copy());
        for (Object entry : b.storage().itemsArray()) {
            Object[] item = (Object[]) entry;
            result.setItem(item[0], item[1]);
        }
        return result;
    }
}
