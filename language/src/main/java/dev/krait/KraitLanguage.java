package dev.krait;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.source.Source;

import org.graalvm.options.OptionDescriptors;

import dev.krait.builtins.BuiltinRegistry;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.interop.GlobalScope;
import dev.krait.runtime.interop.KraitLanguageView;
import dev.krait.runtime.threads.PythonThreadState;
import dev.krait.translator.SourceCompiler;

@TruffleLanguage.Registration(id = KraitLanguage.ID, name = "Krait", implementationName = "Krait",
                version = KraitLanguage.VERSION, defaultMimeType = KraitLanguage.MIME_TYPE,
                characterMimeTypes = KraitLanguage.MIME_TYPE, interactive = true,
                contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, website = "https://krait.dev",
                dependentLanguages = "regex", fileTypeDetectors = dev.krait.translator.PythonFileDetector.class)
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class,
                StandardTags.CallTag.class, StandardTags.ExpressionTag.class})
public final class KraitLanguage extends TruffleLanguage<KraitContext> {
    public static final String ID = "krait";
    public static final String VERSION = "0.1.0";
    public static final String PYTHON_VERSION = "3.12.1";
    public static final String MIME_TYPE = "text/x-python";

    private final Shape rootShape = Shape.newBuilder().build();
    private final BuiltinRegistry builtinRegistry = new BuiltinRegistry(this);
    /** Each thread's {@code PyThreadState}, made when the thread first enters the context. */
    private final ContextThreadLocal<PythonThreadState> threadState = locals.createContextThreadLocal((context, thread) -> new PythonThreadState(context));

    private static final LanguageReference<KraitLanguage> REFERENCE = LanguageReference.create(KraitLanguage.class);

    /** Whether this language instance's context counts references ({@code --krait.ReferenceCounting}). */
    @CompilationFinal private boolean referenceCounting = true;

    public static KraitLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    public PythonThreadState threadState() {
        return threadState.get();
    }

    public boolean isReferenceCounting() {
        return referenceCounting;
    }

    /** Whether this language instance's context runs code on the bytecode engine ({@code --krait.Engine=bytecode}). */
    @CompilationFinal private boolean bytecodeEngine;

    public boolean isBytecodeEngine() {
        return bytecodeEngine;
    }

    @Override
    protected KraitContext createContext(Env env) {
        referenceCounting = env.getOptions().get(KraitOptions.ReferenceCounting);
        bytecodeEngine = env.getOptions().get(KraitOptions.Engine).equals("bytecode");
        if (!referenceCounting) {
            dev.krait.runtime.memory.RefCounts.noteContextWithoutCounting();
        }
        return new KraitContext(this, env);
    }

    @Override
    protected void initializeContext(KraitContext context) {
        context.initialize();
    }

    /**
     * The interpreter is ending (the program finished or exited, or the embedder closed the context): as CPython
     * does at exit, the globals of {@code __main__} are unbound in order, releasing what they held, and then the cycle
     * collector frees what is left in cycles, running their finalizers. Files still open are flushed and closed.
     */
    @Override
    protected void exitContext(KraitContext context, ExitMode exitMode, int exitCode) {
        if (exitMode == ExitMode.NATURAL) {
            context.runExitHandlers();
        }
        context.finalizeMemory();
        context.closeOpenFiles();
    }

    /** The last step of closing: threads still running (daemon threads) are stopped. */
    @Override
    protected void finalizeContext(KraitContext context) {
        context.threads().stopAll();
        context.releaseSignals();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        return SourceCompiler.compileTopLevel(this, source);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new KraitOptionsOptionDescriptors();
    }

    /** The REPL's results are displayed by Krait itself ({@code sys.displayhook}), not by the polyglot shell. */
    @Override
    protected boolean isVisible(KraitContext context, Object value) {
        return false;
    }

    @Override
    protected void initializeThread(KraitContext context, Thread thread) {
        context.noteThread(thread);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        // threads interleave under the GIL (see GlobalInterpreterLock); Java threads may call in too
        return true;
    }

    /** {@code Context.getBindings("krait")}: the globals of {@code __main__}. */
    @Override
    protected Object getScope(KraitContext context) {
        return new GlobalScope(context.getMainModule());
    }

    /** Java primitives and other languages' values, as Python sees them (meta-object and display string). */
    @Override
    protected Object getLanguageView(KraitContext context, Object value) {
        return KraitLanguageView.create(value);
    }

    public Shape getRootShape() {
        return rootShape;
    }

    public BuiltinRegistry getBuiltinRegistry() {
        return builtinRegistry;
    }
}
