package dev.krait.runtime;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.translator.SourceCompiler;

/**
 * The import system: {@code sys.modules}, the builtin modules, and {@code .py} files and packages found on
 * {@code sys.path} (or a package's {@code __path__}).
 */
public final class ModuleLoader {
    private ModuleLoader() {
    }

    /** Imports {@code name} (dotted), importing its parent packages first, and returns the module itself. */
    @TruffleBoundary
    public static PModule importModule(KraitContext context, String name) {
        PModule module = context.getModule(name);
        if (module != null) {
            return module;
        }
        int dot = name.lastIndexOf('.');
        PModule parent = null;
        if (dot >= 0) {
            parent = importModule(context, name.substring(0, dot));
            module = context.getModule(name);
            if (module != null) {
                return module;
            }
        }
        module = context.getLanguage().getBuiltinRegistry().getOrCreateModule(context, name);
        if (module == null && (parent == null || isBundledPackage(parent))) {
            module = loadBundled(context, name);
        }
        if (module == null) {
            module = loadFromPath(context, name, parent);
        }
        if (parent != null) {
            ObjectAttributes.put(parent, name.substring(dot + 1), module);
        }
        return module;
    }

    /** {@code import a.b.c} binds {@code a}: imports the whole name, returns the top-level package. */
    @TruffleBoundary
    public static PModule importTop(KraitContext context, String name) {
        importModule(context, name);
        int dot = name.indexOf('.');
        return context.getModule(dot < 0 ? name : name.substring(0, dot));
    }

    /** {@code from module import name}: the attribute, or the submodule {@code module.name}. */
    @TruffleBoundary
    public static Object importFrom(KraitContext context, Object module, String moduleName, String name) {
        Object value = PyObjectGetAttr.getOrNull(module, name);
        if (value != null) {
            return value;
        }
        String submodule = moduleName + "." + name;
        if (module instanceof PModule m && ObjectAttributes.get(m, "__path__") != null) {
            try {
                return importModule(context, submodule);
            } catch (PException e) {
                if (!dev.krait.runtime.protocol.ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.ModuleNotFoundError))) {
                    throw e;
                }
            }
        }
        Object file = module instanceof PModule m ? ObjectAttributes.get(m, "__file__") : null;
        String where = file instanceof String f ? f : "unknown location";
        throw Errors.raise(ErrorType.ImportError, "cannot import name '" + name + "' from '" + moduleName + "' (" + where + ")");
    }

    /** The absolute name of {@code from .module import …} written in the module whose globals are given. */
    @TruffleBoundary
    public static String resolveName(KraitContext context, String module, int level, PModule globals) {
        if (level == 0) {
            return module;
        }
        Object packageName = ObjectAttributes.get(globals, "__package__");
        String base;
        if (packageName instanceof String p && !p.isEmpty()) {
            base = p;
        } else {
            String name = globals.getModuleName();
            base = ObjectAttributes.get(globals, "__path__") != null ? name : (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        if (base.isEmpty() || base.equals("__main__")) {
            throw Errors.raise(ErrorType.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(ErrorType.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return module.isEmpty() ? base : base + "." + module;
    }

    private static PModule loadFromPath(KraitContext context, String name, PModule parent) {
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        Object[] searchPath;
        if (parent != null) {
            Object path = ObjectAttributes.get(parent, "__path__");
            if (!(path instanceof PList list)) {
                throw moduleNotFound(name + "'; '" + parent.getModuleName() + "' is not a package", name);
            }
            searchPath = list.toArray();
        } else {
            Object sysPath = ObjectAttributes.get(context.getModule("sys"), "path");
            searchPath = sysPath instanceof PList list ? list.toArray() : new Object[0];
        }
        for (Object entry : searchPath) {
            if (!(entry instanceof String directory)) {
                continue;
            }
            TruffleFile base = context.getEnv().getPublicTruffleFile(directory.isEmpty() ? "." : directory);
            TruffleFile packageDir = base.resolve(simpleName);
            TruffleFile init = packageDir.resolve("__init__.py");
            if (init.isRegularFile()) {
                return execute(context, name, init, packageDir);
            }
            TruffleFile file = base.resolve(simpleName + ".py");
            if (file.isRegularFile()) {
                return execute(context, name, file, null);
            }
        }
        throw moduleNotFound(name, name);
    }

    /**
     * Bundled modules that CPython implements in C: their functions' frames stay out of tracebacks, as a C function
     * shows none (an uncaught {@code struct.error} or {@code heapq.heappop([])} error shows the caller's line only).
     */
    private static final java.util.Set<String> IMPLEMENTED_IN_C = java.util.Set.of("itertools", "operator", "bisect",
                    "struct", "_csv", "binascii", "zlib", "time", "datetime", "math", "_generic_types", "decimal");

    /** The prefix of the bundled modules' paths in the language jar. */
    private static final String BUNDLED_ROOT = "/dev/krait/lib/";

    /**
     * A module of Krait's standard library written in Python, shipped in the language jar under
     * {@code dev/krait/lib/}: {@code a/b.py}, or the package {@code a/b/__init__.py}, for {@code a.b}; null when
     * there is none by that name.
     */
    private static PModule loadBundled(KraitContext context, String name) {
        String base = BUNDLED_ROOT + name.replace('.', '/');
        boolean isPackage = true;
        java.io.InputStream packageInit = KraitLanguage.class.getResourceAsStream(base + "/__init__.py");
        if (packageInit == null) {
            isPackage = false;
        }
        java.io.InputStream stream = isPackage ? packageInit : KraitLanguage.class.getResourceAsStream(base + ".py");
        if (stream == null) {
            return null;
        }
        String text;
        try (stream) {
            text = new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.raise(ErrorType.ImportError, "could not read " + base + ": " + e.getMessage());
        }
        Source source = Source.newBuilder(KraitLanguage.ID, text, "<frozen " + name + ">").build();
        PModule module = context.newModule(name);
        if (isPackage) {
            // Submodules are found in the jar, not on this path (see isBundledPackage).
            ObjectAttributes.put(module, "__path__", context.newList(new Object[]{bundledPathEntry(name)}));
            ObjectAttributes.put(module, "__package__", name);
        } else {
            ObjectAttributes.put(module, "__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        ObjectAttributes.put(module, "__builtins__", context.getBuiltins().getNamespaceDict(context));
        context.putModule(name, module);
        try {
            SourceCompiler.compileModule(context.getLanguage(), context, source, IMPLEMENTED_IN_C.contains(name)).call(module);
            if (IMPLEMENTED_IN_C.contains(name)) {
                dev.krait.builtins.PythonFunctionsAsBuiltins.convert(context, module, name);
            }
        } catch (PException e) {
            context.modules().removeItem(name);
            throw e;
        }
        return module;
    }

    /** The single {@code __path__} entry of a bundled package: names where its submodules are, in the jar. */
    private static String bundledPathEntry(String packageName) {
        return "<frozen " + packageName + ">";
    }

    /** Whether {@code module} is a package of Krait's bundled standard library (its submodules are bundled too). */
    private static boolean isBundledPackage(PModule module) {
        return ObjectAttributes.get(module, "__path__") instanceof PList path && path.size() == 1 &&
                        bundledPathEntry(module.getModuleName()).equals(path.get(0));
    }

    private static PException moduleNotFound(String message, String name) {
        KraitContext context = KraitContext.get(null);
        dev.krait.runtime.objects.PBaseException exception = context.newException(ErrorType.ModuleNotFoundError,
                        new Object[]{"No module named '" + message + "'"});
        ObjectAttributes.put(exception, "msg", "No module named '" + message + "'");
        ObjectAttributes.put(exception, "name", name);
        ObjectAttributes.put(exception, "path", dev.krait.runtime.objects.PNone.NONE);
        return PException.raise(exception, null);
    }

    private static PModule execute(KraitContext context, String name, TruffleFile file, TruffleFile packageDir) {
        Source source;
        try {
            source = Source.newBuilder(KraitLanguage.ID, file).build();
        } catch (IOException e) {
            throw Errors.raise(ErrorType.ImportError, "could not read " + file.getPath() + ": " + e.getMessage());
        }
        PModule module = context.newModule(name);
        String path = file.getAbsoluteFile().getPath();
        ObjectAttributes.put(module, "__file__", path);
        if (packageDir != null) {
            ObjectAttributes.put(module, "__path__", context.newList(new Object[]{packageDir.getAbsoluteFile().getPath()}));
            ObjectAttributes.put(module, "__package__", name);
        } else {
            ObjectAttributes.put(module, "__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        ObjectAttributes.put(module, "__builtins__", context.getBuiltins().getNamespaceDict(context));
        context.putModule(name, module);
        try {
            RootCallTarget target = SourceCompiler.compileModule(context.getLanguage(), context, source);
            target.call(module);
        } catch (PException e) {
            context.modules().removeItem(name);
            throw e;
        }
        return module;
    }

    /** Runs the file of module {@code name} as {@code __main__} ({@code python -m name}). */
    @TruffleBoundary
    public static void runModuleAsMain(KraitContext context, String name) {
        PModule main = context.getMainModule();
        Object sysPath = ObjectAttributes.get(context.getModule("sys"), "path");
        for (Object entry : sysPath instanceof PList list ? list.toArray() : new Object[0]) {
            if (!(entry instanceof String directory)) {
                continue;
            }
            TruffleFile base = context.getEnv().getPublicTruffleFile(directory.isEmpty() ? "." : directory);
            TruffleFile file = base.resolve(name.replace('.', '/') + ".py");
            if (!file.isRegularFile()) {
                file = base.resolve(name.replace('.', '/')).resolve("__main__.py");
            }
            if (file.isRegularFile()) {
                Source source;
                try {
                    source = Source.newBuilder(KraitLanguage.ID, file).build();
                } catch (IOException e) {
                    throw Errors.raise(ErrorType.ImportError, e.getMessage());
                }
                String path = file.getAbsoluteFile().getPath();
                ObjectAttributes.put(main, "__file__", path);
                Object argv = ObjectAttributes.get(context.getModule("sys"), "argv");
                if (argv instanceof PList list && list.size() > 0) {
                    list.set(0, path);
                }
                SourceCompiler.compileModule(context.getLanguage(), context, source).call(main);
                return;
            }
        }
        // a bundled module (python -m unittest, -m json.tool…): its code runs as __main__
        String base = BUNDLED_ROOT + name.replace('.', '/');
        for (String resource : new String[]{base + ".py", base + "/__main__.py"}) {
            java.io.InputStream stream = KraitLanguage.class.getResourceAsStream(resource);
            if (stream != null) {
                String text;
                try (stream) {
                    text = new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw Errors.raise(ErrorType.ImportError, e.getMessage());
                }
                Source source = Source.newBuilder(KraitLanguage.ID, text, "<frozen " + name + ">").build();
                SourceCompiler.compileModule(context.getLanguage(), context, source).call(main);
                return;
            }
        }
        throw Errors.raise(ErrorType.ImportError, "No module named " + name);
    }
}
