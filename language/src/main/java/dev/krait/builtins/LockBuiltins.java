package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.threads.PLock;

/** The methods of {@code _thread.lock} and {@code _thread.RLock}. */
final class LockBuiltins {
    private LockBuiltins() {
    }

    static void install(KraitContext context) {
        BuiltinRegistry registry = context.getLanguage().getBuiltinRegistry();
        PythonClass lock = context.classes().lockClass;
        registry.addFunctions(context, lock, LockBuiltinsFactory.getFactories(), lock, "_thread");
        lock.defineOwn("__module__", "_thread");
        lock.defineOwn("acquire_lock", lock.getOwn("acquire"));
        lock.defineOwn("release_lock", lock.getOwn("release"));
        lock.defineOwn("locked_lock", lock.getOwn("locked"));
    }

    /** The acquire arguments as CPython checks them: the timeout in seconds (negative: none), or a raise. */
    @TruffleBoundary
    static double timeout(boolean blocking, Object timeoutArgument) {
        double timeout = timeoutArgument == PNone.NO_VALUE ? -1 : PyNumber.asDouble(timeoutArgument);
        if (Double.isNaN(timeout)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(timeout) * 1e9 >= 0x1p63) {
            throw Errors.raise(ErrorType.OverflowError, "timestamp out of range for platform time_t");
        }
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (timeout > ThreadModule.TIMEOUT_MAX) {
            throw Errors.raise(ErrorType.OverflowError, "timeout value is too large");
        }
        return timeout;
    }

    static boolean blocking(Object argument) {
        return argument == PNone.NO_VALUE || PyObjectIsTrue.isTrue(argument);
    }

    @Builtin(name = "acquire", params = {"self", "blocking=", "timeout="})
    @GenerateNodeFactory
    abstract static class AcquireNode extends BuiltinNode.Builtin3 {
        @Specialization
        boolean acquire(Object self, Object blocking, Object timeout) {
            return acquireLock(this, (PLock) self, blocking, timeout);
        }
    }

    @TruffleBoundary
    static boolean acquireLock(Node location, PLock lock, Object blockingArgument, Object timeoutArgument) {
        boolean blocking = blocking(blockingArgument);
        double timeout = timeout(blocking, timeoutArgument);
        return lock.acquire(KraitContext.get(null), location, blocking, timeout);
    }

    @Builtin(name = "__enter__", params = {"self", "blocking=", "timeout="})
    @GenerateNodeFactory
    abstract static class EnterNode extends BuiltinNode.Builtin3 {
        @Specialization
        boolean enter(Object self, Object blocking, Object timeout) {
            return acquireLock(this, (PLock) self, blocking, timeout);
        }
    }

    @Builtin(name = "release", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReleaseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object release(Object self) {
            if (!((PLock) self).release()) {
                throw Errors.raise(ErrorType.RuntimeError, "release unlocked lock");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__exit__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class ExitNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object exit(Object self, Object args) {
            return ReleaseNode.release(self);
        }
    }

    @Builtin(name = "locked", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LockedNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean locked(Object self) {
            return ((PLock) self).isLocked();
        }
    }

    /** {@code _at_fork_reinit()}: makes the lock unlocked (used after fork; Krait never forks). */
    @Builtin(name = "_at_fork_reinit", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AtForkReinitNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object reinit(Object self) {
            ((PLock) self).release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String repr(Object self) {
            String state = ((PLock) self).isLocked() ? "locked" : "unlocked";
            return "<" + state + " _thread.lock object at " + PyObjectRepr.address(self) + ">";
        }
    }
}
