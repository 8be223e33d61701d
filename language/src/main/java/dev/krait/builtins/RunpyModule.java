package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/** The part of {@code runpy} that {@code krait -m module} uses. */
public final class RunpyModule {
    private RunpyModule() {
    }

    public static PModule create(KraitContext context) {
        PModule runpy = context.newModule("runpy");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, runpy, RunpyModuleFactory.getFactories(), null, "runpy");
        return runpy;
    }

    @Builtin(name = "_run_module_as_main", params = {"mod_name", "alter_argv="})
    @GenerateNodeFactory
    public abstract static class RunModuleAsMainNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object run(Object name, Object alterArgv) {
            ModuleLoader.runModuleAsMain(KraitContext.get(null), (String) name);
            return PNone.NONE;
        }
    }
}
