package dev.krait.runtime.threads;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/**
 * {@code _thread.lock} ({@code threading.Lock()}): a binary semaphore, not owned — any thread may release it. A
 * blocked {@code acquire} gives up the GIL while it waits.
 */
public final class PLock extends PythonObject {
    private final Semaphore permit = new Semaphore(1);

    public PLock(PythonClass cls, Shape shape) {
        super(cls, shape);
    }

    /**
     * Takes the lock; waits at most {@code timeoutSeconds} (negative: without limit) unless {@code blocking} is false.
     * Returns whether it was taken.
     */
    @TruffleBoundary
    public boolean acquire(KraitContext context, Node location, boolean blocking, double timeoutSeconds) {
        if (permit.tryAcquire()) {
            return true;
        }
        return blocking && waitFor(context, location, permit, timeoutSeconds);
    }

    /** Waits for {@code semaphore}'s permit without the GIL; negative timeouts wait without limit. */
    @TruffleBoundary
    static boolean waitFor(KraitContext context, Node location, Semaphore semaphore, double timeoutSeconds) {
        boolean[] taken = new boolean[1];
        long nanos = timeoutSeconds < 0 ? -1 : (long) (timeoutSeconds * 1e9);
        context.gil().releaseWhile(location, s -> {
            if (nanos < 0) {
                s.acquire();
                taken[0] = true;
            } else {
                taken[0] = s.tryAcquire(nanos, TimeUnit.NANOSECONDS);
            }
        }, semaphore);
        return taken[0];
    }

    /** Whether some thread holds the lock. */
    public boolean isLocked() {
        return permit.availablePermits() == 0;
    }

    /** Releases the lock; false if it was not locked (the caller raises). Releases run under the GIL, one at a time. */
    @TruffleBoundary
    public boolean release() {
        if (permit.availablePermits() != 0) {
            return false;
        }
        permit.release();
        return true;
    }
}
