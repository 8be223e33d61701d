package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.GeneratorSupport;
import dev.krait.runtime.protocol.PyObjectCall;

/** Generator objects: {@code __next__}, {@code send}, {@code throw}, {@code close}. */
final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    /**
     * {@code __del__} of generators, coroutines and async generators (CPython's tp_finalize as a slot wrapper): what
     * releasing a suspended one does, run now — a generator is closed, a coroutine never awaited warns, an async
     * generator goes to its finalizer hook.
     */
    static void installFinalizers(KraitContext context) {
        var c = context.classes();
        for (PGenerator.Kind kind : PGenerator.Kind.values()) {
            PythonClass cls = switch (kind) {
                case GENERATOR -> c.generatorClass;
                case COROUTINE -> c.coroutineClass;
                case ASYNC_GENERATOR -> c.asyncGeneratorClass;
            };
            OperatorMethods.define(context, cls, "__del__", OperatorMethods.UNARY, value -> value instanceof PGenerator g && g.getKind() == kind, args -> {
                dev.krait.runtime.memory.Deallocator.finalizeNow(KraitContext.get(null), (PGenerator) args[0]);
                return PNone.NONE;
            });
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NextNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object next(Object self) {
            return GeneratorSupport.send((PGenerator) self, PNone.NONE);
        }
    }

    @Builtin(name = "send", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object send(Object self, Object value) {
            return GeneratorSupport.send((PGenerator) self, value);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val=", "tb=", "/"})
    @GenerateNodeFactory
    abstract static class ThrowNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object throwInto(Object[] args) {
            PGenerator generator = (PGenerator) args[0];
            Object delegate = generator.getAwaiting();
            if (delegate != null && !(delegate instanceof PGenerator) && !generator.isFinished() && !generator.isRunning() &&
                            !isGeneratorExit(args[1])) {
                Object throwMethod = dev.krait.runtime.protocol.PyObjectGetAttr.getOrNull(delegate, "throw");
                if (throwMethod != null) {
                    return throwIntoDelegate(generator, throwMethod, args);
                }
            }
            warnThreeArgumentThrow(args[2]);
            return GeneratorSupport.throwInto(generator, thrownException(args[1], args[2], args[3]));
        }

        /**
         * As CPython does for a generator suspended in {@code yield from} an iterator with a {@code throw} method:
         * the arguments go to that method as given; what it returns is yielded, its StopIteration's value is the
         * yield from's result, another exception is raised at the yield from.
         */
        private static Object throwIntoDelegate(PGenerator generator, Object throwMethod, Object[] args) {
            KraitContext context = KraitContext.get(null);
            java.util.List<Object> given = new java.util.ArrayList<>();
            given.add(args[1]);
            if (args[2] != PNone.NO_VALUE) {
                given.add(args[2]);
                if (args[3] != PNone.NO_VALUE) {
                    given.add(args[3]);
                }
            }
            try {
                return PyObjectCall.call(throwMethod, given.toArray());
            } catch (PException e) {
                generator.setDelegateDone();
                if (dev.krait.runtime.protocol.ExceptionMatching.matches(context, e, context.classes().errorClass(dev.krait.runtime.exceptions.ErrorType.StopIteration))) {
                    Object value = dev.krait.runtime.protocol.PyObjectGetAttr.getOrNull(dev.krait.runtime.protocol.ExceptionMatching.materialize(context, e), "value");
                    return GeneratorSupport.send(generator, value == null ? PNone.NONE : value);
                }
                return GeneratorSupport.throwInto(generator, e);
            }
        }

        private static boolean isGeneratorExit(Object type) {
            PythonClass generatorExit = KraitContext.get(null).classes().byName("GeneratorExit");
            return type instanceof PythonClass cls ? cls.isSubclassOf(generatorExit)
                            : dev.krait.runtime.protocol.PyObjectType.classOf(KraitContext.get(null), type).isSubclassOf(generatorExit);
        }
    }

    /** CPython 3.12 deprecates {@code throw(type, value[, tb])}: a value given is the old signature. */
    static void warnThreeArgumentThrow(Object value) {
        if (value != PNone.NO_VALUE) {
            dev.krait.runtime.protocol.PyErrWarn.warn("DeprecationWarning",
                            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.", 1);
        }
    }

    /**
     * The exception {@code throw(typ, val, tb)} raises: an instance, or a class called with the value; a given
     * traceback is where its traceback starts.
     */
    @TruffleBoundary
    static PException thrownException(Object type, Object value, Object tb) {
        if (tb != PNone.NO_VALUE && tb != PNone.NONE && !(tb instanceof dev.krait.runtime.objects.PTracebackObject)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PException thrown = thrownException(type, value);
        if (tb instanceof dev.krait.runtime.objects.PTracebackObject traceback && thrown.getPythonExceptionOrNull() != null) {
            PBaseException exception = thrown.getPythonExceptionOrNull();
            exception.setTraceback(traceback.entry());
            return PException.raise(exception, null);
        }
        return thrown;
    }

    /** The exception {@code throw(typ, val)} raises: an instance, or a class called with the value. */
    @TruffleBoundary
    static PException thrownException(Object type, Object value) {
            KraitContext context = KraitContext.get(null);
            PBaseException exception;
            if (type instanceof PBaseException e) {
                if (value != PNone.NO_VALUE && value != PNone.NONE) {
                    throw Errors.typeError("instance exception may not have a separate value");
                }
                exception = e;
            } else if (type instanceof PythonClass cls && cls.isSubclassOf(context.classes().baseException)) {
                Object made;
                if (value instanceof PBaseException e && e.getPythonClass().isSubclassOf(cls)) {
                    made = e;
                } else if (value == PNone.NO_VALUE || value == PNone.NONE) {
                    made = PyObjectCall.call(cls);
                } else if (value instanceof dev.krait.runtime.objects.PTuple tuple) {
                    made = PyObjectCall.call(cls, tuple.items());
                } else {
                    made = PyObjectCall.call(cls, value);
                }
                if (!(made instanceof PBaseException e)) {
                    // as in CPython, this error is what the generator receives (the exception is made in its frame)
                    return Errors.typeError("calling " + dev.krait.runtime.protocol.PyObjectRepr.repr(cls) +
                                    " should have returned an instance of BaseException, not " + dev.krait.runtime.protocol.PyObjectType.typeName(made));
                }
                exception = e;
            } else {
                throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " +
                                dev.krait.runtime.protocol.PyObjectType.typeName(type));
            }
            return PException.raise(exception, null);
    }

    @Builtin(name = "close", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object close(Object self) {
            GeneratorSupport.close((PGenerator) self);
            return PNone.NONE;
        }
    }
}
