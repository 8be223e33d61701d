package dev.krait.nodes.local;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.GlobalCell;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.protocol.BuiltinArithmetic;

/**
 * Reads a global name: the module's globals, then builtins; NameError if neither has it. A global (or builtin) that
 * is not rebound is a constant in compiled code, so a call of a global function becomes a direct call.
 */
public abstract class ReadGlobalNode extends ExpressionNode {
    protected final String name;

    protected ReadGlobalNode(String name) {
        this.name = name;
    }

    @Specialization(guards = {"getGlobals(frame) == cachedGlobals", "constant != null"}, assumptions = "stable", limit = "1")
    protected static Object readGlobalConstant(VirtualFrame frame,
                    @Cached(value = "getGlobals(frame)", neverDefault = true) PModule cachedGlobals,
                    @Cached(value = "cachedGlobals.getCell(name)", neverDefault = true) GlobalCell cell,
                    @Cached(value = "cell.stableAssumption()", neverDefault = true) Assumption stable,
                    @Cached(value = "cell.get()", neverDefault = false) Object constant) {
        return constant;
    }

    @Specialization(guards = {"getGlobals(frame) == cachedGlobals", "cell.get() == null", "standardBuiltins", "constant != null"},
                    assumptions = {"stable", "builtinsEntryStable", "builtinStable"}, limit = "1")
    protected Object readBuiltinConstant(VirtualFrame frame,
                    @Cached(value = "getGlobals(frame)", neverDefault = true) PModule cachedGlobals,
                    @Cached(value = "cachedGlobals.getCell(name)", neverDefault = true) GlobalCell cell,
                    @Cached(value = "cell.stableAssumption()", neverDefault = true) Assumption stable,
                    @Cached(value = "builtinsEntry(cachedGlobals)", neverDefault = true) GlobalCell builtinsEntry,
                    @Cached(value = "builtinsEntry.stableAssumption()", neverDefault = true) Assumption builtinsEntryStable,
                    @Cached(value = "isStandard(builtinsEntry)", neverDefault = false) boolean standardBuiltins,
                    @Cached(value = "builtinCell()", neverDefault = true) GlobalCell builtin,
                    @Cached(value = "builtin.stableAssumption()", neverDefault = true) Assumption builtinStable,
                    @Cached(value = "builtin.get()", neverDefault = false) Object constant) {
        return constant;
    }

    @Specialization(guards = "getGlobals(frame) == cachedGlobals", limit = "1", replaces = {"readGlobalConstant", "readBuiltinConstant"})
    protected Object readCell(VirtualFrame frame,
                    @Cached(value = "getGlobals(frame)", neverDefault = true) PModule cachedGlobals,
                    @Cached(value = "cachedGlobals.getCell(name)", neverDefault = true) GlobalCell cell,
                    @Cached(value = "builtinsEntry(cachedGlobals)", neverDefault = true) GlobalCell builtinsEntry,
                    @Cached(value = "builtinCell()", neverDefault = true) GlobalCell builtin) {
        Object value = cell.get();
        if (value == null) {
            Object builtins = builtinsEntry.get();
            if (!FrameBuiltins.isStandard(KraitContext.get(this), builtins)) {
                return readCustomBuiltin(builtins, name, this);
            }
            value = builtin.get();
            if (value == null) {
                return readFromNamespaceMapping(cachedGlobals, name);
            }
        }
        return value;
    }

    @Specialization(replaces = "readCell")
    protected Object readGeneric(VirtualFrame frame) {
        return readUncached(KraitContext.get(this), getGlobals(frame), name);
    }

    protected static PModule getGlobals(VirtualFrame frame) {
        return FrameGlobals.getGlobals(frame);
    }

    protected static GlobalCell builtinsEntry(PModule globals) {
        return globals.getCell("__builtins__");
    }

    protected boolean isStandard(GlobalCell builtinsEntry) {
        return FrameBuiltins.isStandard(KraitContext.get(this), builtinsEntry.get());
    }

    protected GlobalCell builtinCell() {
        return KraitContext.get(this).getBuiltins().getCell(name);
    }

    @TruffleBoundary
    public static Object readUncached(KraitContext context, PModule globals, String name) {
        Object value = globals.getGlobal(name);
        if (value == null) {
            Object builtins = FrameBuiltins.customBuiltins(context, globals);
            if (builtins != null) {
                return readCustomBuiltin(builtins, name, null);
            }
            value = context.getBuiltins().getGlobal(name);
        }
        if (value == null) {
            return readFromNamespaceMapping(globals, name);
        }
        return value;
    }

    /**
     * A name neither the globals nor builtins bind: when the globals are a dict subclass (exec's globals), CPython
     * asks its {@code __getitem__}, so {@code __missing__} can supply the name; else NameError.
     */
    @TruffleBoundary
    private static Object readFromNamespaceMapping(PModule globals, String name) {
        if (globals.hasNamespaceDict()) {
            PDict dict = globals.getNamespaceDict(null);
            if (!BuiltinArithmetic.isExact(dict)) {
                Object value = NamespaceMapping.get(dict, name);
                if (value != null) {
                    return value;
                }
            }
        }
        throw notDefined(name);
    }

    /** A name the globals lack, from the custom builtins their {@code __builtins__} names. */
    @TruffleBoundary
    private static Object readCustomBuiltin(Object builtins, String name, com.oracle.truffle.api.nodes.Node location) {
        Object value = FrameBuiltins.lookup(builtins, name, location);
        if (value == null) {
            throw notDefined(name);
        }
        return value;
    }

    @TruffleBoundary
    public static RuntimeException notDefined(String name) {
        return Errors.nameError("name '" + name + "' is not defined", name);
    }

    public static ReadGlobalNode create(String name) {
        return ReadGlobalNodeGen.create(name);
    }
}
