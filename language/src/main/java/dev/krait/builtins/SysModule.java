package dev.krait.builtins;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.KraitLanguage;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTextStream;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;

/** The {@code sys} module. */
public final class SysModule {
    private SysModule() {
    }

    @TruffleBoundary
    public static PModule create(KraitContext context) {
        PModule sys = context.newModule("sys");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, sys, SysModuleFactory.getFactories(), null, "sys");
        String[] arguments = context.getEnv().getApplicationArguments();
        Object[] argv = arguments.length == 0 ? new Object[]{""} : arguments.clone();
        ObjectAttributes.put(sys, "argv", context.newList(argv));
        ObjectAttributes.put(sys, "__excepthook__", ObjectAttributes.get(sys, "excepthook"));
        ObjectAttributes.put(sys, "__displayhook__", ObjectAttributes.get(sys, "displayhook"));
        ObjectAttributes.put(sys, "unraisablehook", ObjectAttributes.get(sys, "__unraisablehook__"));
        ObjectAttributes.put(sys, "orig_argv", context.newList(argv.clone()));
        InterpreterFlags flags = context.interpreterFlags();
        context.setIntMaxStrDigits(flags.intMaxStrDigits());
        ObjectAttributes.put(sys, "path", context.newList(initialPath(context, argv[0].toString(), flags)));
        PTextStream stdout = new PTextStream(context.classes().textIOClass, context.getShape(), "<stdout>", context.out(), null);
        PTextStream stderr = new PTextStream(context.classes().textIOClass, context.getShape(), "<stderr>", context.err(), null);
        PTextStream stdin = new PTextStream(context.classes().textIOClass, context.getShape(), "<stdin>", null, null);
        for (String[] name : new String[][]{{"stdout", "__stdout__"}, {"stderr", "__stderr__"}, {"stdin", "__stdin__"}}) {
            Object stream = name[0].equals("stdout") ? stdout : name[0].equals("stderr") ? stderr : stdin;
            ObjectAttributes.put(sys, name[0], stream);
            ObjectAttributes.put(sys, name[1], stream);
        }
        String[] version = KraitLanguage.PYTHON_VERSION.split("\\.");
        ObjectAttributes.put(sys, "copyright", SitePrinterBuiltins.COPYRIGHT);
        ObjectAttributes.put(sys, "version", KraitLanguage.PYTHON_VERSION + " (Krait " + KraitLanguage.VERSION + ")");
        ObjectAttributes.put(sys, "version_info", StructSequence.make(context, "sys", "version_info",
                        new String[]{"major", "minor", "micro", "releaselevel", "serial"},
                        new Object[]{Long.parseLong(version[0]), Long.parseLong(version[1]), Long.parseLong(version[2]), "final", 0L}));
        ObjectAttributes.put(sys, "float_info", StructSequence.make(context, "sys", "float_info",
                        new String[]{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
                        new Object[]{Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L}));
        ObjectAttributes.put(sys, "int_info", StructSequence.make(context, "sys", "int_info",
                        new String[]{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                        new Object[]{30L, 4L, 4300L, 640L}));
        ObjectAttributes.put(sys, "hash_info", StructSequence.make(context, "sys", "hash_info",
                        new String[]{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
                        new Object[]{64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L}));
        ObjectAttributes.put(sys, "implementation", implementation(context, ObjectAttributes.get(sys, "version_info")));
        ObjectAttributes.put(sys, "hexversion", 0x030C01F0L);
        ObjectAttributes.put(sys, "platform", System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                        : System.getProperty("os.name").toLowerCase().startsWith("mac") ? "darwin" : "win32");
        ObjectAttributes.put(sys, "maxsize", Long.MAX_VALUE);
        ObjectAttributes.put(sys, "maxunicode", 0x10FFFFL);
        ObjectAttributes.put(sys, "dont_write_bytecode", Boolean.TRUE); // Krait writes no .pyc files
        ObjectAttributes.put(sys, "float_repr_style", "short");
        ObjectAttributes.put(sys, "pycache_prefix", flags.pycachePrefix() == null ? PNone.NONE : flags.pycachePrefix());
        ObjectAttributes.put(sys, "warnoptions", context.newList(flags.warnOptions().toArray()));
        dev.krait.runtime.objects.PDict xOptions = context.newDict();
        flags.xOptions().forEach((name, value) -> xOptions.setItem(name, value == null ? (Object) Boolean.TRUE : value));
        ObjectAttributes.put(sys, "_xoptions", xOptions);
        ObjectAttributes.put(sys, "byteorder", "little");
        String executable = context.getEnv().getOptions().get(dev.krait.KraitOptions.Executable);
        ObjectAttributes.put(sys, "executable", executable.isEmpty() ? "krait" : executable);
        String prefix = installPrefix(executable);
        for (String name : new String[]{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            ObjectAttributes.put(sys, name, prefix);
        }
        ObjectAttributes.put(sys, "platlibdir", "lib");
        ObjectAttributes.put(sys, "abiflags", "");
        ObjectAttributes.put(sys, "builtin_module_names", context.newTuple(context.getLanguage().getBuiltinRegistry().builtinModuleNames().toArray()));
        ObjectAttributes.put(sys, "modules", context.modules());
        ObjectAttributes.put(sys, "flags", flags.toStructSequence(context));
        return sys;
    }

    /**
     * sys.implementation: its name is "krait"; its cache tag CPython 3.12's, so that a module's {@code __cached__}
     * and {@code importlib.util.cache_from_source} name the file CPython would write (Krait writes no bytecode).
     */
    private static Object implementation(KraitContext context, Object versionInfo) {
        return StructSequence.make(context, "sys", "implementation", new String[]{"name", "cache_tag", "version"},
                        new Object[]{"krait", "cpython-312", versionInfo});
    }

    /**
     * sys.prefix: where Krait is installed. That is the directory of the krait command (its links resolved), or,
     * for an embedding without one, the directory that holds the language jar or its classes directory.
     */
    private static String installPrefix(String executable) {
        if (!executable.isEmpty()) {
            java.nio.file.Path command = java.nio.file.Path.of(executable).toAbsolutePath();
            try {
                command = command.toRealPath();
            } catch (java.io.IOException | SecurityException e) {
                // a command that is not there (any more): its own directory
            }
            java.nio.file.Path parent = command.getParent();
            if (parent != null) {
                return parent.toString();
            }
        }
        String library = dev.krait.runtime.ModuleLoader.standardLibraryPathEntry();
        String root = library.endsWith("/dev/krait/lib") ? library.substring(0, library.length() - "/dev/krait/lib".length()) : library;
        java.nio.file.Path parent = java.nio.file.Path.of(root).getParent();
        return parent == null ? root : parent.toString();
    }

    private static Object[] initialPath(KraitContext context, String script, InterpreterFlags flags) {
        List<Object> path = new ArrayList<>();
        if (flags.isSet("safe_path")) {
            // -P, -I or PYTHONSAFEPATH: the script's directory (or the current one) is not searched
        } else if (script.isEmpty() || script.equals("-c") || script.equals("-")) {
            path.add("");
        } else if (script.equals("-m")) {
            path.add(context.getEnv().getCurrentWorkingDirectory().getPath());
        } else {
            File parent = new File(script).getAbsoluteFile().getParentFile();
            path.add(parent == null ? "" : parent.getPath());
        }
        String pythonPath = flags.isSet("ignore_environment") ? null : System.getenv("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String entry : pythonPath.split(File.pathSeparator)) {
                path.add(entry);
            }
        }
        path.add(dev.krait.runtime.ModuleLoader.standardLibraryPathEntry());
        return path.toArray();
    }

    /** The current {@code sys.stdout}. */
    @TruffleBoundary
    public static Object stdout(KraitContext context) {
        PModule sys = context.getModule("sys");
        Object stdout = sys == null ? null : ObjectAttributes.get(sys, "stdout");
        return stdout == null ? PNone.NONE : stdout;
    }

    @Builtin(name = "exit", params = {"status=", "/"})
    @GenerateNodeFactory
    public abstract static class ExitNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object exit(Object status) {
            KraitContext context = KraitContext.get(null);
            // as PyErr_SetObject(SystemExit, status) makes it: None means no arguments, a tuple is the arguments
            Object[] args = status == PNone.NO_VALUE || status == PNone.NONE ? new Object[0]
                            : status instanceof dev.krait.runtime.objects.PTuple tuple && dev.krait.runtime.protocol.BuiltinArithmetic.isExact(tuple) ? tuple.items().clone()
                                            : new Object[]{status};
            throw PException.raise(context.newException(ErrorType.SystemExit, args), null);
        }
    }

    /** PEP 683: what CPython 3.12 reports for an immortal object. */
    private static final long IMMORTAL_REFCOUNT = 4294967295L;

    @Builtin(name = "getrefcount", params = {"object", "/"})
    @GenerateNodeFactory
    public abstract static class GetRefCountNode extends BuiltinNode.Builtin1 {
        /**
         * The stored references plus one, for the argument (as CPython counts it). Values Krait keeps unboxed (int,
         * float, str, bool, None) and shared builtin objects are immortal.
         */
        @Specialization
        long getRefCount(Object object) {
            if (object instanceof dev.krait.runtime.objects.PythonObject counted &&
                            !counted.hasMemoryFlag(dev.krait.runtime.memory.RefCounts.IMMORTAL) &&
                            dev.krait.runtime.memory.RefCounts.isEnabled()) {
                return counted.refCount() + 1;
            }
            return IMMORTAL_REFCOUNT;
        }
    }

    /** {@code sys.getsizeof(object[, default])}: {@code __sizeof__()} plus the collector's header where CPython has one. */
    @Builtin(name = "getsizeof", params = {"object", "default=", "/"})
    @GenerateNodeFactory
    public abstract static class GetSizeOfNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getSizeOf(Object object, Object defaultValue) {
            Object method = dev.krait.runtime.protocol.PyObjectType.classOf(object).lookup("__sizeof__");
            long value;
            try {
                if (method == null) {
                    throw Errors.typeError("Type " + dev.krait.runtime.protocol.PyObjectType.typeName(object) + " doesn't define __sizeof__");
                }
                Object size = dev.krait.runtime.protocol.PyObjectCall.callDescriptor(method, object, new Object[0], new String[0], new Object[0]);
                // PyLong_AsSsize_t: an int, no __index__
                Object number = dev.krait.runtime.objects.PBoxedValue.unwrap(size);
                if (!dev.krait.runtime.protocol.BuiltinArithmetic.isInt(number)) {
                    throw Errors.typeError("an integer is required");
                }
                if (!(dev.krait.runtime.protocol.BuiltinArithmetic.asInt(number) instanceof Long l)) {
                    throw Errors.overflowError("Python int too large to convert to C ssize_t");
                }
                value = l;
            } catch (PException e) {
                // the default stands in for a TypeError only (no __sizeof__, or one returning a non-int)
                KraitContext context = KraitContext.get(null);
                if (defaultValue != PNone.NO_VALUE && dev.krait.runtime.protocol.ExceptionMatching.matches(context, e,
                                context.classes().errorClass(dev.krait.runtime.exceptions.ErrorType.TypeError))) {
                    return defaultValue;
                }
                throw e;
            }
            if (value < 0) {
                throw Errors.valueError("__sizeof__() should return >= 0");
            }
            return dev.krait.runtime.memory.ObjectSizes.getSizeOf(object, value);
        }
    }

    @Builtin(name = "get_int_max_str_digits", params = {})
    @GenerateNodeFactory
    public abstract static class GetIntMaxStrDigitsNode extends BuiltinNode.Builtin0 {
        @Specialization
        long get() {
            return KraitContext.get(this).getIntMaxStrDigits();
        }
    }

    @Builtin(name = "set_int_max_str_digits", params = {"maxdigits"})
    @GenerateNodeFactory
    public abstract static class SetIntMaxStrDigitsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object set(Object maxdigits) {
            long digits = PyNumber.asSize(maxdigits);
            if (digits != 0 && digits < dev.krait.runtime.numbers.IntOps.MIN_MAX_STR_DIGITS) {
                throw Errors.valueError("maxdigits must be 0 or larger than " + dev.krait.runtime.numbers.IntOps.MIN_MAX_STR_DIGITS);
            }
            KraitContext.get(this).setIntMaxStrDigits((int) Math.min(digits, Integer.MAX_VALUE));
            return PNone.NONE;
        }
    }

    /**
     * {@code sys._getframemodulename(depth=0)}: the name of the module whose code runs {@code depth} Python frames
     * above the caller (builtin frames are not counted); None when the stack is not that deep.
     */
    @Builtin(name = "_getframemodulename", params = {"depth="})
    @GenerateNodeFactory
    public abstract static class GetFrameModuleNameNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object get(Object depthArgument) {
            long depth = depthArgument == PNone.NO_VALUE ? 0 : PyNumber.asSize(depthArgument);
            dev.krait.runtime.PySysAudit.audit(KraitContext.get(null), "sys._getframemodulename", depth);
            long[] remaining = {depth};
            Object name = com.oracle.truffle.api.Truffle.getRuntime().iterateFrames(instance -> {
                if (!(instance.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget target) ||
                                !(target.getRootNode() instanceof dev.krait.nodes.root.KraitRootNode) ||
                                target.getRootNode() instanceof dev.krait.nodes.root.BuiltinRootNode) {
                    return null;
                }
                Object[] arguments = instance.getFrame(com.oracle.truffle.api.frame.FrameInstance.FrameAccess.READ_ONLY).getArguments();
                if (arguments.length == 0 || !(arguments[0] instanceof dev.krait.runtime.objects.PFunction ||
                                arguments[0] instanceof dev.krait.runtime.objects.PModule)) {
                    return null;
                }
                if (remaining[0]-- > 0) {
                    return null;
                }
                // the running function's __module__; module code's function has the globals' __name__ (if any)
                if (arguments[0] instanceof dev.krait.runtime.objects.PFunction function) {
                    return dev.krait.runtime.protocol.PyObjectGetAttr.get(function, "__module__");
                }
                PModule module = dev.krait.nodes.local.FrameGlobals.getGlobals(instance.getFrame(com.oracle.truffle.api.frame.FrameInstance.FrameAccess.READ_ONLY));
                Object moduleName = module.getNamespaceDict(KraitContext.get(null)).getItem("__name__");
                return moduleName == null ? PNone.NONE : moduleName;
            });
            return name == null ? PNone.NONE : name;
        }
    }

    @Builtin(name = "set_coroutine_origin_tracking_depth", params = {"depth"})
    @GenerateNodeFactory
    public abstract static class SetCoroutineOriginTrackingDepthNode extends BuiltinNode.Builtin1 {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        Object set(Object depth) {
            int value = PyNumber.asCInt(depth);
            if (value < 0) {
                throw Errors.valueError("depth must be >= 0");
            }
            KraitContext.get(this).setCoroutineOriginDepth(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_coroutine_origin_tracking_depth", params = {})
    @GenerateNodeFactory
    public abstract static class GetCoroutineOriginTrackingDepthNode extends BuiltinNode.Builtin0 {
        @Specialization
        long get() {
            return KraitContext.get(this).getCoroutineOriginDepth();
        }
    }

    @Builtin(name = "set_asyncgen_hooks", params = {"firstiter=", "finalizer="})
    @GenerateNodeFactory
    public abstract static class SetAsyncgenHooksNode extends BuiltinNode.Builtin2 {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        Object set(Object firstiter, Object finalizer) {
            KraitContext context = KraitContext.get(this);
            if (finalizer != PNone.NO_VALUE && finalizer != PNone.NONE && !BuiltinFunctions.CallableNode.callable(finalizer)) {
                throw Errors.typeError("callable finalizer expected, got " + dev.krait.runtime.protocol.PyObjectType.typeName(finalizer));
            }
            if (firstiter != PNone.NO_VALUE && firstiter != PNone.NONE && !BuiltinFunctions.CallableNode.callable(firstiter)) {
                throw Errors.typeError("callable firstiter expected, got " + dev.krait.runtime.protocol.PyObjectType.typeName(firstiter));
            }
            if (finalizer != PNone.NO_VALUE) {
                context.setAsyncgenFinalizer(finalizer == PNone.NONE ? null : finalizer);
            }
            if (firstiter != PNone.NO_VALUE) {
                context.setAsyncgenFirstIter(firstiter == PNone.NONE ? null : firstiter);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_asyncgen_hooks", params = {})
    @GenerateNodeFactory
    public abstract static class GetAsyncgenHooksNode extends BuiltinNode.Builtin0 {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        Object get() {
            KraitContext context = KraitContext.get(this);
            Object firstiter = context.getAsyncgenFirstIter();
            Object finalizer = context.getAsyncgenFinalizer();
            var hooksType = context.runtimeType("asyncgen_hooks", () -> StructSequence.newType(context, "builtins", "asyncgen_hooks", null,
                            new String[]{"firstiter", "finalizer"}, null, 2, null, false));
            return StructSequence.instance(context, hooksType, new Object[]{firstiter == null ? PNone.NONE : firstiter, finalizer == null ? PNone.NONE : finalizer});
        }
    }

    /** {@code sys.is_finalizing()}: whether the interpreter is shutting down (releasing what is left at exit). */
    @Builtin(name = "is_finalizing", params = {})
    @GenerateNodeFactory
    public abstract static class IsFinalizingNode extends BuiltinNode.Builtin0 {
        @Specialization
        boolean isFinalizing() {
            return KraitContext.get(this).isFinalizing();
        }
    }

    /** {@code excepthook(type, value, traceback)}: prints the traceback of an uncaught exception to sys.stderr. */
    @Builtin(name = "excepthook", params = {"exctype", "value", "traceback", "/"})
    @GenerateNodeFactory
    public abstract static class ExceptHookNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        Object hook(Object type, Object value, Object traceback) {
            KraitContext context = KraitContext.get(this);
            if (!(value instanceof dev.krait.runtime.objects.PBaseException exception)) {
                dev.krait.runtime.PyErrDisplay.writeToStderr(context, "TypeError: print_exception(): Exception expected for value, " + PyObjectType.typeName(value) + " found\n");
            } else {
                dev.krait.runtime.PyErrDisplay.display(context, exception);
            }
            return PNone.NONE;
        }
    }

    /** {@code displayhook(object)}: what the REPL and {@code single} mode code do with an expression's value. */
    @Builtin(name = "displayhook", params = {"object", "/"})
    @GenerateNodeFactory
    public abstract static class DisplayHookNode extends BuiltinNode.Builtin1 {
        @Specialization
        Object hook(Object value) {
            dev.krait.nodes.root.DisplayResultNode.show(KraitContext.get(this), value);
            return PNone.NONE;
        }
    }

    /** {@code sys.__unraisablehook__}: the default report of an exception that cannot be raised (see Deallocator). */
    @Builtin(name = "__unraisablehook__", params = {"unraisable", "/"})
    @GenerateNodeFactory
    public abstract static class UnraisableHookNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object hook(Object unraisable) {
            KraitContext context = KraitContext.get(null);
            Object value = dev.krait.runtime.protocol.PyObjectGetAttr.get(unraisable, "exc_value");
            Object message = dev.krait.runtime.protocol.PyObjectGetAttr.get(unraisable, "err_msg");
            Object where = dev.krait.runtime.protocol.PyObjectGetAttr.get(unraisable, "object");
            if (value instanceof dev.krait.runtime.objects.PBaseException exception) {
                dev.krait.runtime.memory.Deallocator.printUnraisable(context, exception,
                                message instanceof String text ? text : "Exception ignored in", where);
            }
            return PNone.NONE;
        }
    }

    /** The program's own {@code sys.unraisablehook}, or null while it is the default one. */
    @TruffleBoundary
    public static Object customUnraisableHook(KraitContext context) {
        PModule sys = context.getModule("sys");
        Object hook = sys == null ? null : ObjectAttributes.get(sys, "unraisablehook");
        if (hook == null || hook == PNone.NONE || hook == ObjectAttributes.get(sys, "__unraisablehook__")) {
            return null;
        }
        return hook;
    }

    /** What sys.unraisablehook is called with: UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object). */
    @TruffleBoundary
    public static Object unraisableHookArgs(KraitContext context, dev.krait.runtime.objects.PBaseException exception, String message,
                    Object where) {
        Object traceback = dev.krait.runtime.protocol.PyObjectGetAttr.get(exception, "__traceback__");
        return StructSequence.make(context, "builtins", "UnraisableHookArgs",
                        new String[]{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"},
                        // the default wording is err_msg None, as CPython passes it
                        new Object[]{exception.getPythonClass(), exception, traceback, message.equals("Exception ignored in") ? PNone.NONE : message,
                                        where == null ? PNone.NONE : where});
    }

    /** {@code getfilesystemencoding()}: Krait names files in UTF-8, as CPython does on Linux and macOS. */
    @Builtin(name = "getfilesystemencoding", params = {})
    @GenerateNodeFactory
    public abstract static class GetFilesystemEncodingNode extends BuiltinNode.Builtin0 {
        @Specialization
        static String get() {
            return "utf-8";
        }
    }

    /** {@code getfilesystemencodeerrors()}: undecodable bytes of file names are lone surrogates (PEP 383). */
    @Builtin(name = "getfilesystemencodeerrors", params = {})
    @GenerateNodeFactory
    public abstract static class GetFilesystemEncodeErrorsNode extends BuiltinNode.Builtin0 {
        @Specialization
        static String get() {
            return "surrogateescape";
        }
    }

    /** {@code getdefaultencoding()}: str.encode's and bytes.decode's default. */
    @Builtin(name = "getdefaultencoding", params = {})
    @GenerateNodeFactory
    public abstract static class GetDefaultEncodingNode extends BuiltinNode.Builtin0 {
        @Specialization
        static String get() {
            return "utf-8";
        }
    }

    @Builtin(name = "getswitchinterval", params = {})
    @GenerateNodeFactory
    public abstract static class GetSwitchIntervalNode extends BuiltinNode.Builtin0 {
        @Specialization
        double get() {
            return KraitContext.get(this).gil().getSwitchInterval();
        }
    }

    /** {@code setswitchinterval(interval)}: how long a thread runs before one waiting for the GIL gets it. */
    @Builtin(name = "setswitchinterval", params = {"interval", "/"})
    @GenerateNodeFactory
    public abstract static class SetSwitchIntervalNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object set(Object interval) {
            double seconds = PyNumber.asDouble(interval);
            if (!(seconds > 0)) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            KraitContext.get(this).gil().setSwitchInterval(seconds);
            return PNone.NONE;
        }
    }

    @Builtin(name = "getrecursionlimit", params = {})
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends BuiltinNode.Builtin0 {
        @Specialization
        long get() {
            return KraitContext.get(this).getRecursionLimit();
        }
    }

    @Builtin(name = "setrecursionlimit", params = {"limit", "/"})
    @GenerateNodeFactory
    public abstract static class SetRecursionLimitNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object set(Object limit) {
            int value = PyNumber.asCInt(limit);
            if (value < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            KraitContext.get(null).setRecursionLimit(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "exc_info", params = {})
    @GenerateNodeFactory
    public abstract static class ExcInfoNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object excInfo() {
            KraitContext context = KraitContext.get(null);
            PException handled = context.currentHandledException();
            if (handled == null) {
                return context.newTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
            }
            PBaseException exception = ExceptionMatching.materialize(context, handled);
            return context.newTuple(new Object[]{exception.getPythonClass(), exception, dev.krait.runtime.FrameObjects.tracebackOf(context, exception)});
        }
    }

    @Builtin(name = "exception", params = {})
    @GenerateNodeFactory
    public abstract static class ExceptionNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object exception() {
            KraitContext context = KraitContext.get(null);
            PException handled = context.currentHandledException();
            return handled == null ? PNone.NONE : ExceptionMatching.materialize(context, handled);
        }
    }

    /** {@code sys.settrace(function)}: this thread's trace function (None: none); see {@link dev.krait.runtime.Tracing}. */
    @Builtin(name = "settrace", params = {"function", "/"})
    @GenerateNodeFactory
    public abstract static class SetTraceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object setTrace(Object function) {
            dev.krait.runtime.Tracing.setTrace(KraitContext.get(null), function);
            return PNone.NONE;
        }
    }

    @Builtin(name = "gettrace", params = {})
    @GenerateNodeFactory
    public abstract static class GetTraceNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object getTrace() {
            Object function = KraitContext.get(null).threadState().getTraceFunction();
            return function == null ? PNone.NONE : function;
        }
    }

    /** {@code sys.setprofile(function)}: this thread's profile function (None: none). */
    @Builtin(name = "setprofile", params = {"function", "/"})
    @GenerateNodeFactory
    public abstract static class SetProfileNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object setProfile(Object function) {
            dev.krait.runtime.Tracing.setProfile(KraitContext.get(null), function);
            return PNone.NONE;
        }
    }

    @Builtin(name = "getprofile", params = {})
    @GenerateNodeFactory
    public abstract static class GetProfileNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object getProfile() {
            Object function = KraitContext.get(null).threadState().getProfileFunction();
            return function == null ? PNone.NONE : function;
        }
    }

    @Builtin(name = "_getframe", params = {"depth=", "/"})
    @GenerateNodeFactory
    public abstract static class GetFrameNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object getFrame(Object depth) {
            long frames = depth == PNone.NO_VALUE ? 0 : PyNumber.asSize(depth);
            KraitContext context = KraitContext.get(null);
            Object frame = dev.krait.runtime.FrameObjects.runningFrame(context, frames);
            dev.krait.runtime.PySysAudit.audit(context, "sys._getframe", frame);
            return frame;
        }
    }

    @Builtin(name = "audit", params = {"event", "/", "*args"})
    @GenerateNodeFactory
    public abstract static class AuditNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object audit(Object event, Object args) {
            if (!(event instanceof String name)) {
                throw Errors.typeError("expected str for argument 'event', not " + dev.krait.runtime.protocol.PyObjectType.typeName(event));
            }
            dev.krait.runtime.PySysAudit.audit(KraitContext.get(null), name, ((dev.krait.runtime.objects.PTuple) args).items());
            return PNone.NONE;
        }
    }

    @Builtin(name = "addaudithook", params = {"hook"})
    @GenerateNodeFactory
    public abstract static class AddAuditHookNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object addAuditHook(Object hook) {
            dev.krait.runtime.PySysAudit.addHook(KraitContext.get(null), hook);
            return PNone.NONE;
        }
    }

    /** {@code sys._current_frames()}: every thread's innermost frame by thread identity. */
    @Builtin(name = "_current_frames", params = {})
    @GenerateNodeFactory
    public abstract static class CurrentFramesNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object currentFrames() {
            KraitContext context = KraitContext.get(null);
            java.util.Map<Long, Object> frames = context.threads().currentFrames(() -> {
                try {
                    return dev.krait.runtime.FrameObjects.runningFrame(context, 0);
                } catch (dev.krait.runtime.exceptions.PException none) {
                    return null; // no Python frame running on that thread
                }
            });
            dev.krait.runtime.objects.PDict result = context.newDict();
            frames.forEach(result::setItem);
            return result;
        }
    }

    @Builtin(name = "intern", params = {"string", "/"})
    @GenerateNodeFactory
    public abstract static class InternNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object intern(Object string) {
            if (string instanceof String) {
                return string;
            }
            if (string instanceof dev.krait.runtime.objects.PBoxedValue boxed && boxed.value() instanceof String) {
                throw Errors.typeError("can't intern " + PyObjectType.typeName(string));
            }
            throw Errors.typeError("intern() argument must be str, not " + (string == dev.krait.runtime.objects.PNone.NONE ? "None" : PyObjectType.typeName(string)));
        }
    }
}
