package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.os.Libc;
import dev.krait.runtime.os.OsSignals;
import dev.krait.runtime.os.SignalState;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;

/**
 * The {@code _signal} module, which the bundled {@code signal} (Python) wraps in its enums: Python signal handlers
 * on real process signals (see {@link SignalState} for how a caught signal reaches the main thread), the interval
 * timers, and sending a signal to this process.
 */
public final class SignalModule {
    private SignalModule() {
    }

    /** Linux's signal numbers, as CPython's module names them. */
    private static final Object[][] CONSTANTS = {
        {"SIGHUP", 1L}, {"SIGINT", 2L}, {"SIGQUIT", 3L}, {"SIGILL", 4L}, {"SIGTRAP", 5L}, {"SIGABRT", 6L}, {"SIGIOT", 6L},
        {"SIGBUS", 7L}, {"SIGFPE", 8L}, {"SIGKILL", 9L}, {"SIGUSR1", 10L}, {"SIGSEGV", 11L}, {"SIGUSR2", 12L},
        {"SIGPIPE", 13L}, {"SIGALRM", 14L}, {"SIGTERM", 15L}, {"SIGSTKFLT", 16L}, {"SIGCHLD", 17L}, {"SIGCLD", 17L},
        {"SIGCONT", 18L}, {"SIGSTOP", 19L}, {"SIGTSTP", 20L}, {"SIGTTIN", 21L}, {"SIGTTOU", 22L}, {"SIGURG", 23L},
        {"SIGXCPU", 24L}, {"SIGXFSZ", 25L}, {"SIGVTALRM", 26L}, {"SIGPROF", 27L}, {"SIGWINCH", 28L}, {"SIGIO", 29L},
        {"SIGPOLL", 29L}, {"SIGPWR", 30L}, {"SIGSYS", 31L}, {"SIGRTMIN", 34L}, {"SIGRTMAX", 64L},
        {"NSIG", (long) OsSignals.NSIG}, {"SIG_DFL", SignalState.SIG_DFL}, {"SIG_IGN", SignalState.SIG_IGN},
        {"ITIMER_REAL", 0L}, {"ITIMER_VIRTUAL", 1L}, {"ITIMER_PROF", 2L},
    };

    /** glibc's descriptions ({@code strsignal}) of the signals 1 to 31. */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
                    "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
                    "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued",
                    "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
                    "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
                    "Window changed", "I/O possible", "Power failure", "Bad system call"};

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_signal");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, SignalModuleFactory.getFactories(), null, "_signal");
        for (Object[] constant : CONSTANTS) {
            ObjectAttributes.put(module, (String) constant[0], constant[1]);
        }
        var classes = context.classes();
        PDict namespace = context.newDict();
        namespace.setItem("__module__", "signal");
        PythonClass itimerError = ClassBuilder.createClass(context, classes.typeClass, "itimer_error", new Object[]{classes.byName("OSError")},
                        namespace, context.newDict());
        ObjectAttributes.put(module, "ItimerError", itimerError);
        // what CPython starts with: SIGINT raises KeyboardInterrupt, unless the process started with it ignored;
        // SIGPIPE and SIGXFSZ are ignored (the JVM ignores them too, so that is only recorded)
        SignalState state = context.signals();
        if (state.handler(2) instanceof Long) {
            boolean installed = OsSignals.route(2, state);
            state.presetHandler(2, installed ? ObjectAttributes.get(module, "default_int_handler") : SignalState.SIG_IGN, installed);
            state.presetHandler(13, SignalState.SIG_IGN, false);
            state.presetHandler(25, SignalState.SIG_IGN, false);
        }
        return module;
    }

    /** A signal number argument (a C int), checked to be one. */
    static int signalNumber(Object value) {
        long signum = PyNumber.asCInt(value);
        if (signum < 1 || signum >= OsSignals.NSIG) {
            throw Errors.valueError("signal number out of range");
        }
        return (int) signum;
    }

    private static void checkMainThread(KraitContext context) {
        if (Thread.currentThread() != context.mainThread()) {
            throw Errors.valueError("signal only works in main thread of the main interpreter");
        }
    }

    /** Whether {@code handler} is the int {@code disposition} (SIG_DFL or SIG_IGN), as CPython compares them. */
    private static boolean isDisposition(Object handler, long disposition) {
        return BuiltinArithmetic.isInt(handler) && PyNumber.asSize(handler) == disposition;
    }

    @Builtin(name = "signal", params = {"signalnum", "handler", "/"})
    @GenerateNodeFactory
    public abstract static class SignalNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object signal(Object signalnum, Object handler) {
            KraitContext context = KraitContext.get(null);
            PyNumber.asCInt(signalnum); // a C int: its errors come before the main-thread check
            checkMainThread(context);
            int signum = signalNumber(signalnum);
            Object stored;
            if (BuiltinFunctions.CallableNode.callable(handler)) {
                stored = handler;
            } else if (isDisposition(handler, SignalState.SIG_IGN)) {
                stored = SignalState.SIG_IGN;
            } else if (isDisposition(handler, SignalState.SIG_DFL)) {
                stored = SignalState.SIG_DFL;
            } else {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            SignalState state = context.signals();
            // the signals already caught are handled under their old handlers
            state.runPending();
            if (signum == 9 || signum == 19) {
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            return state.setHandler(signum, stored);
        }
    }

    @Builtin(name = "getsignal", params = {"signalnum", "/"})
    @GenerateNodeFactory
    public abstract static class GetSignalNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getsignal(Object signalnum) {
            int signum = signalNumber(signalnum);
            Object handler = KraitContext.get(null).signals().handler(signum);
            return handler == null ? PNone.NONE : handler;
        }
    }

    @Builtin(name = "default_int_handler", params = {"signalnum", "frame", "/"})
    @GenerateNodeFactory
    public abstract static class DefaultIntHandlerNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object handle(@SuppressWarnings("unused") Object signalnum, @SuppressWarnings("unused") Object frame) {
            throw Errors.raiseWithArgs(ErrorType.KeyboardInterrupt);
        }
    }

    /**
     * Sends {@code signum} to this process and, as CPython does before the next bytecode, runs its Python handler
     * before returning. The JVM catches a signal on a thread of its own, so this waits (without the GIL) for it to
     * arrive there first. A signal whose handler the JVM would not let Krait install (SIGQUIT, SIGILL, SIGFPE,
     * SIGSEGV, or SIGINT ignored since the process started) is not sent: its handler runs, as in CPython. Nor is an
     * ignored signal: the JVM would dispatch it later, perhaps to a handler installed meanwhile, where the kernel
     * drops it at once.
     */
    @TruffleBoundary
    static void raiseAndHandle(KraitContext context, int signum) {
        SignalState state = context.signals();
        Object handler = state.handler(signum);
        boolean callable = !(handler instanceof Long);
        long before = state.caughtCount(signum);
        if (callable ? state.isInstalled(signum) : handler.equals(SignalState.SIG_DFL)) {
            try {
                OsSignals.raise(signum);
            } catch (Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
        } else if (callable) {
            // the JVM keeps this signal (HotSpot suspends threads with SIGUSR2): delivered here and now, and its
            // handler run before raise_signal returns, without letting go of the GIL (where the handling request
            // could run it, and an exception it raises would come out later, at another statement)
            state.deliver(signum);
            if (Thread.currentThread() == context.mainThread()) {
                state.runPending();
            }
            return;
        }
        if (callable && Thread.currentThread() == context.mainThread()) {
            // the JVM starts a thread to dispatch each signal: on a loaded machine that can take a while
            context.gil().releaseWhile(null, s -> s.awaitCaught(signum, before, 10_000), state);
            state.runPending();
        }
    }

    @Builtin(name = "raise_signal", params = {"signalnum", "/"})
    @GenerateNodeFactory
    public abstract static class RaiseSignalNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object raiseSignal(Object signalnum) {
            long signum = PyNumber.asCInt(signalnum);
            if (signum < 0 || signum >= OsSignals.NSIG) {
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            if (signum > 0) {
                // C's raise(0) checks nothing and sends nothing
                raiseAndHandle(KraitContext.get(null), (int) signum);
            }
            return PNone.NONE;
        }
    }

    /**
     * {@code siginterrupt(signalnum, flag)}: whether a signal interrupts system calls. Since PEP 475 Python code
     * cannot tell (an interrupted call is retried after the handler runs, unless it raised), and the JVM's own calls
     * restart in any case; what remains is CPython's argument checking.
     */
    @Builtin(name = "siginterrupt", params = {"signalnum", "flag", "/"})
    @GenerateNodeFactory
    public abstract static class SigInterruptNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object siginterrupt(Object signalnum, Object flag) {
            int signum = PyNumber.asCInt(signalnum);
            PyNumber.asCInt(flag);
            if (signum < 1 || signum >= OsSignals.NSIG) {
                throw Errors.valueError("signal number out of range");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "strsignal", params = {"signalnum", "/"})
    @GenerateNodeFactory
    public abstract static class StrSignalNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object strsignal(Object signalnum) {
            int signum = signalNumber(signalnum);
            if (signum < DESCRIPTIONS.length) {
                return DESCRIPTIONS[signum];
            }
            if (signum < 34) {
                return PNone.NONE;
            }
            return "Real-time signal " + (signum - 34);
        }
    }

    @Builtin(name = "alarm", params = {"seconds", "/"})
    @GenerateNodeFactory
    public abstract static class AlarmNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object alarm(Object seconds) {
            long value = PyNumber.asCInt(seconds);
            try {
                return Libc.alarm(value);
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
        }
    }

    /** Seconds as an int or float (CPython's timeval conversion), in microseconds rounded up. */
    private static long micros(Object seconds) {
        double value;
        if (BuiltinArithmetic.isInt(seconds)) {
            value = PyNumber.asSize(seconds);
        } else if (seconds instanceof Double d) {
            value = d;
        } else {
            value = PyNumber.asDouble(seconds);
        }
        if (Double.isNaN(value)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        return (long) Math.ceil(value * 1e6);
    }

    private static PTuple timer(KraitContext context, long[] valueAndInterval) {
        return context.newTuple(new Object[]{valueAndInterval[0] / 1e6, valueAndInterval[1] / 1e6});
    }

    private static PException itimerError(KraitContext context, int errno) {
        Object cls = ObjectAttributes.get(context.getLanguage().getBuiltinRegistry().getOrCreateModule(context, "_signal"), "ItimerError");
        PBaseException error = (PBaseException) PyObjectCall.call(cls, (long) errno, OSErrorBuiltins.strerror(errno));
        return PException.raise(error, null);
    }

    @Builtin(name = "setitimer", params = {"which", "seconds", "interval=", "/"})
    @GenerateNodeFactory
    public abstract static class SetItimerNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object setitimer(Object which, Object seconds, Object interval) {
            KraitContext context = KraitContext.get(null);
            long timer = PyNumber.asSize(which);
            long value = micros(seconds);
            long every = interval == PNone.NO_VALUE ? 0 : micros(interval);
            try {
                return timer(context, Libc.setitimer((int) timer, value, every));
            } catch (Libc.ErrnoException e) {
                throw itimerError(context, e.errno);
            } catch (UnsupportedOperationException e) {
                throw itimerError(context, 38);
            }
        }
    }

    @Builtin(name = "getitimer", params = {"which", "/"})
    @GenerateNodeFactory
    public abstract static class GetItimerNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getitimer(Object which) {
            KraitContext context = KraitContext.get(null);
            try {
                return timer(context, Libc.getitimer((int) PyNumber.asSize(which)));
            } catch (Libc.ErrnoException e) {
                throw itimerError(context, e.errno);
            } catch (UnsupportedOperationException e) {
                throw itimerError(context, 38);
            }
        }
    }

    /** {@code pause()}: sleeps (without the GIL) until a signal's Python handler has run. */
    @Builtin(name = "pause", params = {})
    @GenerateNodeFactory
    public abstract static class PauseNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object pause() {
            KraitContext context = KraitContext.get(null);
            context.flushOutput();
            SignalState state = context.signals();
            long before = state.handledCount();
            context.gil().releaseWhile(null, s -> {
                while (s.handledCount() == before) {
                    Thread.sleep(Long.MAX_VALUE);
                }
            }, state);
            return PNone.NONE;
        }
    }
}
