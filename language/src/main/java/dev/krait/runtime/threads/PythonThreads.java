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
    /** The thread the context was made on: Python's main thread. */
    private final Thread mainThread = Thread.currentThread();

    public PythonThreads(KraitContext context, TruffleLanguage.Env env) {
        this.context = context;
        this.env = env;
    }

    /**
     * {@code sys._current_frames()}: each thread's innermost Python frame by thread identity. The caller's own is
     * taken directly; every other thread is asked, one at a time, to make its frame objects itself at its next
     * safepoint (threads waiting for the GIL reach one at once). A thread that does not answer within a second (in a
     * blocking call that is not interruptible) is left out.
     */
    @TruffleBoundary
    public java.util.Map<Long, Object> currentFrames(java.util.function.Supplier<Object> innermostFrame) {
        java.util.Map<Long, Object> frames = new java.util.LinkedHashMap<>();
        Thread current = Thread.currentThread();
        java.util.List<Thread> others = new java.util.ArrayList<>();
        if (mainThread != current && mainThread.isAlive()) {
            others.add(mainThread);
        }
        for (Thread thread : running) {
            if (thread != current && !others.contains(thread)) {
                others.add(thread);
            }
        }
        Object own = innermostFrame.get();
        if (own != null) {
            frames.put(ident(current), own);
        }
        for (Thread thread : others) {
            Object[] answer = new Object[1];
            try {
                java.util.concurrent.Future<Void> done = env.submitThreadLocal(new Thread[]{thread}, new ThreadLocalAction(false, false) {
                    @Override
                    protected void perform(Access access) {
                        answer[0] = innermostFrame.get();
                    }
                });
                done.get(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (IllegalStateException | IllegalArgumentException | java.util.concurrent.ExecutionException |
                            java.util.concurrent.TimeoutException gone) {
                continue; // ended, not entered in this context, or not reaching a safepoint
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (answer[0] != null) {
                frames.put(ident(thread), answer[0]);
            }
        }
        return frames;
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
