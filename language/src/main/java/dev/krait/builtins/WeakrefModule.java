package dev.krait.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PWeakReference;
import dev.krait.runtime.objects.PythonObject;

/**
 * The {@code _weakref} module: the weak reference type and the counts; {@code weakref.py} (bundled) builds proxies,
 * the weak dictionaries and sets and {@code finalize} on it.
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_weakref");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, WeakrefModuleFactory.getFactories(), null, "_weakref");
        ObjectAttributes.put(module, "ref", context.classes().referenceTypeClass);
        ObjectAttributes.put(module, "ReferenceType", context.classes().referenceTypeClass);
        return module;
    }

    @Builtin(name = "getweakrefcount", params = {"object", "/"})
    @GenerateNodeFactory
    public abstract static class GetWeakrefCountNode extends BuiltinNode.Builtin1 {
        @Specialization
        long count(Object object) {
            return object instanceof PythonObject referent ? KraitContext.get(this).weakReferences().count(referent) : 0;
        }
    }

    @Builtin(name = "getweakrefs", params = {"object", "/"})
    @GenerateNodeFactory
    public abstract static class GetWeakrefsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object references(Object object) {
            KraitContext context = KraitContext.get(this);
            if (!(object instanceof PythonObject referent)) {
                return context.newList(new Object[0]);
            }
            List<PWeakReference> refs = context.weakReferences().referencesTo(referent);
            return context.newList(refs.toArray());
        }
    }
}
