package dev.krait.runtime.os;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The process's signal dispositions, which every context of the JVM shares (the kernel keeps one table per
 * process). Installing a Python handler routes the signal, through {@code sun.misc.Signal} (module
 * {@code jdk.unsupported}, still the JDK's only way to catch a signal), to the {@link SignalState} of the context
 * that installed it last; SIG_DFL installs the kernel's default action, SIG_IGN a handler that drops the signal. The JVM's own handlers (the
 * ones it had before Krait's first change, such as its shutdown on SIGINT/SIGTERM/SIGHUP) are put back when the
 * context lets a signal go.
 *
 * <p>The JVM keeps some signals for itself (SIGQUIT, SIGILL, SIGSEGV, SIGFPE), and the real-time signals have no
 * name {@code sun.misc.Signal} knows: for those a disposition is only recorded by the context, not installed.
 */
public final class OsSignals {
    private OsSignals() {
    }

    /** The Linux signal names as {@code sun.misc.Signal} spells them (without "SIG"), indexed by number. */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
                    "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ",
                    "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** One more than the highest signal number (CPython's {@code NSIG}). */
    public static final int NSIG = 65;

    private static final SignalState[] receivers = new SignalState[NSIG];
    /** The context that changed each signal's disposition last. */
    private static final SignalState[] owners = new SignalState[NSIG];
    /** The handler the JVM had for a signal before Krait first changed it. */
    private static final Map<Integer, SignalHandler> original = new HashMap<>();

    /** The JVM-side dispatcher: runs on a thread the JVM starts for each signal it catches. */
    private static final SignalHandler DISPATCH = signal -> {
        SignalState receiver;
        synchronized (OsSignals.class) {
            receiver = receivers[signal.getNumber()];
        }
        if (receiver != null) {
            receiver.trip(signal.getNumber());
        }
    };

    /**
     * SIG_IGN, as Krait installs it: a handler that does nothing rather than the kernel's ignore, because HotSpot will
     * not put a handler back on SIGINT, SIGTERM or SIGHUP once they are ignored (it leaves ignored shutdown signals
     * alone, for nohup), and an ignored SIGCHLD would stop the JDK from reaping child processes. Children start with
     * the default action instead (CPython's {@code restore_signals} gives them that too for the signals it ignores).
     */
    private static final SignalHandler IGNORE = signal -> {
    };

    /** The name of a signal with a kernel name, or null. */
    public static String name(int signum) {
        return signum > 0 && signum < NAMES.length ? NAMES[signum] : null;
    }

    /** Routes {@code signum} to {@code receiver}; false when the JVM does not let it be caught. */
    @TruffleBoundary
    public static synchronized boolean route(int signum, SignalState receiver) {
        if (!set(signum, DISPATCH)) {
            return false;
        }
        receivers[signum] = receiver;
        owners[signum] = receiver;
        return true;
    }

    /** Installs the kernel's disposition (ignore, or the default action) for a signal of {@code owner}; false when the JVM does not let it. */
    @TruffleBoundary
    public static synchronized boolean setDisposition(int signum, boolean ignore, SignalState owner) {
        if (!set(signum, ignore ? IGNORE : SignalHandler.SIG_DFL)) {
            return false;
        }
        receivers[signum] = null;
        owners[signum] = owner;
        return true;
    }

    /** A context ends: the signals it changed last get back the handlers the JVM had. */
    @TruffleBoundary
    public static synchronized void releaseAll(SignalState owner) {
        for (int signum = 1; signum < NSIG; signum++) {
            if (owners[signum] == owner) {
                receivers[signum] = null;
                owners[signum] = null;
                SignalHandler previous = original.get(signum);
                set(signum, previous == null ? SignalHandler.SIG_DFL : previous);
            }
        }
    }

    private static boolean set(int signum, SignalHandler handler) {
        String name = name(signum);
        if (name == null) {
            return false;
        }
        try {
            SignalHandler previous = Signal.handle(new Signal(name), handler);
            original.putIfAbsent(signum, previous);
            // HotSpot leaves a shutdown signal the process started with ignored (nohup, a shell's background job)
            // as it is, and says so by returning SIG_IGN
            return !(previous == SignalHandler.SIG_IGN && (signum == 1 || signum == 2 || signum == 15) && handler != IGNORE);
        } catch (IllegalArgumentException | UnsupportedOperationException reserved) {
            // a signal the JVM keeps for itself, or one the platform does not have
            return false;
        }
    }

    /** Sends a signal to this process, as C's {@code raise}. */
    @TruffleBoundary
    public static void raise(int signum) throws Libc.ErrnoException {
        String name = name(signum);
        if (name != null) {
            try {
                Signal.raise(new Signal(name));
                return;
            } catch (IllegalArgumentException unknown) {
                // fall back to kill()
            }
        }
        Libc.kill(ProcessHandle.current().pid(), signum);
    }
}
