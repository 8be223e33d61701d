package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PDict;

/**
 * The dict a function frame's {@code locals()} returns (CPython 3.12's {@code f_locals} of an optimized frame): one
 * per activation, kept in a counted frame slot, and brought up to date with the variables each time it is asked for
 * ({@code PyFrame_FastToLocals}): bound variables are written in, unbound ones taken out, and any other key (what
 * {@code exec} stored there) stays.
 */
public final class FrameLocalsDict {
    private FrameLocalsDict() {
    }

    /** The activation's dict in {@code slot}, made and stored there (counted) if it has none yet. */
    @TruffleBoundary
    public static PDict getOrCreate(KraitContext context, MaterializedFrame frame, int slot) {
        PDict dict = existing(frame, slot);
        if (dict == null) {
            dict = context.newDict();
            RefCounts.incRef(dict);
            frame.setObject(slot, dict);
        }
        return dict;
    }

    /** The activation's dict in {@code slot} if it has a live one, else null. */
    @TruffleBoundary
    public static PDict existing(MaterializedFrame frame, int slot) {
        if (frame.isObject(slot) && frame.getObject(slot) instanceof PDict dict && !dict.hasMemoryFlag(RefCounts.RELEASED)) {
            return dict;
        }
        return null;
    }

    /** Brings one variable's entry up to date: its value, or no entry when it is unbound ({@code value} null). */
    @TruffleBoundary
    public static void refresh(PDict dict, String name, Object value) {
        if (value != null) {
            if (dict.getItem(name) != value) {
                dict.setItem(name, value);
            }
        } else if (dict.containsKey(name)) {
            dict.removeItem(name);
        }
    }
}
