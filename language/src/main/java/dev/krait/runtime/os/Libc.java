package dev.krait.runtime.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The few C library calls Java has no API for, made through the foreign function API (java.lang.foreign, final
 * since JDK 22): sending any signal to any process ({@code kill}), the parent's process id, and the interval timers
 * ({@code alarm}, {@code setitimer}, {@code getitimer}) whose expiry the kernel signals. Receiving signals needs no
 * native code: {@code sun.misc.Signal} does it (see {@link OsSignals}).
 *
 * <p>The handles are made on first use. Where the calls cannot be made (no native access granted, a platform
 * without these functions) each method throws {@link UnsupportedOperationException}, which callers turn into the
 * OSError a Python program can catch.
 */
public final class Libc {
    private Libc() {
    }

    /** {@code struct itimerval}: two {@code struct timeval}s of two longs each (LP64). */
    private static final int ITIMERVAL_SIZE = 32;

    private static final class Handles {
        static final Linker LINKER = Linker.nativeLinker();
        static final SymbolLookup LIBC = LINKER.defaultLookup();
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final MethodHandle KILL = withErrno("kill", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle GETPPID = plain("getppid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
        static final MethodHandle ALARM = plain("alarm", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle SETITIMER = withErrno("setitimer",
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        static final MethodHandle GETITIMER = withErrno("getitimer", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

        private static MethodHandle plain(String name, FunctionDescriptor descriptor) {
            return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor);
        }

        private static MethodHandle withErrno(String name, FunctionDescriptor descriptor) {
            return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor, Linker.Option.captureCallState("errno"));
        }
    }

    /** A failed call: the C {@code errno}. */
    public static final class ErrnoException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int errno;

        ErrnoException(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    /** The call could not be made at all (no native access, no such function, no foreign linker). */
    private static UnsupportedOperationException unavailable(Throwable cause) {
        UnsupportedOperationException e = new UnsupportedOperationException(String.valueOf(cause));
        e.initCause(cause);
        return e;
    }

    /** {@code kill(pid, sig)}. */
    @TruffleBoundary
    public static void kill(long pid, int signal) throws ErrnoException {
        int result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            result = (int) Handles.KILL.invokeExact(state, (int) pid, signal);
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new ErrnoException(errno);
        }
    }

    /** {@code getppid()}. */
    @TruffleBoundary
    public static long getppid() {
        try {
            return (int) Handles.GETPPID.invokeExact();
        } catch (Throwable t) {
            throw unavailable(t);
        }
    }

    /** {@code alarm(seconds)}: the seconds the previous alarm had left. */
    @TruffleBoundary
    public static long alarm(long seconds) {
        try {
            return Integer.toUnsignedLong((int) Handles.ALARM.invokeExact((int) seconds));
        } catch (Throwable t) {
            throw unavailable(t);
        }
    }

    /** {@code setitimer(which, {interval, value})}: the old {value, interval} in microseconds. */
    @TruffleBoundary
    public static long[] setitimer(int which, long valueMicros, long intervalMicros) throws ErrnoException {
        int result;
        int errno;
        long[] old;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment fresh = arena.allocate(ITIMERVAL_SIZE, 8);
            MemorySegment previous = arena.allocate(ITIMERVAL_SIZE, 8);
            writeTimeval(fresh, 0, intervalMicros);
            writeTimeval(fresh, 16, valueMicros);
            result = (int) Handles.SETITIMER.invokeExact(state, which, fresh, previous);
            errno = (int) Handles.ERRNO.get(state, 0L);
            old = new long[]{readTimeval(previous, 16), readTimeval(previous, 0)};
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new ErrnoException(errno);
        }
        return old;
    }

    /** {@code getitimer(which)}: {value, interval} in microseconds. */
    @TruffleBoundary
    public static long[] getitimer(int which) throws ErrnoException {
        int result;
        int errno;
        long[] current;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment value = arena.allocate(ITIMERVAL_SIZE, 8);
            result = (int) Handles.GETITIMER.invokeExact(state, which, value);
            errno = (int) Handles.ERRNO.get(state, 0L);
            current = new long[]{readTimeval(value, 16), readTimeval(value, 0)};
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new ErrnoException(errno);
        }
        return current;
    }

    private static void writeTimeval(MemorySegment segment, long offset, long micros) {
        segment.set(ValueLayout.JAVA_LONG, offset, micros / 1_000_000);
        segment.set(ValueLayout.JAVA_LONG, offset + 8, micros % 1_000_000);
    }

    private static long readTimeval(MemorySegment segment, long offset) {
        return segment.get(ValueLayout.JAVA_LONG, offset) * 1_000_000 + segment.get(ValueLayout.JAVA_LONG, offset + 8);
    }
}
