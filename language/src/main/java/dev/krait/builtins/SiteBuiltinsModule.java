package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonClass;

/**
 * {@code _sitebuiltins}: the types of the objects CPython's {@code site} module adds to builtins ({@code exit} and
 * {@code quit}, {@code copyright}, {@code credits}, {@code license}, {@code help}). Krait makes those objects with
 * the builtins module, in Java, so start-up runs no Python code for them.
 */
public final class SiteBuiltinsModule {
    static final String[] TYPE_NAMES = {"Quitter", "_Printer", "_Helper"};

    private SiteBuiltinsModule() {
    }

    /** Names the types' module and puts the objects in {@code builtins}. */
    static void install(KraitContext context, PModule builtins) {
        for (String name : TYPE_NAMES) {
            PythonClass cls = context.classes().byName(name);
            cls.defineOwn("__module__", "_sitebuiltins");
            cls.defineOwn("__dict__", ObjectBuiltins.instanceDictDescriptor(context, cls));
            cls.setAcceptsWeakReferences(true);
        }
        QuitterBuiltins.install(context, builtins);
        SitePrinterBuiltins.install(context, builtins);
        SiteHelperBuiltins.install(context, builtins);
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_sitebuiltins");
        for (String name : TYPE_NAMES) {
            PythonClass cls = context.classes().byName(name);
            ObjectAttributes.put(module, name, cls);
        }
        return module;
    }

    /** {@code Quitter(name, eof)}, {@code _Printer(...)}, {@code _Helper()}: a plain object, set up by {@code __init__}. */
    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newObject(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PythonClass type)) {
                throw Errors.typeError("object.__new__(X): X is not a type object (" + PyObjectType.typeName(cls) + ")");
            }
            return ClassBuilder.allocate(KraitContext.get(null), type);
        }
    }
}
