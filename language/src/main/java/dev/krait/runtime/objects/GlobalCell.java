package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.utilities.CyclicAssumption;

/**
 * One global variable of a module. Compiled code reading a global folds its value to a constant under
 * {@link #stableAssumption()}, which a rebinding invalidates; a global rebound again and again (a counter) stops
 * being treated as constant, and reads of it become a field load. Cells are never removed, so a node can keep the
 * cell of its name for good.
 */
public final class GlobalCell {
    private static final int MAX_INVALIDATIONS = 4;

    private final String name;
    /** The module whose global this is (told of changes, for the dict that mirrors its globals). */
    private final PModule module;
    /** null while the name is unbound. */
    private Object value;
    private final CyclicAssumption stable;
    private int invalidations;

    public GlobalCell(String name, PModule module) {
        this.name = name;
        this.module = module;
        this.stable = new CyclicAssumption(name);
    }

    public String name() {
        return name;
    }

    public Object get() {
        return value;
    }

    public void set(Object newValue) {
        Object old = value;
        value = newValue;
        RefCounts.incRef(newValue);
        if (module.hasNamespaceDict()) {
            module.mirrorGlobal(name, newValue);
        }
        RefCounts.decRef(old);
        if (old != newValue && stable.getAssumption().isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            invalidate();
        }
    }

    /** A change made through the module's namespace dict: the same as {@link #set}, without telling the dict back. */
    void setFromNamespace(Object newValue) {
        Object old = value;
        if (old == newValue) {
            return;
        }
        value = newValue;
        RefCounts.incRef(newValue);
        if (stable.getAssumption().isValid()) {
            invalidate();
        }
        RefCounts.decRef(old);
    }

    public Assumption stableAssumption() {
        return stable.getAssumption();
    }

    @TruffleBoundary
    private void invalidate() {
        invalidations++;
        if (invalidations > MAX_INVALIDATIONS) {
            stable.getAssumption().invalidate();
        } else {
            stable.invalidate();
        }
    }
}
