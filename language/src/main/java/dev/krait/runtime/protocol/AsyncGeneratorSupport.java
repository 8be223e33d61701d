package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PAsyncGenOperation;
import dev.krait.runtime.objects.PAsyncGenOperation.Mode;
import dev.krait.runtime.objects.PAsyncGenOperation.State;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;

/**
 * Running an async generator through its asend/athrow/aclose awaitables: a value its own {@code yield} produced ends
 * the await (StopIteration carrying it); a value an inner await passed out goes on to the event loop; the
 * generator's end is StopAsyncIteration.
 */
public final class AsyncGeneratorSupport {
    private AsyncGeneratorSupport() {
    }

    @TruffleBoundary
    public static PAsyncGenOperation operation(PGenerator generator, Mode mode, Object argument, PException exception) {
        KraitContext context = KraitContext.get(null);
        if (!generator.isHooksInitialized()) {
            // CPython's async_gen_init_hooks: the finalizer is kept, the firstiter hook called, at the first iteration
            generator.setHooksInitialized(true);
            Object finalizer = context.getAsyncgenFinalizer();
            if (finalizer != null) {
                generator.setAsyncFinalizer(finalizer);
            }
            Object firstiter = context.getAsyncgenFirstIter();
            if (firstiter != null) {
                PyObjectCall.call(firstiter, generator);
            }
        }
        var cls = mode == Mode.ASEND ? context.classes().asyncGeneratorASendClass : context.classes().asyncGeneratorAThrowClass;
        return new PAsyncGenOperation(cls, context.getShape(), generator, mode, argument, exception);
    }

    private static final Object RETURNED = new Object();

    /** One step of the generator: the value it suspended with, or RETURNED. */
    private static Object run(PGenerator generator, Object sent, PException thrown) {
        try {
            if (thrown != null) {
                return GeneratorSupport.throwInto(generator, thrown);
            }
            return GeneratorSupport.send(generator, sent);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (!generator.isFinished() || !ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                throw e;
            }
            return RETURNED;
        }
    }

    private static boolean isStopOrExit(PException e) {
        KraitContext context = KraitContext.get(null);
        return ExceptionMatching.matches(context, e, context.classes().byName("StopAsyncIteration")) ||
                        ExceptionMatching.matches(context, e, context.classes().byName("GeneratorExit"));
    }

    /** After a step: the generator's own yield ends the await, its end is StopAsyncIteration, else pass through. */
    private static Object unwrap(PAsyncGenOperation op, Object result) {
        PGenerator generator = op.getGenerator();
        if (result == RETURNED) {
            generator.setAsyncRunning(false);
            op.setState(State.CLOSED);
            throw PException.raise(KraitContext.get(null).newException(KraitContext.get(null).classes().byName("StopAsyncIteration"),
                            new Object[0]), null);
        }
        if (generator.hasYieldedValue()) {
            generator.setYieldedValue(false);
            generator.setAsyncRunning(false);
            op.setState(State.CLOSED);
            throw GeneratorSupport.stopIteration(result);
        }
        return result;
    }

    private static PException failed(PAsyncGenOperation op, PException e) {
        PGenerator generator = op.getGenerator();
        generator.setAsyncRunning(false);
        op.setState(State.CLOSED);
        if (isStopOrExit(e)) {
            generator.setAsyncClosed(true);
        }
        return e;
    }

    @TruffleBoundary
    public static Object send(PAsyncGenOperation op, Object value) {
        PGenerator generator = op.getGenerator();
        if (op.getMode() == Mode.ASEND) {
            if (op.getState() == State.CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (op.getState() == State.INIT) {
                if (generator.isAsyncRunning()) {
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (value == PNone.NONE) {
                    value = op.getArgument();
                }
                op.setState(State.ITER);
            }
            generator.setAsyncRunning(true);
            Object result;
            try {
                result = run(generator, value, null);
            } catch (PException e) {
                throw failed(op, e);
            }
            return unwrap(op, result);
        }
        boolean close = op.getMode() == Mode.ACLOSE;
        if (op.getState() == State.CLOSED) {
            throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        }
        if (generator.isFinished()) {
            op.setState(State.CLOSED);
            throw GeneratorSupport.stopIteration(PNone.NONE);
        }
        Object result;
        if (op.getState() == State.INIT) {
            if (generator.isAsyncRunning()) {
                op.setState(State.CLOSED);
                throw Errors.runtimeError((close ? "aclose()" : "athrow()") + ": asynchronous generator is already running");
            }
            if (generator.isAsyncClosed()) {
                op.setState(State.CLOSED);
                throw stopAsyncIteration();
            }
            if (value != PNone.NONE) {
                throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
            }
            op.setState(State.ITER);
            generator.setAsyncRunning(true);
            PException thrown = op.getException();
            if (close) {
                generator.setAsyncClosed(true);
                KraitContext context = KraitContext.get(null);
                thrown = PException.raise(context.newException(context.classes().byName("GeneratorExit"), new Object[0]), null);
            }
            try {
                result = run(generator, PNone.NONE, thrown);
            } catch (PException e) {
                throw afterThrowFailed(op, e);
            }
        } else {
            try {
                result = run(generator, value, null);
            } catch (PException e) {
                throw afterThrowFailed(op, e);
            }
        }
        return afterThrowStep(op, result);
    }

    private static Object afterThrowStep(PAsyncGenOperation op, Object result) {
        PGenerator generator = op.getGenerator();
        if (op.getMode() == Mode.ACLOSE && result != RETURNED && generator.hasYieldedValue()) {
            generator.setYieldedValue(false);
            generator.setAsyncRunning(false);
            op.setState(State.CLOSED);
            throw Errors.runtimeError("async generator ignored GeneratorExit");
        }
        if (op.getMode() == Mode.ACLOSE && result == RETURNED) {
            generator.setAsyncRunning(false);
            op.setState(State.CLOSED);
            throw GeneratorSupport.stopIteration(PNone.NONE);
        }
        return unwrap(op, result);
    }

    private static PException afterThrowFailed(PAsyncGenOperation op, PException e) {
        failed(op, e);
        if (op.getMode() == Mode.ACLOSE && isStopOrExit(e)) {
            return GeneratorSupport.stopIteration(PNone.NONE);
        }
        return e;
    }

    @TruffleBoundary
    public static Object throwInto(PAsyncGenOperation op, PException exception) {
        PGenerator generator = op.getGenerator();
        if (op.getState() == State.CLOSED) {
            throw Errors.runtimeError(op.getMode() == Mode.ASEND ? "cannot reuse already awaited __anext__()/asend()"
                            : "cannot reuse already awaited aclose()/athrow()");
        }
        Object result;
        try {
            result = run(generator, PNone.NONE, exception);
        } catch (PException e) {
            if (op.getMode() == Mode.ASEND) {
                throw failed(op, e);
            }
            throw afterThrowFailed(op, e);
        }
        if (op.getMode() == Mode.ASEND) {
            return unwrap(op, result);
        }
        return afterThrowStep(op, result);
    }

    @TruffleBoundary
    public static void close(PAsyncGenOperation op) {
        op.setState(State.CLOSED);
    }

    private static PException stopAsyncIteration() {
        KraitContext context = KraitContext.get(null);
        PBaseException stop = context.newException(context.classes().byName("StopAsyncIteration"), new Object[0]);
        return PException.raise(stop, null);
    }
}
