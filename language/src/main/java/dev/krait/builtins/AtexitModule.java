package dev.krait.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.Deallocator;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectRichCompare;

/**
 * The {@code atexit} module: functions called, last registered first, when the interpreter exits normally (the
 * program ended, raised, or called {@code sys.exit}), after the non-daemon threads have been joined.
 */
public final class AtexitModule {
    private AtexitModule() {
    }

    /** One registration: the function and the arguments it is called with (all counted while registered). */
    private record Callback(Object function, PTuple args, PDict kwargs) {
        void release() {
            RefCounts.decRef(function);
            RefCounts.decRef(args);
            RefCounts.decRef(kwargs);
        }
    }

    /** The registrations of one context, in registration order. */
    public static final class Registry {
        private final List<Callback> callbacks = new ArrayList<>();

        /** Calls and forgets every registration, newest first; an exception is reported and the rest still run. */
        @TruffleBoundary
        public void runAll(KraitContext context) {
            while (!callbacks.isEmpty()) {
                Callback callback = callbacks.remove(callbacks.size() - 1);
                try {
                    PyObjectCall.callWithKeywordDict(callback.function(), callback.args().items(), callback.kwargs());
                } catch (PException e) {
                    if (!ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.SystemExit))) {
                        Deallocator.reportUnraisable(context, e, "Exception ignored in atexit callback", callback.function());
                    }
                } finally {
                    callback.release();
                }
            }
        }

        void clear() {
            for (Callback callback : callbacks) {
                callback.release();
            }
            callbacks.clear();
        }
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("atexit");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, AtexitModuleFactory.getFactories(), null, "atexit");
        return module;
    }

    @Builtin(name = "register", params = {"func", "/", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class RegisterNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        Object register(Object func, Object args, Object kwargs) {
            if (!BuiltinFunctions.CallableNode.callable(func)) {
                throw Errors.typeError("the first argument must be callable");
            }
            RefCounts.incRef(func);
            RefCounts.incRef(args);
            RefCounts.incRef(kwargs);
            KraitContext.get(this).exitHandlers().callbacks.add(new Callback(func, (PTuple) args, (PDict) kwargs));
            return func;
        }
    }

    /** {@code unregister(func)}: forgets every registration of a function equal to {@code func}. */
    @Builtin(name = "unregister", params = {"func", "/"})
    @GenerateNodeFactory
    public abstract static class UnregisterNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object unregister(Object func) {
            List<Callback> callbacks = KraitContext.get(this).exitHandlers().callbacks;
            for (int i = callbacks.size() - 1; i >= 0; i--) {
                Callback callback = callbacks.get(i);
                if (callback.function() == func || PyObjectRichCompare.equals(callback.function(), func)) {
                    callbacks.remove(i);
                    callback.release();
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "_run_exitfuncs", params = {})
    @GenerateNodeFactory
    public abstract static class RunExitFuncsNode extends BuiltinNode.Builtin0 {
        @Specialization
        Object run() {
            KraitContext context = KraitContext.get(this);
            context.exitHandlers().runAll(context);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_clear", params = {})
    @GenerateNodeFactory
    public abstract static class ClearNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object clear() {
            KraitContext.get(this).exitHandlers().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "_ncallbacks", params = {})
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        long count() {
            return KraitContext.get(this).exitHandlers().callbacks.size();
        }
    }
}
