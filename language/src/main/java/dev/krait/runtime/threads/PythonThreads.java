package dev.krait.runtime.threads;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.Deallocator;
import dev.krait.runtime.objects.PNone;

/**
 * The threads Python code started ({@code _thread.start_new_thread}, {@code threading.Thread.start}): Truffle
 * threads of this context, each running under the GIL. At interpreter exit, after {@code threading} has joined the
 * non-daemon ones, whatever still runs is stopped at its next safepoint ({@link #stopAll}): CPython's daemon
 * threads simply never run again.
 */
public final class PythonThreads {
    private final KraitContext context;
    private final TruffleLanguage.Env env;
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    /** Every thread started and not yet joined: Truffle requires them all finished before the context is disposed. */
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();
    private volatile long stackSize;

    public PythonThreads(KraitContext context, TruffleLanguage.Env env) {
        this.context = context;
        this.env = env;
    }

    /** A thread's identity as {@code threading.get_ident()} gives it. */
    public static long ident(Thread thread) {
        return thread.threadId();
    }

    public long running() {
        return running.size();
    }

    public long stackSize() {
        return stackSize;
    }

    public void setStackSize(long size) {
        stackSize = size;
    }

    /** Starts {@code body} in a new thread; {@code done} (if given) is released when it has ended. Returns its identity. */
    @TruffleBoundary
    public long start(Node location, Runnable body, PLock done) {
        context.gil().activate();
        Thread thread;
        try {
            var builder = env.newTruffleThreadBuilder(() -> run(body, done));
            if (stackSize > 0) {
                builder.stackSize(stackSize);
            }
            thread = builder.build();
        } catch (IllegalStateException | UnsupportedOperationException e) {
            throw dev.krait.runtime.exceptions.Errors.raise(dev.krait.runtime.exceptions.ErrorType.RuntimeError, "can't start new thread");
        }
        thread.setDaemon(true);
        running.add(thread);
        started.add(thread);
        thread.start();
        return ident(thread);
    }

    private void run(Runnable body, PLock done) {
        GlobalInterpreterLock gil = context.gil();
        gil.acquire(null);
        try {
            body.run();
        } catch (ThreadTermination stopped) {
            // the interpreter is exiting
        } finally {
            try {
                context.releaseQueue().drainAll();
            } catch (PException e) {
                Deallocator.reportUnraisable(context, e, PNone.NONE);
            } catch (ThreadTermination stopped) {
                // exiting while releasing
            }
            running.remove(Thread.currentThread());
            if (done != null) {
                done.release();
            }
            gil.releaseAll();
        }
    }

    /**
     * Interpreter exit: every thread still running stops at its next safepoint (or blocking wait), and is joined.
     * The caller does not hold the GIL.
     */
    @TruffleBoundary
    public void stopAll() {
        Thread[] threads = running.toArray(new Thread[0]);
        if (threads.length > 0) {
            try {
                env.submitThreadLocal(threads, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        throw new ThreadTermination();
                    }
                });
            } catch (IllegalStateException | IllegalArgumentException gone) {
                // threads that already left
            }
        }
        for (Thread thread : started.toArray(new Thread[0])) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!thread.isAlive()) {
                started.remove(thread);
            }
        }
    }

    /** Unwinds a thread the interpreter's exit stops; not a Python exception, so no handler catches it. */
    static final class ThreadTermination extends Error {
        private static final long serialVersionUID = 1L;

        ThreadTermination() {
            super("interpreter exit", null, false, false);
        }
    }
}
