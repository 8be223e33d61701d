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
 * Advisory file locks ({@code fcntl.flock}, {@code fcntl.lockf}), which other processes see. Krait's descriptors
 * name Java channels, whose operating-system descriptors Java does not show, so a lock is taken on a native
 * descriptor of the same file opened for the purpose: {@code flock} locks belong to that open file, {@code fcntl}
 * record locks to the process, and both are what another process asking for the file's lock meets. The native
 * descriptor is closed with the Krait descriptor's last number, which releases its locks.
 *
 * <p>Where the calls cannot be made (no native access granted, another platform) each method throws
 * {@link UnsupportedOperationException}, which callers turn into an OSError.
 */
public final class FileLocks {
    private FileLocks() {
    }

    private static final int O_RDONLY = 0;
    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CLOEXEC = 02000000;
    private static final int F_SETLK = 6;
    private static final int F_SETLKW = 7;
    private static final int EACCES = 13;
    /** {@code struct flock}: short l_type, short l_whence, (padding), long l_start, long l_len, int l_pid. */
    private static final int FLOCK_SIZE = 32;

    private static final class Handles {
        static final Linker LINKER = Linker.nativeLinker();
        static final SymbolLookup LIBC = LINKER.defaultLookup();
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final MethodHandle OPEN = LINKER.downcallHandle(LIBC.find("open").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), Linker.Option.captureCallState("errno"));
        static final MethodHandle FLOCK = LINKER.downcallHandle(LIBC.find("flock").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), Linker.Option.captureCallState("errno"));
        static final MethodHandle FCNTL_LOCK = LINKER.downcallHandle(LIBC.find("fcntl").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS),
                        Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
    }

    private static UnsupportedOperationException unavailable(Throwable cause) {
        UnsupportedOperationException e = new UnsupportedOperationException(String.valueOf(cause));
        e.initCause(cause);
        return e;
    }

    /** A native descriptor of the file at {@code path}: read-write where allowed, else read-only, else write-only. */
    @TruffleBoundary
    public static int open(String path) throws Libc.ErrnoException {
        Libc.ErrnoException last = null;
        for (int mode : new int[]{O_RDWR, O_RDONLY, O_WRONLY}) {
            int result;
            int errno;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Handles.CALL_STATE);
                result = (int) Handles.OPEN.invokeExact(state, arena.allocateFrom(path), mode | O_CLOEXEC);
                errno = (int) Handles.ERRNO.get(state, 0L);
            } catch (Throwable t) {
                throw unavailable(t);
            }
            if (result >= 0) {
                return result;
            }
            last = new Libc.ErrnoException(errno);
            if (errno != EACCES) {
                break;
            }
        }
        throw last;
    }

    /** {@code flock(fd, operation)} (LOCK_SH, LOCK_EX or LOCK_UN, with LOCK_NB not to wait). */
    @TruffleBoundary
    public static void flock(int fd, int operation) throws Libc.ErrnoException {
        int result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            result = (int) Handles.FLOCK.invokeExact(state, fd, operation);
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new Libc.ErrnoException(errno);
        }
    }

    /**
     * {@code fcntl(fd, wait ? F_SETLKW : F_SETLK, {type, whence, start, length})}: a record lock of type F_RDLCK,
     * F_WRLCK or F_UNLCK on {@code length} bytes (0: to the end) from {@code start}.
     */
    @TruffleBoundary
    public static void recordLock(int fd, boolean wait, int type, long start, long length, int whence) throws Libc.ErrnoException {
        int result;
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CALL_STATE);
            MemorySegment lock = arena.allocate(FLOCK_SIZE, 8);
            lock.set(ValueLayout.JAVA_SHORT, 0, (short) type);
            lock.set(ValueLayout.JAVA_SHORT, 2, (short) whence);
            lock.set(ValueLayout.JAVA_LONG, 8, start);
            lock.set(ValueLayout.JAVA_LONG, 16, length);
            result = (int) Handles.FCNTL_LOCK.invokeExact(state, fd, wait ? F_SETLKW : F_SETLK, lock);
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        if (result != 0) {
            throw new Libc.ErrnoException(errno);
        }
    }

    /** Closes a native descriptor {@link #open} gave (its locks go with it). */
    @TruffleBoundary
    public static void close(int fd) {
        try {
            Libc.close(fd);
        } catch (Libc.ErrnoException e) {
            // the locks are gone all the same
        }
    }
}
