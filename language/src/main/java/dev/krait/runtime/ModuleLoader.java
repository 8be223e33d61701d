package dev.krait.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
import dev.krait.runtime.objects.PythonObject;
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
        if (parent == null && !foundBeforePath(name)) {
            // the standard library has its place on sys.path: a program's own json.py comes first, as in CPython
            module = loadFromPath(context, name, null);
        } else {
            module = context.getLanguage().getBuiltinRegistry().getOrCreateModule(context, name);
            if (module == null && (parent == null || isBundledPackage(parent))) {
                module = loadBundled(context, name);
            }
            if (module == null) {
                module = loadFromPath(context, name, parent);
            }
        }
        if (parent != null) {
            ObjectAttributes.put(parent, name.substring(dot + 1), module);
        }
        return module;
    }

    /**
     * Imports {@code name} (dotted) and returns what {@code sys.modules} holds for it, which need not be a module
     * (a program may put any object there); None there stops the import.
     */
    @TruffleBoundary
    public static Object importObject(KraitContext context, String name) {
        Object entry = context.modules().getItem(name);
        if (entry == dev.krait.runtime.objects.PNone.NONE) {
            throw moduleNotFoundError("import of " + name + " halted; None in sys.modules", name);
        }
        if (entry != null) {
            return entry;
        }
        PModule loaded = importModule(context, name);
        // what the module's code left in sys.modules (a module may replace itself there)
        Object imported = context.modules().getItem(name);
        return imported != null ? imported : loaded;
    }

    /** {@code import a.b.c} binds {@code a}: imports the whole name, returns the top-level package. */
    @TruffleBoundary
    public static Object importTop(KraitContext context, String name) {
        Object module = importObject(context, name);
        int dot = name.indexOf('.');
        if (dot < 0) {
            return module;
        }
        Object top = context.modules().getItem(name.substring(0, dot));
        return top != null ? top : module;
    }

    /**
     * The function an import statement in code running with {@code globals} calls: null while the {@code __import__}
     * of its builtins is Krait's own (the statement imports directly), else the function a program put there.
     */
    @TruffleBoundary
    public static Object overriddenImport(KraitContext context, PModule globals) {
        Object custom = dev.krait.nodes.local.FrameBuiltins.customBuiltins(context, globals);
        Object function = custom != null ? dev.krait.nodes.local.FrameBuiltins.lookup(custom, "__import__", null)
                        : ObjectAttributes.get(context.getBuiltins(), "__import__");
        if (function instanceof dev.krait.runtime.objects.PBuiltinFunction builtin && builtin.getOwner() == null &&
                        "builtins".equals(builtin.getModuleName()) && "__import__".equals(builtin.getName())) {
            return null;
        }
        if (function == null) {
            throw Errors.raise(ErrorType.ImportError, "__import__ not found");
        }
        return function;
    }

    /** Calls an overriding {@code __import__} as an import statement does. */
    @TruffleBoundary
    public static Object callImport(KraitContext context, Object function, String name, PModule globals, boolean moduleLevel,
                    String[] fromlist, int level) {
        Object globalsDict = globals.getNamespaceDict(context);
        Object fromTuple = fromlist == null ? dev.krait.runtime.objects.PNone.NONE : context.newTuple(fromlist.clone());
        return dev.krait.runtime.protocol.PyObjectCall.call(function, name, globalsDict,
                        moduleLevel ? globalsDict : dev.krait.runtime.objects.PNone.NONE, fromTuple, (long) level);
    }

    /** {@code import a.b.c as d} binds what {@code __import__} returned for a.b.c followed down to c. */
    @TruffleBoundary
    public static Object followSubmodules(KraitContext context, Object top, String name) {
        String[] parts = name.split("\\.");
        Object module = top;
        String prefix = parts[0];
        for (int i = 1; i < parts.length; i++) {
            module = importFrom(context, module, prefix, parts[i]);
            prefix = prefix + "." + parts[i];
        }
        return module;
    }

    /** {@code from module import *}: the names of {@code __all__}, else the public names of its {@code __dict__}. */
    @TruffleBoundary
    public static void importStar(KraitContext context, Object imported, PModule globals, Object namespace) {
        Object all = imported instanceof PModule module ? ObjectAttributes.get(module, "__all__") : PyObjectGetAttr.getOrNull(imported, "__all__");
        Object[] names;
        boolean skipPrivate = all == null;
        if (all != null) {
            names = dev.krait.runtime.protocol.PyIter.toArray(all);
        } else if (imported instanceof PModule module) {
            names = ObjectAttributes.names(module).toArray();
        } else {
            Object dict = PyObjectGetAttr.getOrNull(imported, "__dict__");
            if (dict == null) {
                throw Errors.raise(ErrorType.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            // PyMapping_Keys: a dict's own keys, any other mapping's keys()
            Object keys = dict instanceof dev.krait.runtime.objects.PDict d && dev.krait.runtime.protocol.BuiltinArithmetic.isExact(d) ? dict
                            : dev.krait.runtime.protocol.PyObjectCall.call(PyObjectGetAttr.get(dict, "keys"));
            names = dev.krait.runtime.protocol.PyIter.toArray(keys);
        }
        for (Object name : names) {
            if (!(name instanceof String string)) {
                Object moduleName = PyObjectGetAttr.get(imported, "__name__");
                if (!(moduleName instanceof String m)) {
                    throw Errors.typeError("module __name__ must be a string, not " + dev.krait.runtime.protocol.PyObjectType.typeName(moduleName));
                }
                throw Errors.typeError((skipPrivate ? "Key in " + m + ".__dict__" : "Item in " + m + ".__all__") +
                                " must be str, not " + dev.krait.runtime.protocol.PyObjectType.typeName(name));
            }
            if (skipPrivate && string.startsWith("_")) {
                continue;
            }
            Object value = imported instanceof PModule module && skipPrivate ? ObjectAttributes.get(module, string) : PyObjectGetAttr.get(imported, string);
            if (namespace != null) {
                dev.krait.nodes.local.NamespaceMapping.set(namespace, string, value);
            } else {
                ObjectAttributes.put(globals, string, value);
            }
        }
    }

    /** {@code from module import name}: the attribute, or the submodule {@code module.name}. */
    @TruffleBoundary
    public static Object importFrom(KraitContext context, Object module, String moduleName, String name) {
        Object value = PyObjectGetAttr.getOrNull(module, name);
        if (value != null) {
            return value;
        }
        // CPython's import_from looks for the submodule under the module's own __name__ in sys.modules first
        Object ownName = PyObjectGetAttr.getOrNull(module, "__name__");
        if (ownName instanceof String packageName) {
            Object loaded = context.modules().getItem(packageName + "." + name);
            if (loaded != null) {
                return loaded;
            }
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
        // the message names the module by its __name__, as CPython's does
        String shownName = ownName instanceof String s ? s : "<unknown module name>";
        throw Errors.raise(ErrorType.ImportError, "cannot import name " + dev.krait.runtime.protocol.PyObjectRepr.repr(name) + " from " +
                        dev.krait.runtime.protocol.PyObjectRepr.repr(shownName) + " (" + where + ")");
    }

    /**
     * {@code builtins.__import__(name, globals, locals, fromlist, level)}: imports {@code name} (relative to the
     * package {@code globals} names when level > 0); returns the top-level package without a fromlist, else the
     * module itself, after importing the submodules the fromlist names that are not attributes yet.
     */
    @TruffleBoundary
    public static Object importFunction(KraitContext context, String name, Object globals, Object fromlist, int level) {
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        String absolute = name;
        if (level > 0) {
            absolute = resolveNameFromGlobals(name, globals, level);
        } else if (name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        Object module = importObject(context, absolute);
        Object[] names = fromlist == null || fromlist == dev.krait.runtime.objects.PNone.NONE ? new Object[0]
                        : dev.krait.runtime.protocol.PyIter.toArray(fromlist);
        if (names.length == 0) {
            if (level > 0 && name.isEmpty()) {
                return module;
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return module;
            }
            String front = name.substring(0, dot);
            if (level == 0) {
                return importObject(context, front);
            }
            String wanted = absolute.substring(0, absolute.length() - (name.length() - front.length()));
            Object top = context.modules().getItem(wanted);
            if (top == null) {
                throw Errors.raise(ErrorType.KeyError, dev.krait.runtime.protocol.PyObjectRepr.repr(wanted) + " not in sys.modules as expected");
            }
            return top;
        }
        if (PyObjectGetAttr.getOrNull(module, "__path__") != null) {
            handleFromlist(context, module, names, false);
        }
        return module;
    }

    /** Imports the submodules a fromlist names that the package does not have as attributes yet. */
    private static void handleFromlist(KraitContext context, Object module, Object[] names, boolean fromAll) {
        for (Object item : names) {
            if (!(item instanceof String x)) {
                String where = fromAll ? PyObjectGetAttr.get(module, "__name__") + ".__all__" : "``from list''";
                throw Errors.typeError("Item in " + where + " must be str, not " + dev.krait.runtime.protocol.PyObjectType.typeName(item));
            }
            if (x.equals("*")) {
                Object all = fromAll ? null : PyObjectGetAttr.getOrNull(module, "__all__");
                if (all != null) {
                    handleFromlist(context, module, dev.krait.runtime.protocol.PyIter.toArray(all), true);
                }
                continue;
            }
            if (PyObjectGetAttr.getOrNull(module, x) != null) {
                continue;
            }
            String fromName = PyObjectGetAttr.get(module, "__name__") + "." + x;
            try {
                importObject(context, fromName);
            } catch (PException e) {
                if (dev.krait.runtime.protocol.ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.ModuleNotFoundError))) {
                    Object excName = PyObjectGetAttr.getOrNull(dev.krait.runtime.protocol.ExceptionMatching.materialize(context, e), "name");
                    if (fromName.equals(excName) && context.modules().getItem(fromName) != dev.krait.runtime.objects.PNone.NONE) {
                        continue;
                    }
                }
                throw e;
            }
        }
    }

    /** The absolute name of a relative import made by {@code __import__} with a globals dict. */
    private static String resolveNameFromGlobals(String name, Object globals, int level) {
        if (!(globals instanceof dev.krait.runtime.objects.PDict dict)) {
            if (globals == null || globals == dev.krait.runtime.objects.PNone.NO_VALUE) {
                throw Errors.raise(ErrorType.KeyError, "'__name__' not in globals");
            }
            throw Errors.typeError("globals must be a dict");
        }
        Object packageName = dict.getItem("__package__");
        String base;
        if (packageName != null && packageName != dev.krait.runtime.objects.PNone.NONE) {
            if (!(packageName instanceof String p)) {
                throw Errors.typeError("package must be a string");
            }
            base = p;
        } else {
            Object moduleName = dict.getItem("__name__");
            if (moduleName == null) {
                throw Errors.raise(ErrorType.KeyError, "'__name__' not in globals");
            }
            if (!(moduleName instanceof String m)) {
                throw Errors.typeError("__name__ must be a string");
            }
            base = dict.getItem("__path__") != null ? m : (m.contains(".") ? m.substring(0, m.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) {
            throw Errors.raise(ErrorType.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(ErrorType.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** A sys.path entry as a directory; '' and '.' stand for the working directory, so modules found there get
     * its absolute path as {@code __file__} (as CPython's FileFinder does), not "/cwd/./name.py". */
    private static TruffleFile searchDirectory(KraitContext context, String directory) {
        if (directory.isEmpty() || directory.equals(".")) {
            return context.getEnv().getPublicTruffleFile(".").getAbsoluteFile().normalize();
        }
        return context.getEnv().getPublicTruffleFile(directory);
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
            if (path == null) {
                throw moduleNotFound(name + "'; '" + parent.getModuleName() + "' is not a package", name);
            }
            // a list, or a namespace package's _NamespacePath
            searchPath = path instanceof PList list ? list.toArray() : dev.krait.runtime.protocol.PyIter.toArray(path);
        } else {
            Object sysPath = ObjectAttributes.get(context.getModule("sys"), "path");
            searchPath = sysPath instanceof PList list ? list.toArray() : new Object[0];
        }
        List<Object> namespacePortions = new ArrayList<>();
        boolean searchedStandardLibrary = false;
        for (Object entry : searchPath) {
            if (!(entry instanceof String directory)) {
                continue;
            }
            if (parent == null && directory.equals(standardLibraryPathEntry())) {
                searchedStandardLibrary = true;
                PModule module = loadStandardLibraryModule(context, name);
                if (module != null) {
                    return module;
                }
                continue;
            }
            TruffleFile packageDir;
            TruffleFile found;
            try {
                TruffleFile base = searchDirectory(context, directory);
                packageDir = base.resolve(simpleName);
                TruffleFile init = packageDir.resolve("__init__.py");
                found = init.isRegularFile() ? init : base.resolve(simpleName + ".py");
                if (!found.isRegularFile()) {
                    found = null;
                    if (packageDir.isDirectory()) {
                        namespacePortions.add(packageDir.getAbsoluteFile().getPath());
                    }
                }
            } catch (SecurityException e) {
                continue; // an embedder's context without file access: its entries hold nothing
            }
            if (found != null) {
                return execute(context, name, found, found.getName().equals("__init__.py") ? packageDir : null);
            }
        }
        if (parent == null && !searchedStandardLibrary) {
            // a program that replaced sys.path still finds the standard library (CPython would not)
            PModule module = loadStandardLibraryModule(context, name);
            if (module != null) {
                return module;
            }
        }
        if (!namespacePortions.isEmpty()) {
            return namespacePackage(context, name, namespacePortions);
        }
        throw moduleNotFound(name, name);
    }

    /** A top-level module of the standard library: one written in Java, else a bundled Python one; null if neither. */
    private static PModule loadStandardLibraryModule(KraitContext context, String name) {
        PModule module = context.getLanguage().getBuiltinRegistry().getOrCreateModule(context, name);
        return module != null ? module : loadBundled(context, name);
    }

    /** The modules CPython 3.12 has compiled in ({@code sys.builtin_module_names}): no file on sys.path hides them. */
    private static final java.util.Set<String> BUILTIN_IN_CPYTHON = java.util.Set.of("_abc", "_ast", "_codecs", "_collections",
                    "_functools", "_imp", "_io", "_locale", "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread",
                    "_tokenize", "_tracemalloc", "_typing", "_warnings", "_weakref", "atexit", "builtins", "errno", "faulthandler", "gc",
                    "itertools", "marshal", "posix", "pwd", "sys", "time");

    /** Whether the top-level module {@code name} is found before sys.path is searched: compiled in, frozen or Krait's own. */
    private static boolean foundBeforePath(String name) {
        return BUILTIN_IN_CPYTHON.contains(name) || FROZEN_IN_CPYTHON.contains(name) || name.startsWith("_krait") ||
                        name.startsWith("_frozen_importlib");
    }

    private static String standardLibraryEntry;

    /**
     * The sys.path entry standing for the standard library: the directory of the bundled modules (in the classes
     * directory, or inside the language jar as zipimport names it), placed after the script's directory and
     * PYTHONPATH as CPython places its lib/python3.12.
     */
    @TruffleBoundary
    public static String standardLibraryPathEntry() {
        String entry = standardLibraryEntry;
        if (entry == null) {
            java.net.URL url = KraitLanguage.class.getResource(BUNDLED_ROOT + "os.py");
            String file = url == null ? null : bundledFile(url);
            entry = file == null ? "<krait standard library>" : file.substring(0, file.length() - "/os.py".length());
            standardLibraryEntry = entry;
        }
        return entry;
    }

    /**
     * PEP 420: directories named {@code name} without {@code __init__.py} on the search path, and no module by that
     * name anywhere on it, make a namespace package: no code, no file, its {@code __path__} all those directories.
     */
    private static PModule namespacePackage(KraitContext context, String name, List<Object> portions) {
        PModule module = context.newModule(name);
        module.markNamespacePackage();
        ObjectAttributes.put(module, "__package__", name);
        ObjectAttributes.put(module, "__file__", dev.krait.runtime.objects.PNone.NONE);
        context.putModule(name, module);
        // its __path__ is the _NamespacePath its loader keeps
        initImportAttributes(context, module, "namespace", dev.krait.runtime.objects.PNone.NONE, context.newList(portions.toArray()));
        return module;
    }

    /**
     * Bundled modules that CPython implements in C: their functions' frames stay out of tracebacks, as a C function
     * shows none (an uncaught {@code struct.error} or {@code heapq.heappop([])} error shows the caller's line only).
     */
    private static final java.util.Set<String> IMPLEMENTED_IN_C = java.util.Set.of("itertools", "operator", "bisect",
                    "struct", "_csv", "binascii", "zlib", "time", "datetime", "math", "_generic_types", "decimal");

    /** Classes of bundled modules that CPython writes in C (in a C helper module) though the module is Python. */
    private static final java.util.Map<String, java.util.Set<String>> C_TYPES_OF_PYTHON_MODULES = java.util.Map.of("typing",
                    java.util.Set.of("TypeVar", "ParamSpec", "TypeVarTuple", "ParamSpecArgs", "ParamSpecKwargs", "TypeAliasType", "Generic"),
                    "re", java.util.Set.of("Pattern", "Match"));

    /** The modules CPython 3.12 freezes into its executable, which it shows as {@code <module 'os' (frozen)>}. */
    private static final java.util.Set<String> FROZEN_IN_CPYTHON = java.util.Set.of("abc", "codecs", "io", "_collections_abc",
                    "_sitebuiltins", "genericpath", "ntpath", "posixpath", "os", "site", "stat", "importlib.util", "importlib.machinery",
                    "runpy", "zipimport", "__hello__", "__phello__", "__phello__.ham", "__phello__.ham.eggs", "__phello__.spam",
                    "__hello_only__", "_frozen_importlib", "_frozen_importlib_external");

    /** The prefix of the bundled modules' paths in the language jar. */
    private static final String BUNDLED_ROOT = "/dev/krait/lib/";

    /**
     * A module of Krait's standard library written in Python, shipped in the language jar under
     * {@code dev/krait/lib/}: {@code a/b.py}, or the package {@code a/b/__init__.py}, for {@code a.b}; null when
     * there is none by that name.
     */
    private static PModule loadBundled(KraitContext context, String name) {
        Object[] found = bundledSource(name);
        if (found == null) {
            return null;
        }
        String text = (String) found[0];
        boolean isPackage = (Boolean) found[1];
        java.net.URL url = (java.net.URL) found[2];
        Source source = Source.newBuilder(KraitLanguage.ID, text, "<frozen " + name + ">").build();
        boolean isBootstrap = name.equals(IMPORT_SYSTEM_MODULE);
        PModule module = isBootstrap ? importSystemModule(context) : context.newModule(name);
        if (isBootstrap) {
            context.markImportSystemComplete();
        }
        Object path = dev.krait.runtime.objects.PNone.NONE;
        if (isPackage) {
            ObjectAttributes.put(module, "__package__", name);
            // Submodules are found in the jar, not on this path (see isBundledPackage).
            path = context.newList(new Object[]{bundledPathEntry(name)});
            ObjectAttributes.put(module, "__path__", path);
        } else {
            ObjectAttributes.put(module, "__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        if (FROZEN_IN_CPYTHON.contains(name)) {
            module.markFrozen();
        }
        String file = IMPLEMENTED_IN_C.contains(name) ? null : bundledFile(url);
        if (file != null) {
            ObjectAttributes.put(module, "__file__", file);
        }
        // as CPython's: a builtin module for one CPython writes in C, frozen, else a source file's
        String kind = IMPLEMENTED_IN_C.contains(name) ? "builtin" : module.isFrozen() ? "frozen" : "source";
        Object origin = file != null ? file : dev.krait.runtime.objects.PNone.NONE;
        context.putModule(name, module);
        try {
            if (!isBootstrap) {
                initImportAttributes(context, module, kind, origin, path);
            }
            ObjectAttributes.put(module, "__builtins__", context.getBuiltins().getNamespaceDict(context));
            moduleCode(context, source, IMPLEMENTED_IN_C.contains(name)).call(module);
            if (IMPLEMENTED_IN_C.contains(name)) {
                dev.krait.builtins.PythonFunctionsAsBuiltins.convert(context, module, name);
                dev.krait.builtins.PythonFunctionsAsBuiltins.nameClassesAsCTypes(context, module, name, null);
            } else if (C_TYPES_OF_PYTHON_MODULES.containsKey(name)) {
                dev.krait.builtins.PythonFunctionsAsBuiltins.nameClassesAsCTypes(context, module, name, C_TYPES_OF_PYTHON_MODULES.get(name));
            }
            if (isBootstrap) {
                // the module holding ModuleSpec gets its own once its code ran
                initImportAttributes(context, module, kind, origin, path);
            }
        } catch (PException e) {
            context.modules().removeItem(name);
            throw e;
        }
        return module;
    }

    /**
     * Where a bundled module's source is, as its {@code __file__}: a file of the classes directory, or inside the
     * language jar named as zipimport names archive members ({@code /path/krait-language.jar/dev/krait/lib/json/
     * __init__.py}); null for a location with no path (a native image's resources), like CPython's frozen modules.
     */
    private static String bundledFile(java.net.URL url) {
        try {
            if ("file".equals(url.getProtocol())) {
                return java.nio.file.Path.of(url.toURI()).toString();
            }
            if ("jar".equals(url.getProtocol())) {
                String spec = url.getPath(); // file:/path/x.jar!/dev/krait/lib/a.py
                int bang = spec.indexOf("!/");
                if (spec.startsWith("file:") && bang > 0) {
                    return java.nio.file.Path.of(new java.net.URI(spec.substring(0, bang))).toString() + spec.substring(bang + 1);
                }
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /**
     * The source text of the bundled module {@code name}, whether it is a package and where it is
     * ({@code [text, Boolean, URL]}), or null when Krait bundles no module by that name (ImportError if it cannot be
     * read).
     */
    @TruffleBoundary
    public static Object[] bundledSource(String name) {
        String base = BUNDLED_ROOT + name.replace('.', '/');
        java.net.URL url = KraitLanguage.class.getResource(base + "/__init__.py");
        boolean isPackage = url != null;
        if (!isPackage) {
            url = KraitLanguage.class.getResource(base + ".py");
        }
        if (url == null) {
            return null;
        }
        try (java.io.InputStream stream = url.openStream()) {
            return new Object[]{new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), isPackage, url};
        } catch (IOException e) {
            throw Errors.raise(ErrorType.ImportError, "could not read " + base + ": " + e.getMessage());
        }
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

    /** The bundled module defining ModuleSpec and the loaders (CPython's name for it), loaded when first needed. */
    private static final String IMPORT_SYSTEM_MODULE = "_frozen_importlib";

    /**
     * Gives {@code module} its {@code __loader__} and {@code __spec__} (and {@code __cached__} for a source file):
     * {@code kind} is "source", "builtin", "frozen" or "namespace"; {@code path} the package's search locations (None
     * for a module). A builtin module's are made here; the others' by {@code _frozen_importlib}, which this runs
     * first if it did not run yet (see {@link dev.krait.builtins.ImportSystemStartup}).
     */
    @TruffleBoundary
    public static void initImportAttributes(KraitContext context, PModule module, String kind, Object origin, Object path) {
        if (kind.equals("builtin")) {
            if (module.getGlobal("__package__") == dev.krait.runtime.objects.PNone.NONE) {
                module.setGlobal("__package__", "");
            }
            PModule bootstrap = importSystemModule(context);
            module.setGlobal("__loader__", ObjectAttributes.get(bootstrap, "BuiltinImporter"));
            module.setGlobal("__spec__", dev.krait.builtins.ImportSystemStartup.builtinSpec(context, bootstrap, module.getModuleName()));
            return;
        }
        if (kind.equals("source") && origin instanceof String file) {
            // made here as _init_module_attrs would, so an import does not need _frozen_importlib's code (start-up)
            PModule bootstrap = importSystemModule(context);
            String name = module.getModuleName();
            PythonObject loader = dev.krait.builtins.ImportSystemStartup.sourceFileLoader(context, bootstrap, name, file);
            PythonObject spec = dev.krait.builtins.ImportSystemStartup.sourceSpec(context, bootstrap, name, loader, file, path);
            module.setGlobal("__loader__", loader);
            module.setGlobal("__spec__", spec);
            String cached = cachedPath(context, file);
            if (cached != null) {
                module.setGlobal("__cached__", cached);
            }
            return;
        }
        completeImportSystem(context);
        dev.krait.runtime.protocol.PyObjectCall.call(ObjectAttributes.get(importSystemModule(context), "_init_module_attrs"), module, kind, origin, path);
    }

    /** CPython's {@code cache_from_source}: where it would keep a source file's bytecode, or null. */
    private static String cachedPath(KraitContext context, String file) {
        if (!file.endsWith(".py")) {
            return null;
        }
        Object implementation = ObjectAttributes.get(context.getModule("sys"), "implementation");
        Object tag = implementation == null ? null : PyObjectGetAttr.getOrNull(implementation, "cache_tag");
        if (!(tag instanceof String cacheTag)) {
            return null;
        }
        int slash = file.lastIndexOf('/');
        String head = file.substring(0, slash + 1);
        String tail = file.substring(slash + 1);
        int dot = tail.lastIndexOf('.');
        String stem = dot >= 0 ? tail.substring(0, dot) : tail;
        return head + "__pycache__/" + stem + "." + cacheTag + ".pyc";
    }

    /**
     * Gives {@code __main__} its loader: a SourceFileLoader for the file it runs, or (no file: -c, stdin, the REPL)
     * BuiltinImporter, as CPython does.
     */
    @TruffleBoundary
    public static void initMainLoader(KraitContext context, String file) {
        PModule bootstrap = importSystemModule(context);
        Object loader = file == null ? ObjectAttributes.get(bootstrap, "BuiltinImporter")
                        : dev.krait.builtins.ImportSystemStartup.sourceFileLoader(context, bootstrap, "__main__", file);
        context.getMainModule().setGlobal("__loader__", loader);
    }

    /** {@code _frozen_importlib}'s module object: made, with the classes start-up needs, when first needed. */
    private static PModule importSystemModule(KraitContext context) {
        PModule bootstrap = context.getImportSystemModule();
        if (bootstrap == null) {
            bootstrap = context.newModule(IMPORT_SYSTEM_MODULE);
            dev.krait.builtins.ImportSystemStartup.defineClasses(context, bootstrap);
            context.setImportSystemModule(bootstrap);
        }
        return bootstrap;
    }

    /** Runs {@code _frozen_importlib}'s code unless it ran already; whether it ran now. */
    @TruffleBoundary
    public static boolean completeImportSystem(KraitContext context) {
        if (context.isImportSystemComplete()) {
            return false;
        }
        context.markImportSystemComplete();
        loadBundled(context, IMPORT_SYSTEM_MODULE);
        return true;
    }

    private static PException moduleNotFound(String message, String name) {
        return moduleNotFoundError("No module named '" + message + "'", name);
    }

    private static PException moduleNotFoundError(String message, String name) {
        KraitContext context = KraitContext.get(null);
        dev.krait.runtime.objects.PBaseException exception = context.newException(ErrorType.ModuleNotFoundError,
                        new Object[]{message});
        ObjectAttributes.put(exception, "msg", message);
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
        Object searchLocations = dev.krait.runtime.objects.PNone.NONE;
        if (packageDir != null) {
            ObjectAttributes.put(module, "__package__", name);
            searchLocations = context.newList(new Object[]{packageDir.getAbsoluteFile().getPath()});
            ObjectAttributes.put(module, "__path__", searchLocations);
        } else {
            ObjectAttributes.put(module, "__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        ObjectAttributes.put(module, "__file__", path);
        context.putModule(name, module);
        try {
            // __loader__, __spec__ and __cached__, in CPython's order: before __builtins__
            initImportAttributes(context, module, "source", path, searchLocations);
            ObjectAttributes.put(module, "__builtins__", context.getBuiltins().getNamespaceDict(context));
            RootCallTarget target = moduleCode(context, source, false);
            target.call(module);
        } catch (PException e) {
            context.modules().removeItem(name);
            throw e;
        }
        return module;
    }

    /**
     * An imported module's code, translated once per source text and context: importing it again (after its
     * {@code sys.modules} entry was dropped) runs the same code without parsing it again, as CPython runs its
     * cached bytecode.
     */
    private static RootCallTarget moduleCode(KraitContext context, Source source, boolean hideFunctionFrames) {
        List<Object> key = List.of(source, hideFunctionFrames);
        RootCallTarget cached = context.moduleCodeCache().get(key);
        if (cached != null) {
            context.registerSource(source);
            return cached;
        }
        RootCallTarget target = SourceCompiler.compileModule(context.getLanguage(), context, source, hideFunctionFrames);
        context.moduleCodeCache().put(key, target);
        return target;
    }

    /**
     * Runs the file of module {@code name} as {@code __main__} ({@code python -m name}); with {@code alterArgv}
     * sys.argv[0] becomes its path. Returns false when there is no such module.
     */
    @TruffleBoundary
    public static boolean runModuleAsMain(KraitContext context, String name, boolean alterArgv) {
        PModule main = context.getMainModule();
        Object sysPath = ObjectAttributes.get(context.getModule("sys"), "path");
        for (Object entry : sysPath instanceof PList list ? list.toArray() : new Object[0]) {
            if (!(entry instanceof String directory)) {
                continue;
            }
            TruffleFile base = searchDirectory(context, directory);
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
                // as CPython's runpy: the module's spec (a package's is its __main__ submodule's), its loader, __cached__
                String specName = file.getName().equals("__main__.py") && !name.endsWith("__main__") ? name + ".__main__" : name;
                completeImportSystem(context);
                dev.krait.runtime.protocol.PyObjectCall.call(ObjectAttributes.get(importSystemModule(context), "_init_main_spec"), main, specName, path);
                Object argv = ObjectAttributes.get(context.getModule("sys"), "argv");
                if (alterArgv && argv instanceof PList list && list.size() > 0) {
                    list.set(0, path);
                }
                SourceCompiler.compileModule(context.getLanguage(), context, source).call(main);
                return true;
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
                return true;
            }
        }
        return false;
    }
}
