package dev.krait.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.NodeFactory;

import dev.krait.KraitLanguage;
import dev.krait.nodes.root.BuiltinRootNode;
import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.objects.Signature;
import dev.krait.runtime.protocol.Singletons;

/**
 * Turns the {@link Builtin}-annotated node classes into builtin function objects: the functions of the builtins
 * module, the methods of the builtin types, and the builtin modules ({@code sys}, {@code math}, …) made on first
 * import. The lists come from the Truffle DSL's generated factories, so adding a builtin is adding its class.
 */
public final class BuiltinRegistry {
    private final KraitLanguage language;
    /** Call targets are shared by every context of this language instance. */
    private final Map<NodeFactory<?>, RootCallTarget> callTargets = new HashMap<>();
    private final Map<String, Function<KraitContext, PModule>> moduleFactories = new LinkedHashMap<>();

    public BuiltinRegistry(KraitLanguage language) {
        this.language = language;
        moduleFactories.put("sys", SysModule::create);
        moduleFactories.put("math", MathModule::create);
        moduleFactories.put("_time", TimeModule::create);
        moduleFactories.put("_thread", ThreadModule::create);
        moduleFactories.put("atexit", AtexitModule::create);
        moduleFactories.put("gc", GcModule::create);
        moduleFactories.put("_weakref", WeakrefModule::create);
        moduleFactories.put("runpy", RunpyModule::create);
        moduleFactories.put("_io", FileBuiltins::createIoModule);
        moduleFactories.put("posix", PosixModule::create);
        moduleFactories.put("_signal", SignalModule::create);
        moduleFactories.put("_krait_subprocess", SubprocessModule::create);
        moduleFactories.put("_linecache", LinecacheModule::create);
        moduleFactories.put("_krait_abc", AbcModule::create);
        moduleFactories.put("_krait_re", RegexModule::create);
        moduleFactories.put("_krait_hashlib", HashlibModule::create);
        moduleFactories.put("_krait_codecs", EscapeCodecsModule::create);
        moduleFactories.put("_krait_charsets", CharsetCodecsModule::create);
        moduleFactories.put("_krait_frozen", FrozenModulesModule::create);
        moduleFactories.put("_krait_struct", StructFloatsModule::create);
        moduleFactories.put("_krait_zlib", ZlibModule::create);
        moduleFactories.put("array", ArrayModule::create);
        moduleFactories.put("mmap", MmapModule::create);
        moduleFactories.put("_collections", CollectionsModule::create);
        moduleFactories.put("unicodedata", UnicodedataModule::create);
        moduleFactories.put("_krait_ucd_3_2_0", Ucd320Module::create);
        moduleFactories.put("_krait_ast", AstModule::create);
        moduleFactories.put("_krait_types", TypesSupportModule::create);
        moduleFactories.put("_krait_traceback", TracebackSupportModule::create);
        moduleFactories.put("_krait_structseq", StructSequenceModule::create);
        moduleFactories.put("_krait_socket", SocketModule::create);
        moduleFactories.put("_sitebuiltins", SiteBuiltinsModule::create);
    }

    public PModule createBuiltinsModule(KraitContext context) {
        BuiltinClasses classes = context.classes();
        BuiltinTypeInstaller.install(this, context);
        PModule builtins = context.newModule("builtins");
        addFunctions(context, builtins, BuiltinFunctionsFactory.getFactories(), null, "builtins");
        addFunctions(context, builtins, List.of(FileBuiltinsFactory.OpenNodeFactory.getInstance()), null, "builtins");
        addFunctions(context, builtins, CodeExecutionFunctionsFactory.getFactories(), null, "builtins");
        for (PythonClass cls : classes.all().values()) {
            if (isPublicBuiltinType(cls.getName())) {
                ObjectAttributes.put(builtins, cls.getName(), cls);
            }
        }
        for (String alias : new String[]{"IOError", "EnvironmentError"}) {
            ObjectAttributes.put(builtins, alias, classes.byName(alias));
        }
        ObjectAttributes.put(builtins, "None", PNone.NONE);
        ObjectAttributes.put(builtins, "True", true);
        ObjectAttributes.put(builtins, "False", false);
        ObjectAttributes.put(builtins, "Ellipsis", Singletons.ELLIPSIS);
        ObjectAttributes.put(builtins, "NotImplemented", Singletons.NOT_IMPLEMENTED);
        ObjectAttributes.put(builtins, "__debug__", context.optimizeLevel() == 0);
        SiteBuiltinsModule.install(context, builtins);
        return builtins;
    }

    private static boolean isPublicBuiltinType(String name) {
        if (name.endsWith("iterator")) {
            return false;
        }
        return switch (name) {
            case "NoneType", "NotImplementedType", "ellipsis", "function", "builtin_function_or_method", "method", "Quitter", "_Printer", "_Helper",
                            "method_descriptor", "classmethod_descriptor", "wrapper_descriptor", "method-wrapper",
                            "module", "generator", "coroutine", "async_generator", "async_generator_asend",
                            "async_generator_athrow", "anext_awaitable", "coroutine_wrapper", "iterator", "dict_keys", "dict_values", "dict_items", "mappingproxy", "TextIOWrapper",
                            "traceback", "cell", "code", "BufferedReader", "BufferedWriter", "BufferedRandom", "deque", "_deque_iterator",
                            "_deque_reverse_iterator" -> false;
            default -> true;
        };
    }

    /**
     * Builtin modules part of which is written in Python in the module built on them, which adds those parts back:
     * _io's in-memory streams (BytesIO, StringIO) are io's, _weakref's proxy is weakref's, _collections' defaultdict and
     * OrderedDict are collections', unicodedata's UCD type and ucd_3_2_0 are _krait_ucd's.
     */
    private static final Map<String, String> COMPLETED_IN_PYTHON_BY = Map.of("_io", "io", "_weakref", "weakref", "_collections", "collections",
                    "unicodedata", "_krait_ucd");

    /** The builtin module {@code name}, made on first import; null if there is no such builtin module. */
    @TruffleBoundary
    public PModule getOrCreateModule(KraitContext context, String name) {
        PModule module = context.getModule(name);
        if (module != null) {
            return module;
        }
        Function<KraitContext, PModule> factory = moduleFactories.get(name);
        if (factory == null) {
            return null;
        }
        module = factory.apply(context);
        context.putModule(name, module);
        dev.krait.runtime.ModuleLoader.initImportAttributes(context, module, "builtin", "built-in", dev.krait.runtime.objects.PNone.NONE);
        String completedBy = COMPLETED_IN_PYTHON_BY.get(name);
        if (completedBy != null) {
            dev.krait.runtime.ModuleLoader.importModule(context, completedBy);
        }
        return module;
    }

    public boolean isBuiltinModule(String name) {
        return moduleFactories.containsKey(name) || name.equals("builtins");
    }

    public List<String> builtinModuleNames() {
        List<String> names = new ArrayList<>(moduleFactories.keySet());
        names.add("builtins");
        return names;
    }

    /** Adds a function object for each factory's node to {@code target} (a module, or a type when owner is set). */
    public void addFunctions(KraitContext context, PythonObject target, List<? extends NodeFactory<? extends BuiltinNode>> factories,
                    PythonClass owner, String moduleName) {
        for (NodeFactory<? extends BuiltinNode> factory : factories) {
            Builtin builtin = factory.getNodeClass().getAnnotation(Builtin.class);
            if (builtin == null) {
                continue;
            }
            PBuiltinFunction function = makeFunction(context, factory, builtin, owner);
            if (target instanceof PythonClass cls) {
                Object entry = function;
                if (builtin.classMethod() || builtin.staticMethod()) {
                    PythonClass wrapperClass = builtin.classMethod() ? context.classes().byName("classmethod_descriptor") : context.classes().staticmethodClass;
                    entry = new dev.krait.runtime.objects.PMethodWrapper(wrapperClass, context.getShape(), function, builtin.classMethod());
                }
                cls.defineOwn(builtin.name(), entry);
            } else {
                if (owner == null) {
                    function.setModule(moduleName, target);
                }
                ObjectAttributes.put(target, builtin.name(), function);
            }
        }
    }

    private PBuiltinFunction makeFunction(KraitContext context, NodeFactory<? extends BuiltinNode> factory, Builtin builtin,
                    PythonClass owner) {
        List<String> params = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        Map<String, Object> kwDefaults = null;
        boolean keywordOnly = false;
        for (String param : builtin.params()) {
            boolean optional = param.endsWith("=");
            String name = optional ? param.substring(0, param.length() - 1) : param;
            if (name.equals("*") || (name.startsWith("*") && !name.startsWith("**"))) {
                keywordOnly = true;
            }
            params.add(name);
            if (optional) {
                if (keywordOnly) {
                    if (kwDefaults == null) {
                        kwDefaults = new HashMap<>();
                    }
                    kwDefaults.put(name, PNone.NO_VALUE);
                } else {
                    defaults.add(PNone.NO_VALUE);
                }
            }
        }
        Signature signature = Signature.parse(params.toArray(new String[0]));
        String qualname = owner == null ? builtin.name() : owner.getName() + "." + builtin.name();
        RootCallTarget target = callTargets.computeIfAbsent(factory,
                        f -> new BuiltinRootNode(language, (BuiltinNode) f.createNode(), builtin.name(), qualname, signature).getCallTarget());
        // a static method is a builtin function of its type, as CPython's type_add_method makes it
        PythonClass functionClass = builtin.staticMethod() ? context.classes().builtinFunctionClass : context.classes().builtinFunctionClassFor(builtin.name(), owner);
        PBuiltinFunction function = new PBuiltinFunction(functionClass, context.getShape(), builtin.name(), qualname,
                        signature, target, owner, defaults.toArray(), kwDefaults);
        if (!builtin.doc().isEmpty()) {
            // a docstring given in the annotation; the others come from docs/functions.txt (BuiltinDocs)
            function.setDoc(builtin.doc());
        }
        return function;
    }
}
