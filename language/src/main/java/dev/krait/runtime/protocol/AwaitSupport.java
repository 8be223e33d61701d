package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;

/**
 * The {@code await} protocol (CPython's {@code _PyCoro_GetAwaitableIter} and the delegation {@code yield from}
 * does): finding the iterator an awaitable stands for, and passing a sent value or thrown exception into it.
 */
public final class AwaitSupport {
    private AwaitSupport() {
    }

    /** The iterator {@code await value} delegates to. */
    @TruffleBoundary
    public static Object awaitableIterator(Object value) {
        if (value instanceof PGenerator generator && (generator.isCoroutine() || generator.isIterableCoroutine())) {
            return value;
        }
        KraitContext context = KraitContext.get(null);
        PythonClass type = PyObjectType.classOf(context, value);
        Object method = type.lookup("__await__");
        if (method == null || method == PNone.NONE) {
            throw Errors.typeError("object " + type.getName() + " can't be used in 'await' expression");
        }
        Object iterator = PyObjectCall.callDescriptor(method, value, new Object[0], new String[0], new Object[0]);
        if (iterator instanceof PGenerator generator && (generator.isCoroutine() || generator.isIterableCoroutine())) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!PGenerator.isPlainGenerator(iterator) && PyObjectType.classOf(context, iterator).lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + PyObjectType.typeName(iterator) + "'");
        }
        return iterator;
    }

    /**
     * The outcome of one step of delegation: either a value to pass out (suspend), or the awaited result (with the
     * StopIteration that carried it, which a trace function sees as an 'exception' at the await).
     */
    public record Step(boolean finished, Object value, PException stop) {
    }

    /** Sends {@code sent} (or throws {@code thrown}) into {@code iterator}: StopIteration's value means it finished. */
    @TruffleBoundary
    public static Step advance(Object iterator, Object sent, PException thrown) {
        KraitContext context = KraitContext.get(null);
        try {
            Object value;
            if (thrown != null) {
                if (ExceptionMatching.matches(context, thrown, context.classes().byName("GeneratorExit"))) {
                    // close() of the awaiting frame closes the inner iterator first, then raises at the await
                    closeIterator(iterator);
                    throw thrown;
                }
                if (iterator instanceof PGenerator generator) {
                    value = GeneratorSupport.throwInto(generator, thrown);
                } else {
                    Object throwMethod = PyObjectGetAttr.getOrNull(iterator, "throw");
                    if (throwMethod == null) {
                        throw thrown;
                    }
                    value = PyObjectCall.call(throwMethod, ExceptionMatching.materialize(context, thrown));
                }
            } else if (iterator instanceof PGenerator generator) {
                value = GeneratorSupport.send(generator, sent);
            } else if (sent == PNone.NONE) {
                value = PyObjectCall.callSpecial(iterator, "__next__");
            } else {
                value = PyObjectCall.call(PyObjectGetAttr.get(iterator, "send"), sent);
            }
            return new Step(false, value, null);
        } catch (PException e) {
            if (ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                PBaseException stop = ExceptionMatching.materialize(context, e);
                Object result = stop.getArgs().length > 0 ? stop.getArgs()[0] : PNone.NONE;
                return new Step(true, result, e);
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void closeIterator(Object iterator) {
        if (iterator instanceof PGenerator generator) {
            GeneratorSupport.close(generator);
            return;
        }
        Object close;
        try {
            close = PyObjectGetAttr.getOrNull(iterator, "close");
        } catch (PException lookupFailed) {
            // CPython reports a failing lookup of close as unraisable and closes all the same
            dev.krait.runtime.memory.Deallocator.reportUnraisable(KraitContext.get(null), lookupFailed, iterator);
            close = null;
        }
        if (close != null) {
            PyObjectCall.call(close);
        }
    }
}
