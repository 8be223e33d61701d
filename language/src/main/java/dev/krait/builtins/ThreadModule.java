package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.Deallocator;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.threads.PLock;
import dev.krait.runtime.threads.PythonThreads;

/**
 * The {@code _thread} module: starting threads, their identities, and the two lock types ({@link LockBuiltins});
 * {@code threading.py} (bundled) builds Thread, Condition, Event and the rest on it.
 */
public final class ThreadModule {
    /** {@code _thread.TIMEOUT_MAX}: the longest wait, in seconds, a lock accepts. */
    static final double TIMEOUT_MAX = Math.floor(Long.MAX_VALUE / 1e9);

    private ThreadModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_thread");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, ThreadModuleFactory.getFactories(), null, "_thread");
        LockBuiltins.install(context);
        RLockBuiltins.install(context);
        ObjectAttributes.put(module, "LockType", context.classes().lockClass);
        ObjectAttributes.put(module, "lock", context.classes().lockClass);
        ObjectAttributes.put(module, "RLock", context.classes().rlockClass);
        ObjectAttributes.put(module, "error", context.classes().errorClass(ErrorType.RuntimeError));
        ObjectAttributes.put(module, "TIMEOUT_MAX", TIMEOUT_MAX);
        return module;
    }

    /** {@code start_new_thread(function, args, kwargs={})}: runs the call in a new thread; returns its identity. */
    @Builtin(name = "start_new_thread", params = {"function", "args", "kwargs=", "/"})
    @GenerateNodeFactory
    public abstract static class StartNewThreadNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        long start(Object function, Object args, Object kwargs) {
            if (!BuiltinFunctions.CallableNode.callable(function)) {
                throw Errors.typeError("first arg must be callable");
            }
            if (!(args instanceof PTuple)) {
                throw Errors.typeError("2nd arg must be a tuple");
            }
            if (kwargs != PNone.NO_VALUE && !(kwargs instanceof PDict)) {
                throw Errors.typeError("optional 3rd arg must be a dictionary");
            }
            PDict keywords = kwargs instanceof PDict dict ? dict : null;
            return KraitContext.get(this).threads().start(this, () -> runCall(function, (PTuple) args, keywords), null);
        }
    }

    /** What a thread started by {@code start_new_thread} runs: an exception it ends with is reported, not raised. */
    private static void runCall(Object function, PTuple args, PDict keywords) {
        KraitContext context = KraitContext.get(null);
        try {
            PyObjectCall.callWithKeywordDict(function, args.items(), keywords);
        } catch (PException e) {
            if (!ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.SystemExit))) {
                Deallocator.reportUnraisable(context, e, "Exception ignored in thread started by", function);
            }
        }
    }

    /**
     * {@code _start_joinable_thread(function, done)}: Krait's start for {@code threading.Thread}: like
     * {@code start_new_thread(function, ())}, and {@code done} (a locked lock) is released once the thread has ended
     * and released what it held — {@code Thread.join} waits for it.
     */
    @Builtin(name = "_start_joinable_thread", params = {"function", "done", "/"})
    @GenerateNodeFactory
    public abstract static class StartJoinableThreadNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        long start(Object function, Object done) {
            if (!(done instanceof PLock lock)) {
                throw Errors.typeError("done must be a lock");
            }
            return KraitContext.get(this).threads().start(this, () -> runCall(function, KraitContext.get(null).newTuple(new Object[0]), null), lock);
        }
    }

    @Builtin(name = "allocate_lock", params = {})
    @GenerateNodeFactory
    public abstract static class AllocateLockNode extends BuiltinNode.Builtin0 {
        @Specialization
        PLock allocate() {
            KraitContext context = KraitContext.get(this);
            return new PLock(context.classes().lockClass, context.getShape());
        }
    }

    @Builtin(name = "get_ident", params = {})
    @GenerateNodeFactory
    public abstract static class GetIdentNode extends BuiltinNode.Builtin0 {
        @Specialization
        static long ident() {
            return PythonThreads.ident(Thread.currentThread());
        }
    }

    @Builtin(name = "get_native_id", params = {})
    @GenerateNodeFactory
    public abstract static class GetNativeIdNode extends BuiltinNode.Builtin0 {
        @Specialization
        static long nativeId() {
            return PythonThreads.ident(Thread.currentThread());
        }
    }

    /** {@code _count()}: how many threads started here are still running. */
    @Builtin(name = "_count", params = {})
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        long count() {
            return KraitContext.get(this).threads().running();
        }
    }

    @Builtin(name = "daemon_threads_allowed", params = {})
    @GenerateNodeFactory
    public abstract static class DaemonThreadsAllowedNode extends BuiltinNode.Builtin0 {
        @Specialization
        static boolean allowed() {
            return true;
        }
    }

    /** {@code stack_size([size])}: the stack size for new threads (0: the platform's default); returns the old one. */
    @Builtin(name = "stack_size", params = {"size=", "/"})
    @GenerateNodeFactory
    public abstract static class StackSizeNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        long stackSize(Object size) {
            PythonThreads threads = KraitContext.get(this).threads();
            long old = threads.stackSize();
            if (size != PNone.NO_VALUE) {
                long value = PyNumber.asSize(size);
                if (value != 0 && value < 32768) {
                    throw Errors.valueError("size not valid: " + value + " bytes");
                }
                threads.setStackSize(value);
            }
            return old;
        }
    }

    /** {@code exit()}: ends the calling thread (raises SystemExit, which the thread's start swallows). */
    @Builtin(name = "exit", params = {})
    @GenerateNodeFactory
    public abstract static class ExitNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object exit() {
            throw Errors.raiseWithArgs(ErrorType.SystemExit);
        }
    }
}
