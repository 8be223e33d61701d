package dev.krait.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import dev.krait.KraitLanguage;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.SyntaxErrors;
import dev.krait.runtime.PyErrDisplay;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * What {@code Context.eval} runs: the source's module code in {@code __main__}. Here an uncaught exception ends the
 * program as in CPython when the {@code krait} command (or the REPL) runs it: {@code SystemExit} exits with its code,
 * anything else prints its traceback and exits with status 1 (at the REPL, the traceback is printed and the session
 * goes on). An embedder gets the exception instead.
 */
public final class TopLevelRootNode extends RootNode {
    @Child private DirectCallNode module;
    private final boolean interactive;
    private final PException syntaxError;
    /** The path of the program file run as {@code __main__} (its {@code __file__}), or null. */
    private final String mainFile;

    /** @param syntaxError set (and module null) when the source did not parse */
    public TopLevelRootNode(KraitLanguage language, RootCallTarget module, boolean interactive, PException syntaxError) {
        this(language, module, interactive, syntaxError, null);
    }

    public TopLevelRootNode(KraitLanguage language, RootCallTarget module, boolean interactive, PException syntaxError, String mainFile) {
        super(language);
        this.module = module == null ? null : DirectCallNode.create(module);
        this.interactive = interactive;
        this.syntaxError = syntaxError;
        this.mainFile = mainFile;
    }

    @TruffleBoundary
    private void setMainFile(KraitContext context) {
        String path = context.getEnv().getPublicTruffleFile(mainFile).getAbsoluteFile().getPath();
        context.getMainModule().setGlobal("__file__", path);
        context.getMainModule().setGlobal("__cached__", dev.krait.runtime.objects.PNone.NONE);
        dev.krait.runtime.ModuleLoader.initMainLoader(context, path);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        var threadState = context.threadState();
        if (threadState.enterEvaluation()) {
            context.gil().acquire(this);
        }
        context.dropHostReferences(true);
        try {
            if (syntaxError != null) {
                throw syntaxError;
            }
            if (mainFile != null) {
                setMainFile(context);
            }
            // what the host gets it holds (counted) until Java lets go of it
            return dev.krait.runtime.interop.HostReference.toHost(context, module.call(context.getMainModule()));
        } catch (PException e) {
            return uncaught(context, e);
        } finally {
            context.flushOutput();
            if (threadState.exitEvaluation()) {
                context.gil().releaseAll();
            }
        }
    }

    @TruffleBoundary
    private Object uncaught(KraitContext context, PException e) {
        PBaseException exception = ExceptionMatching.materialize(context, e);
        if (exception.getPythonClass().isSubclassOf(context.classes().errorClass(ErrorType.SystemExit))) {
            context.flushOutput();
            context.getEnv().getContext().closeExited(this, exitCode(context, exception));
        }
        if (!interactive && !context.exitOnUncaught()) {
            throw e;
        }
        context.flushOutput();
        if (e == syntaxError && exception.getTraceback() == null) {
            context.err().print(SyntaxErrors.format(exception));
            context.err().flush();
        } else {
            try {
                PyErrDisplay.print(context, exception);
            } catch (PException exitFromHook) {
                // sys.excepthook raised SystemExit: the program ends with its status
                context.flushOutput();
                context.getEnv().getContext().closeExited(this, exitCode(context, ExceptionMatching.materialize(context, exitFromHook)));
            }
        }
        if (interactive) {
            return PNone.NONE;
        }
        context.getEnv().getContext().closeExited(this, 1);
        return PNone.NONE;
    }

    private static int exitCode(KraitContext context, PBaseException exit) {
        Object[] args = exit.getArgs();
        Object code = exit.getAssignedMember() != null ? exit.getAssignedMember()
                        : args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : context.newTuple(args);
        if (code == PNone.NONE) {
            return 0;
        }
        if (BuiltinArithmetic.isInt(code) && BuiltinArithmetic.asInt(code) instanceof Long l) {
            return (int) (long) l;
        }
        PyErrDisplay.writeToStderr(context, PyObjectRepr.str(code) + "\n");
        return 1;
    }

    @Override
    public String getName() {
        return "<module>";
    }

    /** A wrapper around the module's own root: stack traces show that one, not this. */
    @Override
    public boolean isInternal() {
        return true;
    }
}
