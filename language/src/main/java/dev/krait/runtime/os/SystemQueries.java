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
 * The C library's questions about the system Java has no API for, made through the foreign function API as in
 * {@link Libc}: configuration values ({@code sysconf}), file system statistics ({@code statvfs}), the block size
 * and count of a file, which Java's file attributes lack ({@code stat}), whether a descriptor is a terminal and its
 * window size ({@code isatty}, {@code ioctl(TIOCGWINSZ)}), and the process's resource limits and usage
 * ({@code getrlimit}, {@code setrlimit}, {@code getrusage}). Layouts are those of Linux on 64-bit machines.
 *
 * <p>Where the calls cannot be made (no native access granted, another platform) each method throws
 * {@link UnsupportedOperationException}, which callers turn into an OSError.
 */
public final class SystemQueries {
    private SystemQueries() {
    }

    /** {@code struct statvfs}: eleven unsigned longs, then six ints of padding. */
    private static final int STATVFS_SIZE = 112;
    /** {@code struct rusage}: two {@code struct timeval}s, then fourteen longs. */
    private static final int RUSAGE_SIZE = 144;

    private static final class Handles {
        static final Linker LINKER = Linker.nativeLinker();
        static final SymbolLookup LIBC = LINKER.defaultLookup();
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final MethodHandle ERRNO_LOCATION = LINKER.downcallHandle(LIBC.find("__errno_location").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT)));
        static final MethodHandle SYSCONF = withErrno("sysconf", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
        static final MethodHandle STAT = withErrno("stat", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        static final MethodHandle LSTAT = withErrno("lstat", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        static final MethodHandle STATVFS = withErrno("statvfs", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        static final MethodHandle ISATTY = withErrno("isatty", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle IOCTL_POINTER = LINKER.downcallHandle(LIBC.find("ioctl").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                        Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
        static final MethodHandle GETRLIMIT = withErrno("getrlimit", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        static final MethodHandle SETRLIMIT = withErrno("setrlimit", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        static final MethodHandle GETRUSAGE = withErrno("getrusage", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

        private static MethodHandle withErrno(String name, FunctionDescriptor descriptor) {
            return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor, Linker.Option.captureCallState("errno"));
        }
    }

    private static UnsupportedOperationException unavailable(Throwable cause) {
        UnsupportedOperationException e = new UnsupportedOperationException(String.valueOf(cause));
        e.initCause(cause);
        return e;
    }

    /** {@code sysconf(name)}: the value, or -1 for "no limit" (errno unchanged); a failure's errno is thrown. */
    @TruffleBoundary
    public static long sysconf(int name) throws Libc.ErrnoException {
        long result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            // sysconf leaves errno alone when it answers -1 for "no limit": clear it first
            MemorySegment errnoLocation = (MemorySegment) Handles.ERRNO_LOCATION.invokeExact();
            errnoLocation.set(ValueLayout.JAVA_INT, 0, 0);
            result = (long) Handles.SYSCONF.invokeExact(state, name);
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result == -1 && errno != 0) {
            throw new Libc.ErrnoException(errno);
        }
        return result;
    }

    /**
     * {@code statvfs(path)}: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax and fsid (in
     * the order of Python's statvfs_result).
     */
    @TruffleBoundary
    public static long[] statvfs(String path) throws Libc.ErrnoException {
        int result;
        int errno;
        long[] fields = new long[11];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment buffer = arena.allocate(STATVFS_SIZE, 8);
            result = (int) Handles.STATVFS.invokeExact(state, arena.allocateFrom(path), buffer);
            errno = (int) Handles.ERRNO.get(state, 0L);
            // C order: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, fsid, flag, namemax
            for (int i = 0; i < 8; i++) {
                fields[i] = buffer.get(ValueLayout.JAVA_LONG, i * 8L);
            }
            fields[10] = buffer.get(ValueLayout.JAVA_LONG, 64);
            fields[8] = buffer.get(ValueLayout.JAVA_LONG, 72);
            fields[9] = buffer.get(ValueLayout.JAVA_LONG, 80);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new Libc.ErrnoException(errno);
        }
        return fields;
    }

    /** {@code struct stat} of Linux on x86-64 (the only layout read here): 144 bytes. */
    private static final int STAT_SIZE = 144;

    /**
     * {@code st_blksize} and {@code st_blocks} of a file ({@code stat}, or {@code lstat} for a link itself), which
     * Java's file attributes lack; null where the layout is not known (other machines) or the call fails.
     */
    @TruffleBoundary
    public static long[] blockSizes(String path, boolean followLinks) {
        if (!"amd64".equals(System.getProperty("os.arch")) || !System.getProperty("os.name", "").startsWith("Linux")) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment buffer = arena.allocate(STAT_SIZE, 8);
            MethodHandle call = followLinks ? Handles.STAT : Handles.LSTAT;
            int result = (int) call.invokeExact(state, arena.allocateFrom(path), buffer);
            if (result != 0) {
                return null;
            }
            return new long[]{buffer.get(ValueLayout.JAVA_LONG, 56), buffer.get(ValueLayout.JAVA_LONG, 64)};
        } catch (Throwable t) {
            return null;
        }
    }

    /** {@code isatty(fd)} of one of the process's own descriptors. */
    @TruffleBoundary
    public static boolean isatty(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            return (int) Handles.ISATTY.invokeExact(state, fd) == 1;
        } catch (Throwable t) {
            throw unavailable(t);
        }
    }

    /** Linux's {@code TIOCGWINSZ} request: the window size of a terminal. */
    private static final long TIOCGWINSZ = 0x5413;

    /** {@code ioctl(fd, TIOCGWINSZ)} of one of the process's own descriptors: {columns, lines}. */
    @TruffleBoundary
    public static int[] terminalSize(int fd) throws Libc.ErrnoException {
        int result;
        int errno;
        int[] size = new int[2];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment winsize = arena.allocate(8, 2);
            result = (int) Handles.IOCTL_POINTER.invokeExact(state, fd, TIOCGWINSZ, winsize);
            errno = (int) Handles.ERRNO.get(state, 0L);
            size[1] = Short.toUnsignedInt(winsize.get(ValueLayout.JAVA_SHORT, 0));
            size[0] = Short.toUnsignedInt(winsize.get(ValueLayout.JAVA_SHORT, 2));
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new Libc.ErrnoException(errno);
        }
        return size;
    }

    /** {@code getrlimit(resource)}: {soft, hard} ({@code RLIM_INFINITY} is -1). */
    @TruffleBoundary
    public static long[] getrlimit(int resource) throws Libc.ErrnoException {
        int result;
        int errno;
        long[] limits = new long[2];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment buffer = arena.allocate(16, 8);
            result = (int) Handles.GETRLIMIT.invokeExact(state, resource, buffer);
            errno = (int) Handles.ERRNO.get(state, 0L);
            limits[0] = buffer.get(ValueLayout.JAVA_LONG, 0);
            limits[1] = buffer.get(ValueLayout.JAVA_LONG, 8);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new Libc.ErrnoException(errno);
        }
        return limits;
    }

    /** {@code setrlimit(resource, {soft, hard})}. */
    @TruffleBoundary
    public static void setrlimit(int resource, long soft, long hard) throws Libc.ErrnoException {
        int result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment buffer = arena.allocate(16, 8);
            buffer.set(ValueLayout.JAVA_LONG, 0, soft);
            buffer.set(ValueLayout.JAVA_LONG, 8, hard);
            result = (int) Handles.SETRLIMIT.invokeExact(state, resource, buffer);
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new Libc.ErrnoException(errno);
        }
    }

    /**
     * {@code getrusage(who)}: user and system time in microseconds, then maxrss, ixrss, idrss, isrss, minflt, majflt,
     * nswap, inblock, oublock, msgsnd, msgrcv, nsignals, nvcsw and nivcsw.
     */
    @TruffleBoundary
    public static long[] getrusage(int who) throws Libc.ErrnoException {
        int result;
        int errno;
        long[] usage = new long[16];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment buffer = arena.allocate(RUSAGE_SIZE, 8);
            result = (int) Handles.GETRUSAGE.invokeExact(state, who, buffer);
            errno = (int) Handles.ERRNO.get(state, 0L);
            usage[0] = buffer.get(ValueLayout.JAVA_LONG, 0) * 1_000_000L + buffer.get(ValueLayout.JAVA_LONG, 8);
            usage[1] = buffer.get(ValueLayout.JAVA_LONG, 16) * 1_000_000L + buffer.get(ValueLayout.JAVA_LONG, 24);
            for (int i = 0; i < 14; i++) {
                usage[2 + i] = buffer.get(ValueLayout.JAVA_LONG, 32 + i * 8L);
            }
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new Libc.ErrnoException(errno);
        }
        return usage;
    }
}
