package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PTuple;

/**
 * {@code help}: the {@code _sitebuiltins._Helper} object CPython's {@code site} module puts in builtins. Its repr
 * says how to use it; calling it hands the arguments to {@code pydoc.help}.
 */
final class SiteHelperBuiltins {
    private SiteHelperBuiltins() {
    }

    static void install(KraitContext context, PModule builtins) {
        ObjectAttributes.put(builtins, "help", context.newObject(context.classes().byName("_Helper")));
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object repr(Object self) {
            return "Type help() for interactive help, or help(object) for help about object.";
        }
    }

    @Builtin(name = "__call__", params = {"self", "*args", "**kwds"})
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object args, Object kwds) {
            PModule pydoc = ModuleLoader.importModule(KraitContext.get(null), "pydoc");
            return dev.krait.runtime.protocol.PyObjectCall.callWithKeywordDict(dev.krait.runtime.protocol.PyObjectGetAttr.get(pydoc, "help"),
                            ((PTuple) args).items(), (PDict) kwds);
        }
    }
}
