package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;

/** Resuming generators: {@code next}, {@code send}, {@code throw} and {@code close}. */
public final class GeneratorSupport {
    /** What a generator body returns when it ran to its end (the return value is on the generator). */
    public static final Object FINISHED = new Object();

    private GeneratorSupport() {
    }

    /** The next value, or null when the generator is exhausted. */
    @TruffleBoundary
    public static Object next(PGenerator generator) {
        return resume(generator, PNone.NONE, null);
    }

    /** {@code generator.send(value)}: raises StopIteration with the return value when the generator ends. */
    @TruffleBoundary
    public static Object send(PGenerator generator, Object value) {
        if (!generator.isStarted() && value != PNone.NONE && !generator.isFinished()) {
            throw Errors.typeError("can't send non-None value to a just-started " + generator.getKind().label);
        }
        if (generator.isFinished()) {
            if (generator.isCoroutine()) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            throw stopIteration(PNone.NONE);
        }
        Object result = resume(generator, value, null);
        if (result == null) {
            throw stopIteration(generator.getReturnValue());
        }
        return result;
    }

    @TruffleBoundary
    public static Object throwInto(PGenerator generator, PException exception) {
        checkNotRunning(generator);
        if (generator.isFinished() && generator.isCoroutine()) {
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        if (!generator.isStarted() && !generator.isFinished() && generator.getFrame() != null &&
                        generator.getFrame().getArguments()[0] instanceof dev.krait.runtime.objects.PFunction function) {
            // raised in the generator's frame before its first line: the traceback shows it at the def line
            generator.setFinished(true);
            dev.krait.runtime.objects.PCode code = function.getCode();
            exception.noteLine(code.firstLineno());
            exception.leaveFrame(code.filename(), code.name(), generator.getFrame().getArguments(),
                            generator.getResumeTarget().getRootNode(), generator.getFrame());
            throw exception;
        }
        if (!generator.isStarted() || generator.isFinished()) {
            generator.setFinished(true);
            throw exception;
        }
        Object result = resume(generator, PNone.NONE, exception);
        if (result == null) {
            throw stopIteration(generator.getReturnValue());
        }
        return result;
    }

    @TruffleBoundary
    public static void close(PGenerator generator) {
        if (!generator.isStarted() || generator.isFinished()) {
            generator.setFinished(true);
            return;
        }
        KraitContext context = KraitContext.get(null);
        PBaseException exit = context.newException(context.classes().byName("GeneratorExit"), new Object[0]);
        try {
            Object result = resume(generator, PNone.NONE, PException.raise(exit, null));
            if (result != null) {
                throw Errors.runtimeError(generator.getKind().label + " ignored GeneratorExit");
            }
        } catch (PException e) {
            PythonClassCheck check = new PythonClassCheck(context, e);
            if (!check.is("GeneratorExit") && !check.is("StopIteration")) {
                throw e;
            }
        }
    }

    private record PythonClassCheck(KraitContext context, PException e) {
        boolean is(String name) {
            return ExceptionMatching.matches(context, e, context.classes().byName(name));
        }
    }

    /** A generator cannot be resumed from inside itself: ValueError "generator already executing". */
    private static void checkNotRunning(PGenerator generator) {
        if (generator.isRunning()) {
            if (generator.isCoroutine()) {
                throw Errors.valueError("coroutine already executing");
            }
            if (generator.isAsyncGenerator()) {
                throw Errors.valueError("async generator already executing");
            }
            throw Errors.valueError("generator already executing");
        }
    }

    private static Object resume(PGenerator generator, Object sent, PException thrown) {
        checkNotRunning(generator);
        if (generator.isFinished()) {
            if (thrown != null) {
                throw thrown;
            }
            return null;
        }
        generator.setSentValue(sent);
        generator.setThrown(thrown);
        if (thrown != null) {
            generator.setHandledDepthAtThrow(KraitContext.get(null).handledExceptionDepth());
        }
        generator.setRunning(true);
        generator.setYieldedValue(false);
        Object result;
        try {
            result = generator.getResumeTarget().call(generator);
        } catch (PException e) {
            generator.setFinished(true);
            KraitContext context = KraitContext.get(null);
            boolean stopAsync = generator.isAsyncGenerator() &&
                            ExceptionMatching.matches(context, e, context.classes().byName("StopAsyncIteration"));
            if (stopAsync || ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                PException runtimeError = Errors.runtimeError(generator.getKind().label + " raised " +
                                (stopAsync ? "StopAsyncIteration" : "StopIteration"));
                PBaseException cause = ExceptionMatching.materialize(context, e);
                PBaseException wrapped = ExceptionMatching.materialize(context, runtimeError);
                wrapped.setCause(cause);
                wrapped.setContext(cause);
                throw runtimeError;
            }
            throw e;
        } finally {
            generator.setRunning(false);
            generator.setStarted(true);
        }
        if (result == FINISHED) {
            generator.setFinished(true);
            return null;
        }
        return result;
    }

    @TruffleBoundary
    public static PException stopIteration(Object value) {
        KraitContext context = KraitContext.get(null);
        Object[] args = value == null || value == PNone.NONE ? new Object[0] : new Object[]{value};
        PBaseException stop = context.newException(ErrorType.StopIteration, args);
        return PException.raise(stop, null);
    }
}
