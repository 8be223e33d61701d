package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * The part of {@code runpy} that {@code krait -m module} uses, and {@code krait DIRECTORY} (its {@code __main__}
 * module, sys.path[0] being the directory).
 */
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
        @TruffleBoundary
        static Object run(Object name, Object alterArgv) {
            KraitContext context = KraitContext.get(null);
            boolean alter = alterArgv == PNone.NO_VALUE || dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(alterArgv);
            if (!ModuleLoader.runModuleAsMain(context, (String) name, alter)) {
                // as CPython's runpy: "EXECUTABLE: MESSAGE" on stderr and exit status 1
                PModule sys = context.getModule("sys");
                String message = "No module named " + name;
                if (name.equals("__main__")) {
                    Object path = ObjectAttributes.get(sys, "path");
                    Object first = path instanceof PList list && list.size() > 0 ? list.get(0) : PNone.NONE;
                    message = "can't find '__main__' module in " + PyObjectRepr.repr(first);
                }
                Object executable = ObjectAttributes.get(sys, "executable");
                throw PException.raise(context.newException(ErrorType.SystemExit, new Object[]{executable + ": " + message}), null);
            }
            return PNone.NONE;
        }
    }
}
