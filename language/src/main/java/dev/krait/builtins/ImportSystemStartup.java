package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * The import system's objects the interpreter needs before running any code: the specs of {@code builtins} and
 * {@code sys} and the loader of {@code __main__}. Compiling {@code _frozen_importlib} (where ModuleSpec's and the
 * loaders' methods are written) would slow every start-up, so the classes ModuleSpec, BuiltinImporter and
 * SourceFileLoader are made here without their methods, as globals of that module before it runs, and these objects
 * are made by setting their attributes as the classes' {@code __init__} would. The module runs on the first import
 * (or the first use of a method these classes lack yet: their {@code __getattr__} and {@code __repr__} here load it),
 * and its class statements complete these same classes.
 */
public final class ImportSystemStartup {
    private ImportSystemStartup() {
    }

    /** The classes made before {@code _frozen_importlib} runs, and the module CPython shows them in. */
    private static final String[][] STARTUP_CLASSES = {{"ModuleSpec", "_frozen_importlib"}, {"BuiltinImporter", "_frozen_importlib"},
                    {"SourceFileLoader", "_frozen_importlib_external"}};

    /** Puts the method-less startup classes into {@code bootstrap}, the module object of {@code _frozen_importlib}. */
    @TruffleBoundary
    public static void defineClasses(KraitContext context, PModule bootstrap) {
        for (String[] entry : STARTUP_CLASSES) {
            PDict namespace = context.newDict();
            namespace.setItem("__module__", entry[1]);
            namespace.setItem("__qualname__", entry[0]);
            Object cls = PyObjectCall.call(context.classes().typeClass, entry[0], context.emptyTuple(), namespace);
            context.getLanguage().getBuiltinRegistry().addFunctions(context, (PythonClass) cls, ImportSystemStartupFactory.getFactories(),
                            (PythonClass) cls, entry[1]);
            ObjectAttributes.put(bootstrap, entry[0], cls);
        }
    }

    /** {@code ModuleSpec(name, BuiltinImporter, origin='built-in')}, as its {@code __init__} would make it. */
    @TruffleBoundary
    public static PythonObject builtinSpec(KraitContext context, PModule bootstrap, String name) {
        return newSpec(context, bootstrap, name, ObjectAttributes.get(bootstrap, "BuiltinImporter"), "built-in", PNone.NONE, false);
    }

    /**
     * A source file's spec, as {@code _init_module_attrs} makes it: {@code ModuleSpec(name, loader, origin=file)} with
     * a location, and for a package its search locations.
     */
    @TruffleBoundary
    public static PythonObject sourceSpec(KraitContext context, PModule bootstrap, String name, Object loader, String file, Object path) {
        return newSpec(context, bootstrap, name, loader, file, path == null ? PNone.NONE : path, true);
    }

    /** A ModuleSpec with the attributes its {@code __init__} sets, made without running Python code. */
    private static PythonObject newSpec(KraitContext context, PModule bootstrap, String name, Object loader, Object origin,
                    Object searchLocations, boolean hasLocation) {
        PythonObject spec = context.newObject((PythonClass) ObjectAttributes.get(bootstrap, "ModuleSpec"));
        ObjectAttributes.put(spec, "name", name);
        ObjectAttributes.put(spec, "loader", loader);
        ObjectAttributes.put(spec, "origin", origin);
        ObjectAttributes.put(spec, "loader_state", PNone.NONE);
        ObjectAttributes.put(spec, "submodule_search_locations", searchLocations);
        ObjectAttributes.put(spec, "_uninitialized_submodules", context.newList(new Object[0]));
        ObjectAttributes.put(spec, "_set_fileattr", hasLocation);
        ObjectAttributes.put(spec, "_cached", PNone.NONE);
        return spec;
    }

    /** {@code SourceFileLoader(name, path)}. */
    @TruffleBoundary
    public static PythonObject sourceFileLoader(KraitContext context, PModule bootstrap, String name, String path) {
        PythonObject loader = context.newObject((PythonClass) ObjectAttributes.get(bootstrap, "SourceFileLoader"));
        ObjectAttributes.put(loader, "name", name);
        ObjectAttributes.put(loader, "path", path);
        return loader;
    }

    /** An attribute the instance lacks: {@code _frozen_importlib} runs (giving the class its methods); look again. */
    @Builtin(name = "__getattr__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class GetAttrNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object self, Object name) {
            KraitContext context = KraitContext.get(null);
            if (!ModuleLoader.completeImportSystem(context)) {
                throw dev.krait.runtime.exceptions.Errors.raise(dev.krait.runtime.exceptions.ErrorType.AttributeError,
                                "'" + dev.krait.runtime.protocol.PyObjectType.typeName(self) + "' object has no attribute " + PyObjectRepr.repr(name));
            }
            return PyObjectGetAttr.get(self, (String) name);
        }
    }

    /** The repr, once {@code _frozen_importlib} gave the class its own (or none: object's). */
    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            KraitContext context = KraitContext.get(null);
            if (!ModuleLoader.completeImportSystem(context)) {
                return PyObjectCall.call(PyObjectGetAttr.get(context.classes().objectClass, "__repr__"), self);
            }
            return PyObjectRepr.repr(self);
        }
    }
}
