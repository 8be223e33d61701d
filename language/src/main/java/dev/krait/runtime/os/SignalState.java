package dev.krait.runtime.os;

import java.util.concurrent.atomic.AtomicIntegerArray;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.FrameObjects;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.threads.GlobalInterpreterLock;

/**
 * One context's Python signal handlers and the signals caught but not yet handled, as CPython's signal module keeps
 * them. A caught signal only marks itself pending here (on the JVM's signal thread) and asks the main thread, through
 * a Truffle thread-local action, to run the handlers at its next safepoint: between two statements of Python code, or
 * inside a blocking call ({@code time.sleep}, a lock wait), which Truffle interrupts and, when the handler returns,
 * resumes for the time left (PEP 475); a handler that raises ends the call with its exception. Compiled code pays
 * nothing beyond the safepoint polls Truffle has anyway.
 */
public final class SignalState {
    /** CPython's {@code SIG_DFL} and {@code SIG_IGN}, as {@code _signal} holds them. */
    public static final long SIG_DFL = 0;
    public static final long SIG_IGN = 1;

    private final KraitContext context;
    /** The handler of each signal: a callable, SIG_DFL or SIG_IGN (counted while stored). */
    private final Object[] handlers = new Object[OsSignals.NSIG];
    private final AtomicIntegerArray pending = new AtomicIntegerArray(OsSignals.NSIG);
    /** Whether the handler is installed in the process (the JVM refuses some signals; the start-up state is not). */
    private final boolean[] installed = new boolean[OsSignals.NSIG];
    /** How often each signal was caught so far (waiters compare it); guarded by this object's monitor. */
    private final long[] caught = new long[OsSignals.NSIG];
    /** Python handlers run so far ({@code signal.pause} waits for one). */
    private volatile long handled;

    public SignalState(KraitContext context) {
        this.context = context;
        for (int signum = 1; signum < OsSignals.NSIG; signum++) {
            handlers[signum] = SIG_DFL;
        }
    }

    public Object handler(int signum) {
        return handlers[signum];
    }

    /**
     * Stores a handler (SIG_DFL, SIG_IGN or a callable) and installs it in the process; returns the previous one,
     * which stays alive to the end of the caller's statement, as any value a call returns.
     */
    @TruffleBoundary
    public Object setHandler(int signum, Object handler) {
        Object previous = handlers[signum];
        RefCounts.incRef(handler);
        handlers[signum] = handler;
        if (handler instanceof Long disposition) {
            installed[signum] = OsSignals.setDisposition(signum, disposition == SIG_IGN, this);
        } else {
            installed[signum] = OsSignals.route(signum, this);
        }
        RefCounts.decRef(previous);
        return previous;
    }

    /** The state a context starts with: a handler recorded, installed in the process already or not. */
    public void presetHandler(int signum, Object handler, boolean isInstalled) {
        RefCounts.incRef(handler);
        handlers[signum] = handler;
        installed[signum] = isInstalled;
    }

    /** Whether the process acts on {@code signum} as the handler says (the JVM let Krait install it). */
    public boolean isInstalled(int signum) {
        return installed[signum];
    }

    /**
     * A signal sent to this process that the JVM would not let Krait catch, but whose Python handler CPython would
     * run: it is handled as if it had been caught.
     */
    public void deliver(int signum) {
        trip(signum);
    }

    public long handledCount() {
        return handled;
    }

    /** A signal arrived (called on the JVM's signal thread): noted, and the main thread asked to handle it. */
    void trip(int signum) {
        pending.set(signum, 1);
        synchronized (this) {
            caught[signum]++;
            notifyAll();
        }
        requestHandling();
    }

    private void requestHandling() {
        Thread main = context.mainThread();
        if (main == null) {
            return;
        }
        try {
            context.getEnv().submitThreadLocal(new Thread[]{main}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    runPendingHoldingLock(access.getLocation());
                }
            });
        } catch (IllegalStateException | IllegalArgumentException gone) {
            // the context is closing, or its main thread left it: nobody is left to run a handler
        }
    }

    public synchronized long caughtCount(int signum) {
        return caught[signum];
    }

    /** Waits (without the GIL) until {@code signum} was caught after {@code before}, or the time runs out. */
    @TruffleBoundary
    public synchronized void awaitCaught(int signum, long before, long timeoutMillis) throws InterruptedException {
        // an interrupt is Truffle's (TruffleSafepoint.setBlockedThreadInterruptible): it runs the pending thread-local
        // actions (the handler this signal asked for, among them) and calls this again; swallowing it left the
        // thread's interrupt flag set, so every later wait returned at once and handlers ran statements late
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long left;
        while (caught[signum] == before && (left = deadline - System.currentTimeMillis()) > 0) {
            wait(left);
        }
    }

    private void runPendingHoldingLock(Node location) {
        GlobalInterpreterLock gil = context.gil();
        boolean take = gil.isActive() && !gil.isHeldByCurrentThread();
        if (take) {
            gil.acquire(location);
        }
        try {
            runPending();
        } finally {
            if (take) {
                gil.release();
            }
        }
    }

    /** Runs the handlers of the signals caught since (on the main thread, holding the GIL). */
    @TruffleBoundary
    public void runPending() {
        for (int signum = 1; signum < OsSignals.NSIG; signum++) {
            if (pending.get(signum) == 0 || pending.getAndSet(signum, 0) == 0) {
                continue;
            }
            Object handler = handlers[signum];
            if (handler instanceof Long) {
                continue;
            }
            Object frame;
            try {
                frame = FrameObjects.runningFrame(context, 0);
            } catch (PException noPythonFrame) {
                frame = PNone.NONE;
            }
            try {
                handled++;
                PyObjectCall.call(handler, (long) signum, frame);
            } catch (RuntimeException e) {
                // the handler raised: the signals still pending are handled at a later safepoint
                for (int rest = signum + 1; rest < OsSignals.NSIG; rest++) {
                    if (pending.get(rest) != 0) {
                        requestHandling();
                        break;
                    }
                }
                throw e;
            }
        }
    }

    /** The context ends: the process's dispositions it changed go back, and the handlers are dropped. */
    @TruffleBoundary
    public void release() {
        OsSignals.releaseAll(this);
        for (int signum = 1; signum < OsSignals.NSIG; signum++) {
            Object handler = handlers[signum];
            handlers[signum] = SIG_DFL;
            RefCounts.decRef(handler);
        }
    }
}
