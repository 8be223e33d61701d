package dev.krait.runtime.threads;

import java.util.concurrent.Semaphore;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/**
 * {@code _thread.RLock} ({@code threading.RLock()}): a lock its owner may take again; it is free once released as
 * often as taken. Owner and count change only under the GIL; the permit is what other threads wait on.
 */
public final class PRLock extends PythonObject {
    private final Semaphore permit = new Semaphore(1);
    private Thread owner;
    private long count;

    public PRLock(PythonClass cls, Shape shape) {
        super(cls, shape);
    }

    @TruffleBoundary
    public boolean acquire(KraitContext context, Node location, boolean blocking, double timeoutSeconds) {
        Thread current = Thread.currentThread();
        if (owner == current) {
            count++;
            return true;
        }
        if (!permit.tryAcquire() && !(blocking && PLock.waitFor(context, location, permit, timeoutSeconds))) {
            return false;
        }
        owner = current;
        count = 1;
        return true;
    }

    /** Releases one level; false if the current thread does not own the lock (the caller raises). */
    @TruffleBoundary
    public boolean release() {
        if (owner != Thread.currentThread()) {
            return false;
        }
        if (--count == 0) {
            owner = null;
            permit.release();
        }
        return true;
    }

    public boolean isOwnedByCurrentThread() {
        return owner == Thread.currentThread();
    }

    public boolean isLocked() {
        return owner != null;
    }

    public Thread owner() {
        return owner;
    }

    public long count() {
        return count;
    }

    /** {@code _release_save} (Condition.wait): gives the lock up entirely; returns the count to restore. */
    @TruffleBoundary
    public long releaseSave() {
        long saved = count;
        count = 0;
        owner = null;
        permit.release();
        return saved;
    }

    /** {@code _acquire_restore}: takes the lock back with the saved count. */
    @TruffleBoundary
    public void acquireRestore(KraitContext context, Node location, long saved) {
        if (!permit.tryAcquire()) {
            PLock.waitFor(context, location, permit, -1);
        }
        owner = Thread.currentThread();
        count = saved;
    }
}
