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
 * ({@code alarm}, {@code setitimer}, {@code getitimer}) whose expiry the kernel signals, and the pipes of
 * {@code os.pipe()} ({@code pipe2}, {@code read}, {@code write}, {@code close}, {@code poll}) and named pipes
 * ({@code mkfifo}). Receiving signals needs no
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
        static final MethodHandle PIPE2 = withErrno("pipe2", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        static final MethodHandle READ = withErrno("read",
                        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
        static final MethodHandle WRITE = withErrno("write",
                        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
        static final MethodHandle MKFIFO = withErrno("mkfifo", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        static final MethodHandle CLOSE = withErrno("close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle POLL = withErrno("poll",
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));

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

        public ErrnoException(int errno) {
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

    /** {@code mkfifo(path, mode)}: a named pipe (the process's umask applies, as in C). */
    @TruffleBoundary
    public static void mkfifo(String path, int mode) throws ErrnoException {
        int result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment name = arena.allocateFrom(path);
            result = (int) Handles.MKFIFO.invokeExact(state, name, mode);
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

    /** {@code O_NONBLOCK} and {@code O_CLOEXEC} on Linux. */
    public static final int O_NONBLOCK = 04000;
    public static final int O_CLOEXEC = 02000000;
    /** {@code EAGAIN} (also {@code EWOULDBLOCK}) and {@code EINTR} on Linux. */
    public static final int EAGAIN = 11;
    public static final int EINTR = 4;
    /** The {@code poll} events: data to read, room to write, and the conditions reported whatever was asked. */
    public static final short POLLIN = 1;
    public static final short POLLOUT = 4;
    public static final short POLLERR = 8;
    public static final short POLLHUP = 16;
    public static final short POLLNVAL = 32;

    /** {@code pipe2(fds, flags)}: the read and the write end. */
    @TruffleBoundary
    public static int[] pipe2(int flags) throws ErrnoException {
        int result;
        int errno;
        int[] ends;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, 2);
            result = (int) Handles.PIPE2.invokeExact(state, fds, flags);
            errno = (int) Handles.ERRNO.get(state, 0L);
            ends = new int[]{fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new ErrnoException(errno);
        }
        return ends;
    }

    /** {@code read(fd, buf, length)} into {@code target[offset…]}: the count read (0 at the end of the stream). */
    @TruffleBoundary
    public static int read(int fd, byte[] target, int offset, int length) throws ErrnoException {
        long result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment buffer = arena.allocate(Math.max(length, 1));
            result = (long) Handles.READ.invokeExact(state, fd, buffer, (long) length);
            errno = (int) Handles.ERRNO.get(state, 0L);
            if (result > 0) {
                MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, target, offset, (int) result);
            }
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result < 0) {
            throw new ErrnoException(errno);
        }
        return (int) result;
    }

    /** {@code write(fd, buf, length)} of {@code source[offset…]}: the count written. */
    @TruffleBoundary
    public static int write(int fd, byte[] source, int offset, int length) throws ErrnoException {
        long result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment buffer = arena.allocate(Math.max(length, 1));
            MemorySegment.copy(source, offset, buffer, ValueLayout.JAVA_BYTE, 0, length);
            result = (long) Handles.WRITE.invokeExact(state, fd, buffer, (long) length);
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result < 0) {
            throw new ErrnoException(errno);
        }
        return (int) result;
    }

    /** {@code close(fd)}. */
    @TruffleBoundary
    public static void close(int fd) throws ErrnoException {
        int result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            result = (int) Handles.CLOSE.invokeExact(state, fd);
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new ErrnoException(errno);
        }
    }

    /** {@code poll} of one descriptor for {@code events}, waiting at most {@code millis}: the events that came (0: none). */
    @TruffleBoundary
    public static int poll(int fd, short events, int millis) throws ErrnoException {
        int result;
        int errno;
        int revents;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment pollfd = arena.allocate(8, 4);
            pollfd.set(ValueLayout.JAVA_INT, 0, fd);
            pollfd.set(ValueLayout.JAVA_SHORT, 4, events);
            pollfd.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
            result = (int) Handles.POLL.invokeExact(state, pollfd, 1L, millis);
            errno = (int) Handles.ERRNO.get(state, 0L);
            revents = pollfd.get(ValueLayout.JAVA_SHORT, 6);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result < 0) {
            throw new ErrnoException(errno);
        }
        return result == 0 ? 0 : revents;
    }

    private static void writeTimeval(MemorySegment segment, long offset, long micros) {
        segment.set(ValueLayout.JAVA_LONG, offset, micros / 1_000_000);
        segment.set(ValueLayout.JAVA_LONG, offset + 8, micros % 1_000_000);
    }

    private static long readTimeval(MemorySegment segment, long offset) {
        return segment.get(ValueLayout.JAVA_LONG, offset) * 1_000_000 + segment.get(ValueLayout.JAVA_LONG, offset + 8);
    }
}
