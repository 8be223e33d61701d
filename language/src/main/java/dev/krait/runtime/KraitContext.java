package dev.krait.runtime;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.krait.KraitLanguage;
import dev.krait.KraitOptions;
import dev.krait.runtime.memory.CycleCollector;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReleaseQueue;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/** The state of one Krait interpreter: its builtin types and modules, streams and per-thread counters. */
public final class KraitContext {
    private static final ContextReference<KraitContext> REFERENCE = ContextReference.create(KraitLanguage.class);

    private final KraitLanguage language;
    private final TruffleLanguage.Env env;
    private final Shape shape;
    private final BuiltinClasses classes;
    /** {@code sys.modules}: the registry of imported modules, which programs may read and change. */
    private final dev.krait.runtime.objects.PDict modules;
    private final PrintStream out;
    private final Map<String, com.oracle.truffle.api.source.Source> sources = new HashMap<>();
    /** Types the runtime makes on first use and keeps for the context's life (see {@link #runtimeType}). */
    private final Map<String, dev.krait.runtime.objects.PythonClass> runtimeTypes = new HashMap<>();
    private StandardInput stdin;
    private final PrintStream err;
    private PModule builtinsModule;
    private PModule mainModule;
    private PTuple emptyTuple;
    private PBytes emptyBytes;
    private int recursionLimit = 1000;
    /** {@code sys.get_int_max_str_digits()}: the most decimal digits int/str conversions handle (0: no limit). */
    private int intMaxStrDigits = dev.krait.runtime.numbers.IntOps.DEFAULT_MAX_STR_DIGITS;

    /** sys.flags as the command line and the environment set them, read once (before builtins and sys are made). */
    private dev.krait.builtins.InterpreterFlags interpreterFlags;

    public dev.krait.builtins.InterpreterFlags interpreterFlags() {
        if (interpreterFlags == null) {
            interpreterFlags = dev.krait.builtins.InterpreterFlags.of(this);
        }
        return interpreterFlags;
    }

    /** -O's count ({@code sys.flags.optimize}): 1 leaves asserts out and makes __debug__ False, 2 also docstrings. */
    public int optimizeLevel() {
        return interpreterFlags().optimize();
    }

    public int getIntMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        intMaxStrDigits = digits;
    }
    private final CycleCollector cycleCollector = new CycleCollector(this);
    private final dev.krait.runtime.memory.WeakReferences weakReferences = new dev.krait.runtime.memory.WeakReferences();

    private final dev.krait.runtime.threads.GlobalInterpreterLock gil;
    private final dev.krait.runtime.threads.PythonThreads threads;

    public KraitContext(KraitLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        // before any str is hashed into this context's dicts
        dev.krait.runtime.storage.Hashing.useStringHashSeed(interpreterFlags().hashSeed());
        this.gil = new dev.krait.runtime.threads.GlobalInterpreterLock(env);
        this.threads = new dev.krait.runtime.threads.PythonThreads(this, env);
        this.shape = language.getRootShape();
        this.classes = new BuiltinClasses(shape);
        this.modules = newDict();
        this.out = new PrintStream(new java.io.BufferedOutputStream(env.out(), 1 << 14), false, java.nio.charset.StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static KraitContext get(Node node) {
        return REFERENCE.get(node);
    }

    public void initialize() {
        firstThread = Thread.currentThread();
        firstThreadState = language.threadState();
        builtinsModule = language.getBuiltinRegistry().createBuiltinsModule(this);
        modules.setItem("builtins", builtinsModule);
        mainModule = newModule("__main__");
        // what CPython's __main__ starts with (__package__, __loader__ and __spec__ None from newModule)
        ObjectAttributes.put(mainModule, "__annotations__", newDict());
        ObjectAttributes.put(mainModule, "__builtins__", builtinsModule);
        modules.setItem("__main__", mainModule);
        language.getBuiltinRegistry().getOrCreateModule(this, "sys");
        dev.krait.runtime.ModuleLoader.initImportAttributes(this, builtinsModule, "builtin", "built-in", dev.krait.runtime.objects.PNone.NONE);
        dev.krait.runtime.ModuleLoader.initMainLoader(this, null);
        startedUp = true;
        if (!interpreterFlags().warnOptions().isEmpty()) {
            // as CPython: the warnings module applies sys.warnoptions (and reports bad ones) at start-up
            dev.krait.runtime.ModuleLoader.importModule(this, "warnings");
        }
        if (env.getOptions().get(KraitOptions.InstallSignalHandlers)) {
            // _signal installs SIGINT's default_int_handler when it is made
            language.getBuiltinRegistry().getOrCreateModule(this, "_signal");
        }
    }

    public KraitLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    public BuiltinClasses classes() {
        return classes;
    }

    public Shape getShape() {
        return shape;
    }

    public PrintStream out() {
        return out;
    }

    private dev.krait.builtins.FileDescriptorTable fileDescriptors;

    /** The file descriptors os.open() hands out (created on first use). */
    public dev.krait.builtins.FileDescriptorTable fileDescriptors() {
        if (fileDescriptors == null) {
            fileDescriptors = new dev.krait.builtins.FileDescriptorTable();
        }
        return fileDescriptors;
    }

    public PrintStream err() {
        return err;
    }

    public PModule getBuiltins() {
        return builtinsModule;
    }

    public PModule getMainModule() {
        return mainModule;
    }

    /** {@code _frozen_importlib}'s module object, made (with the classes start-up needs) before its code runs. */
    private PModule importSystemModule;
    /** Whether {@code _frozen_importlib}'s code ran (or is running). */
    private boolean importSystemComplete;
    /** Whether start-up made its modules (builtins, sys, __main__). */
    private boolean startedUp;

    public PModule getImportSystemModule() {
        return importSystemModule;
    }

    public void setImportSystemModule(PModule module) {
        importSystemModule = module;
    }

    public boolean isImportSystemComplete() {
        return importSystemComplete;
    }

    public void markImportSystemComplete() {
        importSystemComplete = true;
    }

    public boolean isStartedUp() {
        return startedUp;
    }

    @TruffleBoundary
    public PModule getModule(String name) {
        return modules.getItem(name) instanceof PModule module ? module : null;
    }

    @TruffleBoundary
    public void putModule(String name, PModule module) {
        modules.setItem(name, module);
    }

    @TruffleBoundary
    public dev.krait.runtime.objects.PDict modules() {
        return modules;
    }

    /** Remembers a source so tracebacks can show its lines. */
    @TruffleBoundary
    public void registerSource(com.oracle.truffle.api.source.Source source) {
        String name = source.getPath() != null ? source.getPath() : source.getName();
        sources.put(name, source);
    }

    @TruffleBoundary
    public com.oracle.truffle.api.source.Source sourceFor(String filename) {
        return sources.get(filename);
    }

    /** The standard input, as bytes under {@code sys.stdin.buffer} and as text under {@code sys.stdin}. */
    @TruffleBoundary
    public StandardInput standardInput() {
        if (stdin == null) {
            stdin = new StandardInput(this, env.in());
        }
        return stdin;
    }

    /** A line of standard input without its end (null at end of input); other threads run while this one waits. */
    @TruffleBoundary
    public String readStdinLine() throws java.io.IOException {
        String line = standardInput().readTextLine(-1);
        if (line.isEmpty()) {
            return null;
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    @TruffleBoundary
    public void flushOutput() {
        out.flush();
        err.flush();
    }

    /**
     * The type {@code key} names, made by {@code make} the first time: for types no module exposes but whose
     * instances must share one class (the struct sequence {@code sys.get_asyncgen_hooks()} returns, say).
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public dev.krait.runtime.objects.PythonClass runtimeType(String key, java.util.function.Supplier<dev.krait.runtime.objects.PythonClass> make) {
        dev.krait.runtime.objects.PythonClass cls = runtimeTypes.get(key);
        if (cls == null) {
            cls = make.get();
            runtimeTypes.put(key, cls);
        }
        return cls;
    }

    public boolean exitOnUncaught() {
        return env.getOptions().get(KraitOptions.ExitOnUncaught);
    }

    // ---- memory: objects waiting for release, the cycle collector ----

    public dev.krait.runtime.threads.GlobalInterpreterLock gil() {
        return gil;
    }

    private final dev.krait.builtins.AtexitModule.Registry exitHandlers = new dev.krait.builtins.AtexitModule.Registry();

    /** The functions {@code atexit.register} registered. */
    public dev.krait.builtins.AtexitModule.Registry exitHandlers() {
        return exitHandlers;
    }

    /**
     * Interpreter exit, before memory is finalized (CPython's {@code Py_FinalizeEx} order): {@code threading} joins
     * the non-daemon threads, the {@code atexit} functions run, and the threads still running are stopped.
     */
    @TruffleBoundary
    public void runExitHandlers() {
        gil.acquire(null);
        try {
            Object threading = modules.getItem("threading");
            if (threading instanceof PModule module) {
                Object shutdown = ObjectAttributes.get(module, "_shutdown");
                if (shutdown != null) {
                    try {
                        dev.krait.runtime.protocol.PyObjectCall.call(shutdown);
                    } catch (dev.krait.runtime.exceptions.PException e) {
                        dev.krait.runtime.memory.Deallocator.reportUnraisable(this, e, "Exception ignored on threading shutdown", dev.krait.runtime.objects.PNone.NONE);
                    }
                }
            }
            exitHandlers.runAll(this);
            flushOutput();
        } finally {
            gil.releaseAll();
        }
        threads.stopAll();
    }

    /** The threads Python code started. */
    private final PySysAudit audit = new PySysAudit();

    /** The audit hooks of this context (PEP 578). */
    public PySysAudit audit() {
        return audit;
    }

    public dev.krait.runtime.threads.PythonThreads threads() {
        return threads;
    }

    /** The state of the thread running now (its call depth, handled exceptions, dropped objects). */
    public dev.krait.runtime.threads.PythonThreadState threadState() {
        if (singleThreaded.isValid()) {
            return firstThreadState;
        }
        return language.threadState();
    }

    /**
     * Valid while only the thread that made the context has entered it: then {@link #threadState} is a field read
     * the compiler folds, and the thread-local lookup costs nothing.
     */
    private final com.oracle.truffle.api.Assumption singleThreaded = com.oracle.truffle.api.Truffle.getRuntime().createAssumption("one thread");
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private dev.krait.runtime.threads.PythonThreadState firstThreadState;
    private Thread firstThread;

    /** The thread that made the context: Python's main thread, the one signal handlers run on. */
    public Thread mainThread() {
        return firstThread;
    }

    private dev.krait.runtime.os.SignalState signals;

    /** The signal handlers of this context (made on first use, by the {@code _signal} module). */
    public dev.krait.runtime.os.SignalState signals() {
        if (signals == null) {
            signals = new dev.krait.runtime.os.SignalState(this);
        }
        return signals;
    }

    private final java.util.Map<Long, dev.krait.runtime.os.ChildProcess> childProcesses = new java.util.concurrent.ConcurrentHashMap<>();

    /** The processes subprocess started and has not let go of, by process id. */
    public java.util.Map<Long, dev.krait.runtime.os.ChildProcess> childProcesses() {
        return childProcesses;
    }

    /** The process's signal dispositions this context changed go back to what they were. */
    public void releaseSignals() {
        if (signals != null) {
            signals.release();
        }
    }

    /** A thread entered the context for the first time (TruffleLanguage.initializeThread). */
    public void noteThread(Thread thread) {
        if (firstThread != null && thread != firstThread) {
            singleThreaded.invalidate();
        }
    }

    /** The dropped objects of the thread running now. */
    public ReleaseQueue releaseQueue() {
        return threadState().releaseQueue();
    }

    public CycleCollector cycleCollector() {
        return cycleCollector;
    }

    public dev.krait.runtime.memory.WeakReferences weakReferences() {
        return weakReferences;
    }

    private boolean memoryFinalized;

    /** Whether the interpreter is finalizing (releasing what is left at exit). */
    public boolean isFinalizing() {
        return memoryFinalized;
    }
    /** Objects whose host handles the garbage collector found unreachable (filled by the cleaner's thread). */
    private final java.util.concurrent.ConcurrentLinkedQueue<PythonObject> hostReleases = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** A host handle died: its reference is dropped at the next safepoint of a thread running this context. */
    public void releaseHostReference(PythonObject object) {
        hostReleases.add(object);
        try {
            env.submitThreadLocal(null, new com.oracle.truffle.api.ThreadLocalAction(false, false) {
                @Override
                protected void perform(Access access) {
                    // at a safepoint inside some statement: the references are dropped, the objects released
                    // when that statement ends
                    dropHostReferences(false);
                }
            });
        } catch (IllegalStateException closed) {
            // the context is gone: nothing left to release
        }
    }

    /**
     * Drops the references of host handles that died; {@code betweenEvaluations} (at the start of each
     * {@code Context.eval}, where no statement borrows anything) also releases what that left uncounted.
     */
    @TruffleBoundary
    public void dropHostReferences(boolean betweenEvaluations) {
        PythonObject object;
        boolean dropped = false;
        while ((object = hostReleases.poll()) != null) {
            object.decRef();
            dropped = true;
        }
        if (dropped && betweenEvaluations && getRecursionDepth() == 0) {
            releaseQueue().drain(0);
        }
    }
    /** The classes Python code made, in creation order: their namespaces are released at exit. */
    private final java.util.List<java.lang.ref.WeakReference<PythonClass>> userClasses = new java.util.ArrayList<>();

    @TruffleBoundary
    public void noteUserClass(PythonClass cls) {
        userClasses.add(new java.lang.ref.WeakReference<>(cls));
    }

    /** Files open() returned and that may still be open: closed (flushed) at exit, as CPython's shutdown does. */
    private final java.util.Set<dev.krait.runtime.objects.PFile> openFiles =
                    java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    @TruffleBoundary
    public void noteOpenFile(dev.krait.runtime.objects.PFile file) {
        openFiles.add(file);
    }

    /** At exit: flushes and closes the files the program left open (their data must reach the disk). */
    @TruffleBoundary
    public void closeOpenFiles() {
        for (dev.krait.runtime.objects.PFile file : new java.util.ArrayList<>(openFiles)) {
            try {
                file.close();
            } catch (java.io.IOException e) {
                // as CPython at shutdown: a file that cannot be flushed loses its data silently
            }
        }
        openFiles.clear();
    }

    /** Interpreter exit: see {@code KraitLanguage.exitContext}. */
    @TruffleBoundary
    public void finalizeMemory() {
        if (memoryFinalized || !RefCounts.isEnabled()) {
            return;
        }
        memoryFinalized = true;
        try {
            dropHostReferences(true);
            ReleaseQueue releaseQueue = releaseQueue();
            releaseQueue.drainAll();
            if (mainModule != null) {
                mainModule.clearGlobals(releaseQueue::drainAll);
            }
            cycleCollector.collectWithCallbacks(2);
            // classes live in cycles of their own (their MRO); CPython's last collection frees those nothing uses
            for (java.lang.ref.WeakReference<PythonClass> ref : userClasses) {
                PythonClass cls = ref.get();
                if (cls != null && cls.refCount() == 0 && !cls.hasMemoryFlag(RefCounts.RELEASED)) {
                    cls.releaseNamespace();
                }
            }
            releaseQueue.drainAll();
        } catch (dev.krait.runtime.exceptions.PException e) {
            // an exception escaping finalization is printed, as CPython's unraisable hook would
            dev.krait.runtime.memory.Deallocator.reportUnraisable(this, e, dev.krait.runtime.objects.PNone.NONE);
        } finally {
            flushOutput();
        }
    }

    /**
     * Releases what statements at the current call depth have dropped (see {@link ReleaseQueue}): called at statement
     * boundaries; in compiled code, two loads and a comparison unless there is work.
     */
    public void releaseDropped() {
        if (hasDroppedObjects()) {
            releaseDroppedNow();
        }
    }

    /** Whether objects dropped at the current call depth wait for release (nodes test this behind a profile). */
    public boolean hasDroppedObjects() {
        if (!language.isReferenceCounting()) {
            return false;
        }
        var state = threadState();
        return state.releaseQueue().hasWorkAt(state.getRecursionDepth());
    }

    public void releaseDroppedNow() {
        var state = threadState();
        state.releaseQueue().drain(state.getRecursionDepth());
    }

    /** sys.set_coroutine_origin_tracking_depth: how many frames a new coroutine records as its cr_origin (0: none). */
    private int coroutineOriginDepth;

    public int getCoroutineOriginDepth() {
        return coroutineOriginDepth;
    }

    public void setCoroutineOriginDepth(int depth) {
        this.coroutineOriginDepth = depth;
    }

    /** sys.set_asyncgen_hooks: called at an async generator's first iteration, and when one is released unfinished. */
    private Object asyncgenFirstIter;
    private Object asyncgenFinalizer;

    public Object getAsyncgenFirstIter() {
        return asyncgenFirstIter;
    }

    public void setAsyncgenFirstIter(Object hook) {
        dev.krait.runtime.memory.RefCounts.incRef(hook);
        Object old = asyncgenFirstIter;
        asyncgenFirstIter = hook;
        dev.krait.runtime.memory.RefCounts.decRef(old);
    }

    public Object getAsyncgenFinalizer() {
        return asyncgenFinalizer;
    }

    public void setAsyncgenFinalizer(Object hook) {
        dev.krait.runtime.memory.RefCounts.incRef(hook);
        Object old = asyncgenFinalizer;
        asyncgenFinalizer = hook;
        dev.krait.runtime.memory.RefCounts.decRef(old);
    }

    /** The warnings already shown, once per location as the "default" warnings filter shows them. */
    private final java.util.Set<String> shownWarnings = new java.util.HashSet<>();

    /** {@link #releaseDroppedNow}, at the end of {@code statement}. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void releaseDroppedAfter(com.oracle.truffle.api.nodes.Node statement) {
        var state = threadState();
        com.oracle.truffle.api.nodes.Node outer = state.getReleasingStatement();
        state.setReleasingStatement(statement);
        try {
            state.releaseQueue().drain(state.getRecursionDepth());
        } finally {
            state.setReleasingStatement(outer);
        }
    }

    public com.oracle.truffle.api.nodes.Node getReleasingStatement() {
        return threadState().getReleasingStatement();
    }

    /** Whether a warning with this text at this location is shown for the first time (and so is shown). */
    public boolean firstShowing(String key) {
        return shownWarnings.add(key);
    }

    // ---- recursion depth (CPython's recursion limit) ----

    public int enterCall() {
        return threadState().enterCall();
    }

    public void exitCall() {
        threadState().exitCall();
    }

    public int getRecursionDepth() {
        return threadState().getRecursionDepth();
    }

    public void setRecursionDepth(int depth) {
        threadState().setRecursionDepth(depth);
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    // ---- the exceptions being handled (sys.exc_info, bare raise) ----

    public void pushHandledException(dev.krait.runtime.exceptions.PException exception) {
        threadState().pushHandledException(exception);
    }

    public void popHandledException() {
        threadState().popHandledException();
    }

    public dev.krait.runtime.exceptions.PException currentHandledException() {
        return threadState().currentHandledException();
    }

    public int handledExceptionDepth() {
        return threadState().handledExceptionDepth();
    }

    // ---- object factory ----

    public dev.krait.runtime.objects.PDict newDict() {
        return new dev.krait.runtime.objects.PDict(classes.dictClass, shape, new dev.krait.runtime.storage.DictStorage());
    }

    public dev.krait.runtime.objects.PSet newSet() {
        return new dev.krait.runtime.objects.PSet(classes.setClass, shape, new dev.krait.runtime.storage.SetStorage());
    }

    public PModule newModule(String name) {
        PModule module = new PModule(classes.moduleClass, shape, name);
        ObjectAttributes.put(module, "__name__", name);
        ObjectAttributes.put(module, "__doc__", dev.krait.runtime.objects.PNone.NONE);
        // their places in the module's __dict__, as in CPython's (the import system fills them)
        ObjectAttributes.put(module, "__package__", dev.krait.runtime.objects.PNone.NONE);
        ObjectAttributes.put(module, "__loader__", dev.krait.runtime.objects.PNone.NONE);
        ObjectAttributes.put(module, "__spec__", dev.krait.runtime.objects.PNone.NONE);
        return module;
    }

    public PList newList(Object[] items) {
        return new PList(classes.listClass, shape, items);
    }

    public PList newList(Object[] items, int size) {
        return new PList(classes.listClass, shape, items, size);
    }

    public PTuple newTuple(Object[] items) {
        if (items.length == 0) {
            return emptyTuple();
        }
        return new PTuple(classes.tupleClass, shape, items);
    }

    /** The empty tuple: one immortal object, as in CPython ({@code () is ()}). */
    public PTuple emptyTuple() {
        if (emptyTuple == null) {
            emptyTuple = dev.krait.runtime.memory.RefCounts.immortal(new PTuple(classes.tupleClass, shape, new Object[0]));
        }
        return emptyTuple;
    }

    /** The empty bytes object: one immortal object, as in CPython ({@code b"" is bytes()}). */
    public PBytes emptyBytes() {
        if (emptyBytes == null) {
            emptyBytes = dev.krait.runtime.memory.RefCounts.immortal(new PBytes(classes.bytesClass, shape, new byte[0]));
        }
        return emptyBytes;
    }

    /** Imported modules' translated code by source (see ModuleLoader.moduleCode). */
    private final java.util.Map<Object, com.oracle.truffle.api.RootCallTarget> moduleCodeCache = new java.util.concurrent.ConcurrentHashMap<>();

    public java.util.Map<Object, com.oracle.truffle.api.RootCallTarget> moduleCodeCache() {
        return moduleCodeCache;
    }

    /** A function bound to {@code self}: a {@code method}, or for a builtin a {@code builtin_function_or_method}. */
    public PBoundMethod newBoundMethod(Object self, Object function) {
        if (function instanceof dev.krait.runtime.objects.PBuiltinFunction builtin) {
            // a slot method bound is a method-wrapper, any other a builtin_function_or_method
            PythonClass cls = builtin.getPythonClass() == classes.wrapperDescriptorClass ? classes.methodWrapperClass : classes.builtinFunctionClass;
            return new PBoundMethod(cls, shape, self, function);
        }
        return new PBoundMethod(classes.methodClass, shape, self, function);
    }

    public PythonObject newObject(PythonClass cls) {
        return new PythonObject(cls, shape);
    }

    public PBaseException newException(PythonClass cls, Object[] args) {
        return new PBaseException(cls, shape, args);
    }

    public PBaseException newException(ErrorType type, Object[] args) {
        return new PBaseException(classes.errorClass(type), shape, args);
    }
}
