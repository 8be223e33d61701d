package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.threads.PRLock;
import dev.krait.runtime.threads.PythonThreads;

/** The methods of {@code _thread.RLock} (its acquire arguments are checked as {@link LockBuiltins} checks a lock's). */
final class RLockBuiltins {
    private RLockBuiltins() {
    }

    static void install(KraitContext context) {
        PythonClass rlock = context.classes().rlockClass;
        context.getLanguage().getBuiltinRegistry().addFunctions(context, rlock, RLockBuiltinsFactory.getFactories(), rlock, "_thread");
        rlock.defineOwn("__module__", "_thread");
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class RLockNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        PRLock create(Object cls, Object args, Object kwargs) {
            return new PRLock((PythonClass) cls, KraitContext.get(this).getShape());
        }
    }

    @Builtin(name = "acquire", params = {"self", "blocking=", "timeout="})
    @GenerateNodeFactory
    abstract static class RLockAcquireNode extends BuiltinNode.Builtin3 {
        @Specialization
        boolean acquire(Object self, Object blocking, Object timeout) {
            return acquireRLock(this, (PRLock) self, blocking, timeout);
        }
    }

    @TruffleBoundary
    static boolean acquireRLock(Node location, PRLock lock, Object blockingArgument, Object timeoutArgument) {
        boolean blocking = LockBuiltins.blocking(blockingArgument);
        double timeout = LockBuiltins.timeout(blocking, timeoutArgument);
        return lock.acquire(KraitContext.get(null), location, blocking, timeout);
    }

    @Builtin(name = "__enter__", params = {"self", "blocking=", "timeout="})
    @GenerateNodeFactory
    abstract static class RLockEnterNode extends BuiltinNode.Builtin3 {
        @Specialization
        boolean enter(Object self, Object blocking, Object timeout) {
            return acquireRLock(this, (PRLock) self, blocking, timeout);
        }
    }

    @Builtin(name = "release", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class RLockReleaseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object release(Object self) {
            if (!((PRLock) self).release()) {
                throw Errors.raise(ErrorType.RuntimeError, "cannot release un-acquired lock");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__exit__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class RLockExitNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object exit(Object self, Object args) {
            return RLockReleaseNode.release(self);
        }
    }

    @Builtin(name = "_is_owned", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsOwnedNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean owned(Object self) {
            return ((PRLock) self).isOwnedByCurrentThread();
        }
    }

    @Builtin(name = "_recursion_count", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class RecursionCountNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long count(Object self) {
            PRLock lock = (PRLock) self;
            return lock.isOwnedByCurrentThread() ? lock.count() : 0;
        }
    }

    /** {@code _release_save()}: for Condition.wait — releases entirely, returns (count, owner) to restore. */
    @Builtin(name = "_release_save", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReleaseSaveNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        PTuple save(Object self) {
            PRLock lock = (PRLock) self;
            if (!lock.isLocked()) {
                throw Errors.raise(ErrorType.RuntimeError, "cannot release un-acquired lock");
            }
            long owner = PythonThreads.ident(lock.owner());
            long count = lock.releaseSave();
            return KraitContext.get(this).newTuple(new Object[]{count, owner});
        }
    }

    @Builtin(name = "_acquire_restore", params = {"self", "state", "/"})
    @GenerateNodeFactory
    abstract static class AcquireRestoreNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        Object restore(Object self, Object state) {
            long count = PyNumber.asSize(((PTuple) state).get(0));
            ((PRLock) self).acquireRestore(KraitContext.get(this), this, count);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class RLockReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String repr(Object self) {
            PRLock lock = (PRLock) self;
            String state = lock.isLocked() ? "locked" : "unlocked";
            long owner = lock.isLocked() ? PythonThreads.ident(lock.owner()) : 0;
            return "<" + state + " " + PyObjectRepr.qualifiedName(lock.getPythonClass()) + " object owner=" + owner + " count=" + lock.count() +
                            " at " + PyObjectRepr.address(self) + ">";
        }
    }
}
