package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;

/**
 * {@code _krait_abc}: what the bundled {@code abc} module cannot do in Python. Registering a class as a virtual
 * {@code Sequence} or {@code Mapping} makes it, and its subclasses without a kind of their own, match sequence or
 * mapping patterns (CPython's {@code _abc_register} setting {@code Py_TPFLAGS_SEQUENCE}/{@code MAPPING}).
 */
public final class AbcModule {
    private AbcModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_abc");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, AbcModuleFactory.getFactories(), null, "_krait_abc");
        return module;
    }

    /** {@code register_collection(abc, subclass)}: the subclass takes the ABC's sequence/mapping kind, if any. */
    @Builtin(name = "register_collection", params = {"abc", "subclass", "/"})
    @GenerateNodeFactory
    public abstract static class RegisterCollectionNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object register(Object abc, Object subclass) {
            if (abc instanceof PythonClass abcClass && subclass instanceof PythonClass type && !type.isBuiltin()) {
                int kind = abcClass.getPatternFlags() & (PythonClass.SEQUENCE | PythonClass.MAPPING);
                if (kind != 0) {
                    setRecursively(type, kind);
                }
            }
            return PNone.NONE;
        }

        private static void setRecursively(PythonClass type, int kind) {
            if (type.hasPatternFlag(PythonClass.SEQUENCE | PythonClass.MAPPING)) {
                return;
            }
            type.addPatternFlags(kind);
            for (PythonClass sub : type.getSubclasses()) {
                setRecursively(sub, kind);
            }
        }
    }
}
