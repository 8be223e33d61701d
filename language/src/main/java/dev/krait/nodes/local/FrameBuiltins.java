package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PModule;

/**
 * The builtins a frame's code sees, from its globals' {@code __builtins__} as CPython's
 * {@code _PyEval_BuiltinsFromGlobals} finds them: the interpreter's builtins module (or its dict, or no entry at all)
 * is the common case and is read through global cells; any other module or mapping — {@code exec(code,
 * {"__builtins__": {...}})}, the classic restricted evaluator — is used instead of the builtins module.
 */
public final class FrameBuiltins {
    private FrameBuiltins() {
    }

    /** Whether {@code value}, a globals' {@code __builtins__} entry (null: none), names the interpreter's builtins. */
    public static boolean isStandard(KraitContext context, Object value) {
        PModule builtins = context.getBuiltins();
        return value == null || value == builtins || value == builtins.namespaceDictOrNull();
    }

    /** The custom builtins of code running with {@code globals}, or null when it uses the interpreter's own. */
    @TruffleBoundary
    public static Object customBuiltins(KraitContext context, PModule globals) {
        Object value = globals.getGlobal("__builtins__");
        return isStandard(context, value) ? null : value;
    }

    /**
     * {@code name} in custom builtins (a module's globals, or a mapping's item), or null when they lack it; a
     * mapping's other errors propagate (None as builtins is "not subscriptable", as in CPython).
     */
    @TruffleBoundary
    public static Object lookup(Object builtins, String name, Node location) {
        if (builtins instanceof PModule module) {
            return module.getGlobal(name);
        }
        return NamespaceMapping.get(builtins, name, location);
    }
}
