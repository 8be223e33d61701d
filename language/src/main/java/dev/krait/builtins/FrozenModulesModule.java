package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/**
 * The {@code _krait_frozen} module: the source of the modules bundled in Krait's jar (Krait's frozen modules, which
 * it keeps as source rather than as marshalled code), for the bundled {@code _imp}.
 */
public final class FrozenModulesModule {
    private FrozenModulesModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_frozen");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, FrozenModulesModuleFactory.getFactories(), null, "_krait_frozen");
        return module;
    }

    /** {@code source(name)}: (source text, is a package) of the bundled module, or None. */
    @Builtin(name = "source", params = {"name", "/"})
    @GenerateNodeFactory
    public abstract static class SourceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object source(Object name) {
            if (!(name instanceof String s)) {
                throw Errors.typeError("_krait_frozen.source() expects a str");
            }
            Object[] found = ModuleLoader.bundledSource(s);
            return found == null ? PNone.NONE : KraitContext.get(null).newTuple(found);
        }
    }
}
