package dev.krait.runtime.threads;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * The global interpreter lock: one thread runs Python at a time, as in CPython.
 *
 * <p>It costs nothing until a program starts its first thread: before that there is nobody to exclude, and the
 * lock is not taken at all. From then on every thread holds it while it runs Python code and gives it up around
 * blocking calls ({@link #releaseWhile}). A thread that has waited the switch interval
 * ({@code sys.setswitchinterval}, 5 ms by default) asks the holder to let go: a Truffle thread-local action, run at
 * the holder's next safepoint (a loop back-edge or a call), hands the lock over. The lock is fair, so the waiter
 * that asked gets it before the holder takes it back.
 */
public final class GlobalInterpreterLock {
    private final TruffleLanguage.Env env;
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean active;
    private volatile Thread holder;
    private volatile long switchIntervalNanos = 5_000_000L;
    /** Set while a hand-over action is pending at the holder, so waiters do not pile up actions. */
    private final AtomicBoolean handOverRequested = new AtomicBoolean();

    public GlobalInterpreterLock(TruffleLanguage.Env env) {
        this.env = env;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * A second thread is about to start: from now on Python runs under the lock. Called by the running thread (the
     * only one running Python), which takes the lock.
     */
    @TruffleBoundary
    public void activate() {
        if (!active) {
            lock.lock();
            holder = Thread.currentThread();
            active = true;
        }
    }

    public double getSwitchInterval() {
        return switchIntervalNanos / 1e9;
    }

    public void setSwitchInterval(double seconds) {
        switchIntervalNanos = Math.max(1L, (long) (seconds * 1e9));
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Takes the lock (again, if this thread holds it already), waiting for the holder to hand it over. */
    @TruffleBoundary
    public void acquire(Node location) {
        if (!active) {
            return;
        }
        if (lock.isHeldByCurrentThread()) {
            lock.lock();
            return;
        }
        boolean[] acquired = new boolean[1];
        while (true) {
            TruffleSafepoint.setBlockedThreadInterruptible(location, l -> acquired[0] = l.tryLock(switchIntervalNanos, TimeUnit.NANOSECONDS), lock);
            if (acquired[0]) {
                holder = Thread.currentThread();
                return;
            }
            requestHandOver();
        }
    }

    /** Gives up every hold this thread has; returns how many, for {@link #reacquire}. */
    @TruffleBoundary
    public int releaseAll() {
        if (!active || !lock.isHeldByCurrentThread()) {
            return 0;
        }
        int holds = lock.getHoldCount();
        holder = null;
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        return holds;
    }

    /** Takes the lock back with the holds {@link #releaseAll} gave up. */
    @TruffleBoundary
    public void reacquire(Node location, int holds) {
        if (holds == 0) {
            return;
        }
        acquire(location);
        for (int i = 1; i < holds; i++) {
            lock.lock();
        }
    }

    /** Gives up one hold (the end of a thread, or of the outermost {@code Context.eval}). */
    @TruffleBoundary
    public void release() {
        if (active && lock.isHeldByCurrentThread()) {
            if (lock.getHoldCount() == 1) {
                holder = null;
            }
            lock.unlock();
        }
    }

    /** Runs a blocking operation without the lock, so that other threads run meanwhile (CPython's {@code Py_BEGIN_ALLOW_THREADS}). */
    @TruffleBoundary
    public <T> void releaseWhile(Node location, TruffleSafepoint.Interruptible<T> operation, T argument) {
        int holds = releaseAll();
        try {
            TruffleSafepoint.setBlockedThreadInterruptible(location, operation, argument);
        } finally {
            reacquire(location, holds);
        }
    }

    /** Lets a thread waiting for the lock run, if there is one (the switch; also {@code time.sleep(0)}). */
    @TruffleBoundary
    public void yieldToWaiting(Node location) {
        if (active && lock.isHeldByCurrentThread() && lock.hasQueuedThreads()) {
            reacquire(location, releaseAll());
        }
    }

    private void requestHandOver() {
        Thread current = holder;
        if (current == null || !handOverRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            env.submitThreadLocal(new Thread[]{current}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    handOverRequested.set(false);
                    yieldToWaiting(access.getLocation());
                }
            });
        } catch (IllegalStateException | IllegalArgumentException gone) {
            // the holder left the context (or the context is closing): nothing to interrupt
            handOverRequested.set(false);
        }
    }
}
