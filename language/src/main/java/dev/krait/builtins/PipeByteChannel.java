package dev.krait.builtins;

import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.os.Libc;
import dev.krait.runtime.os.StreamChannel;

/**
 * One end of an {@code os.pipe()}: a real operating-system pipe descriptor, read and written through the C library
 * ({@link Libc}). The descriptor itself is always non-blocking; whether the Python end blocks ({@code os.set_blocking})
 * is this channel's flag. A blocking read or write waits in {@code poll}, a few milliseconds at a time, without the
 * GIL, so other threads run meanwhile and this thread still reaches safepoints. A blocking write writes everything
 * (as a blocking {@code write} of a pipe does); a non-blocking one writes what fits, and raises BlockingIOError when
 * nothing does. Seeking is ESPIPE. Failures are raised as the OSError CPython raises.
 */
final class PipeByteChannel implements StreamChannel {
    private static final int ESPIPE = 29;
    private static final int EINVAL = 22;
    private static final int EBADF = 9;
    /** The most one {@code write} call is given (the data is copied to native memory for each call). */
    private static final int WRITE_CHUNK = 1 << 16;
    /** How long one {@code poll} waits before the thread looks for safepoint actions and interrupts. */
    private static final int POLL_MILLIS = 20;

    private final int fd;
    private final boolean readEnd;
    private volatile boolean open = true;
    private volatile boolean blocking = true;

    PipeByteChannel(int fd, boolean readEnd) {
        this.fd = fd;
        this.readEnd = readEnd;
    }

    /** {@code os.pipe()}: the read end and the write end, not yet numbered. */
    @TruffleBoundary
    static PipeByteChannel[] open() {
        try {
            int[] ends = Libc.pipe2(Libc.O_NONBLOCK | Libc.O_CLOEXEC);
            return new PipeByteChannel[]{new PipeByteChannel(ends[0], true), new PipeByteChannel(ends[1], false)};
        } catch (Libc.ErrnoException e) {
            throw OSErrorBuiltins.fromErrno(e.errno, null);
        } catch (UnsupportedOperationException e) {
            // no native access: the platform's pipes cannot be reached
            throw OSErrorBuiltins.fromErrno(38, null);
        }
    }

    boolean isBlocking() {
        return blocking;
    }

    void setBlocking(boolean value) {
        blocking = value;
    }

    private void checkOpen() {
        if (!open) {
            throw OSErrorBuiltins.fromErrno(EBADF, null);
        }
    }

    @Override
    @TruffleBoundary
    public int read(ByteBuffer dst) {
        checkOpen();
        if (!readEnd) {
            throw OSErrorBuiltins.fromErrno(EBADF, null);
        }
        int length = dst.remaining();
        byte[] data = new byte[length];
        while (true) {
            int count;
            try {
                count = Libc.read(fd, data, 0, length);
            } catch (Libc.ErrnoException e) {
                if (e.errno == Libc.EAGAIN && blocking) {
                    await(Libc.POLLIN);
                    continue;
                }
                if (e.errno == Libc.EINTR) {
                    continue;
                }
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            }
            if (count == 0 && length > 0) {
                return -1;
            }
            dst.put(data, 0, count);
            return count;
        }
    }

    @Override
    @TruffleBoundary
    public int write(ByteBuffer src) {
        checkOpen();
        if (readEnd) {
            throw OSErrorBuiltins.fromErrno(EBADF, null);
        }
        int length = src.remaining();
        byte[] data = new byte[length];
        src.get(data);
        int written = 0;
        while (true) {
            int count;
            try {
                count = Libc.write(fd, data, written, Math.min(length - written, WRITE_CHUNK));
            } catch (Libc.ErrnoException e) {
                if (e.errno == Libc.EINTR) {
                    continue;
                }
                if (e.errno == Libc.EAGAIN && blocking) {
                    await(Libc.POLLOUT);
                    continue;
                }
                if (written > 0) {
                    break;
                }
                src.position(src.position() - length);
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            }
            written += count;
            if (!blocking || written >= length) {
                break;
            }
        }
        src.position(src.position() - (length - written));
        return written;
    }

    /** Waits without the GIL until {@code poll} reports {@code events} (or an error or hang-up) on the descriptor. */
    private void await(short events) {
        KraitContext.get(null).gil().releaseWhile(null, channel -> {
            while (channel.open) {
                int ready;
                try {
                    ready = Libc.poll(channel.fd, events, POLL_MILLIS);
                } catch (Libc.ErrnoException e) {
                    if (e.errno == Libc.EINTR) {
                        continue;
                    }
                    return;
                }
                if (ready != 0) {
                    return;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }, this);
    }

    /** Whether a read (or, for the write end, a write) would not block now: {@code select.select} asks. */
    @TruffleBoundary
    boolean ready() {
        if (!open) {
            return false;
        }
        try {
            return Libc.poll(fd, readEnd ? Libc.POLLIN : Libc.POLLOUT, 0) != 0;
        } catch (Libc.ErrnoException e) {
            return true;
        }
    }

    /** A pipe end {@code select.select} waits on, and the list its number goes to when it is ready. */
    record Waiting(long fd, PipeByteChannel pipe, java.util.List<Long> readyList) {
        /** How long select waits between looks at its pipe ends. */
        static final long SLICE_NANOS = 10_000_000L;

        /** Adds the ready ones to their lists: whether any was. */
        static boolean collectReady(java.util.List<Waiting> pipes) {
            boolean any = false;
            for (Waiting waiting : pipes) {
                if (waiting.pipe.ready()) {
                    waiting.readyList.add(waiting.fd);
                    any = true;
                }
            }
            return any;
        }
    }

    @Override
    public long position() {
        throw OSErrorBuiltins.fromErrno(ESPIPE, null);
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        throw OSErrorBuiltins.fromErrno(ESPIPE, null);
    }

    @Override
    public long size() {
        throw OSErrorBuiltins.fromErrno(ESPIPE, null);
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw OSErrorBuiltins.fromErrno(EINVAL, null);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    @TruffleBoundary
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            Libc.close(fd);
        } catch (Libc.ErrnoException e) {
            throw OSErrorBuiltins.fromErrno(e.errno, null);
        }
    }
}
