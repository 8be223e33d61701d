package dev.krait.builtins;

import dev.krait.runtime.os.FileLocks;
import dev.krait.runtime.os.ForwardingByteChannel;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.TreeMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.net.SocketHandle;

/**
 * The operating-system level file descriptors of one context: {@code os.open} returns a small int naming a channel
 * here, {@code os.read}/{@code os.write}/{@code os.lseek}/{@code os.close} and {@code open(fd)} use it. Numbers start at
 * 3 (0, 1 and 2 are the standard streams) and the lowest free number is reused, as the kernel does. It also keeps
 * the process's file-creation mask, which Java cannot read: {@code os.umask} sets it and file creation applies it.
 * Sockets take their numbers from the same series (they are descriptors too), but live in their own map, since
 * they are not files.
 */
public final class FileDescriptorTable {
    /** One open descriptor: its channel and the path it was opened with (for fstat). */
    public record Entry(SeekableByteChannel channel, String path) {
    }

    private final TreeMap<Integer, Entry> entries = new TreeMap<>();
    private final TreeMap<Integer, SocketHandle> sockets = new TreeMap<>();
    /** Numbers held by objects that are neither files nor sockets (select.epoll). */
    private final java.util.TreeSet<Integer> reserved = new java.util.TreeSet<>();
    private int umask = 0022;
    /** How many numbers name each channel (os.dup gives one channel a second number); absent: one. */
    private final java.util.IdentityHashMap<Entry, Integer> extraNumbers = new java.util.IdentityHashMap<>();
    /** The numbers whose inheritable flag differs from the default (true for 0, 1 and 2, false for the rest). */
    private final TreeMap<Integer, Boolean> inheritable = new TreeMap<>();
    /** The native descriptor each channel with a file lock holds the lock on (see {@link FileLocks}). */
    private final java.util.IdentityHashMap<Entry, Integer> lockDescriptors = new java.util.IdentityHashMap<>();
    /** The open flags of the numbers os.open and os.pipe gave (what fcntl F_GETFL reports). */
    private final TreeMap<Integer, Integer> openFlags = new TreeMap<>();
    /** The numbers of files (not pipes: their channels keep it) set non-blocking. */
    private final java.util.TreeSet<Integer> nonBlocking = new java.util.TreeSet<>();

    @TruffleBoundary
    public int add(SeekableByteChannel channel, String path) {
        int fd = lowestFree();
        entries.put(fd, new Entry(channel, path));
        return fd;
    }

    private int lowestFree() {
        int fd = 3;
        while (entries.containsKey(fd) || sockets.containsKey(fd) || reserved.contains(fd)) {
            fd++;
        }
        return fd;
    }

    @TruffleBoundary
    public int addSocket(SocketHandle socket) {
        int fd = lowestFree();
        sockets.put(fd, socket);
        socket.retain();
        return fd;
    }

    /** The socket numbered {@code fd}, or null when it names no socket. */
    @TruffleBoundary
    public SocketHandle socket(long fd) {
        return fd >= 0 && fd <= Integer.MAX_VALUE ? sockets.get((int) fd) : null;
    }

    @TruffleBoundary
    public void removeSocket(long fd) {
        sockets.remove((int) fd);
    }

    /** A number for an object that is neither a file nor a socket, until {@link #unreserve}. */
    @TruffleBoundary
    public int reserve() {
        int fd = lowestFree();
        reserved.add(fd);
        return fd;
    }

    @TruffleBoundary
    public void unreserve(long fd) {
        reserved.remove((int) fd);
    }

    /** Whether {@code fd} names an open file (not a socket). */
    @TruffleBoundary
    public boolean isFile(long fd) {
        return fd >= 0 && fd <= Integer.MAX_VALUE && entries.containsKey((int) fd);
    }

    /** The entry of {@code fd} (a socket's is a channel that receives and sends), or OSError(EBADF). */
    @TruffleBoundary
    public Entry get(long fd) {
        SocketHandle socket = socket(fd);
        if (socket != null) {
            return new Entry(new SocketByteChannel(socket), null);
        }
        Entry entry = fd >= 0 && fd <= Integer.MAX_VALUE ? entries.get((int) fd) : null;
        if (entry == null) {
            throw OSErrorBuiltins.fromErrno(9, null);
        }
        return entry;
    }

    @TruffleBoundary
    public void close(long fd) {
        SocketHandle socket = socket(fd);
        if (socket != null) {
            // os.close() of a socket's descriptor (the socket object then reports EBADF, as in CPython)
            sockets.remove((int) fd);
            if (socket.release()) {
                socket.close();
            }
            return;
        }
        Entry entry = get(fd);
        entries.remove((int) fd);
        inheritable.remove((int) fd);
        nonBlocking.remove((int) fd);
        openFlags.remove((int) fd);
        if (!releaseNumber(entry)) {
            return;
        }
        try {
            entry.channel().close();
        } catch (IOException e) {
            throw OSErrorBuiltins.fromIOException(e, null);
        }
    }

    /** One number of {@code entry} is gone: whether that was its last (its channel is then to be closed). */
    private boolean releaseNumber(Entry entry) {
        Integer extra = extraNumbers.get(entry);
        if (extra == null) {
            Integer lockDescriptor = lockDescriptors.remove(entry);
            if (lockDescriptor != null) {
                FileLocks.close(lockDescriptor);
            }
            return true;
        }
        if (extra == 1) {
            extraNumbers.remove(entry);
        } else {
            extraNumbers.put(entry, extra - 1);
        }
        return false;
    }

    /** Whether {@code fd} is open: a standard stream, a file or a socket. */
    @TruffleBoundary
    public boolean isOpen(long fd) {
        return fd >= 0 && fd <= 2 || isFile(fd) || socket(fd) != null;
    }

    /** {@code os.dup(fd)}: the lowest free number, naming what {@code fd} names (not inheritable). */
    @TruffleBoundary
    public int dup(long fd) {
        SocketHandle socket = socket(fd);
        if (socket != null) {
            return addSocket(socket);
        }
        Entry entry = get(fd);
        int number = lowestFree();
        entries.put(number, entry);
        extraNumbers.merge(entry, 1, Integer::sum);
        return number;
    }

    /** {@code os.dup2(fd, fd2)}: {@code fd2} (closed first if open) names what {@code fd} names. */
    @TruffleBoundary
    public int dup2(long fd, long fd2, boolean makeInheritable) {
        if (fd2 < 0 || fd2 > Integer.MAX_VALUE) {
            throw OSErrorBuiltins.fromErrno(9, null);
        }
        SocketHandle socket = socket(fd);
        Entry entry = socket == null ? get(fd) : null;
        if (fd == fd2) {
            return (int) fd2;
        }
        if (fd2 <= 2 && !isFile(fd2) && socket(fd2) == null) {
            // the standard streams are Java's, not numbers of this table: they cannot be replaced
            throw OSErrorBuiltins.fromErrno(95, null);
        }
        if (isFile(fd2) || socket(fd2) != null) {
            close(fd2);
        }
        if (socket != null) {
            sockets.put((int) fd2, socket);
            socket.retain();
        } else {
            entries.put((int) fd2, entry);
            extraNumbers.merge(entry, 1, Integer::sum);
        }
        setInheritable(fd2, makeInheritable);
        return (int) fd2;
    }

    /**
     * The native descriptor to lock the file of {@code fd} on (opened on first use, closed with the channel's last
     * number); EINVAL for a descriptor that is no file (a pipe, a socket).
     */
    @TruffleBoundary
    public int lockDescriptor(long fd) throws dev.krait.runtime.os.Libc.ErrnoException {
        Entry entry = get(fd);
        Integer existing = lockDescriptors.get(entry);
        if (existing != null) {
            return existing;
        }
        if (entry.path() == null || !entries.containsValue(entry)) {
            throw new dev.krait.runtime.os.Libc.ErrnoException(22);
        }
        int number = FileLocks.open(entry.path());
        lockDescriptors.put(entry, number);
        return number;
    }

    /** The flags {@code fd} was opened with, or null where os.open or os.pipe did not make it. */
    @TruffleBoundary
    public Integer openFlags(long fd) {
        return openFlags.get((int) fd);
    }

    @TruffleBoundary
    public void setOpenFlags(long fd, int flags) {
        openFlags.put((int) fd, flags);
    }

    @TruffleBoundary
    public boolean isBlocking(long fd) {
        return !nonBlocking.contains((int) fd);
    }

    @TruffleBoundary
    public void setBlocking(long fd, boolean blocking) {
        if (blocking) {
            nonBlocking.remove((int) fd);
        } else {
            nonBlocking.add((int) fd);
        }
    }

    @TruffleBoundary
    public boolean isInheritable(long fd) {
        if (!isOpen(fd)) {
            throw OSErrorBuiltins.fromErrno(9, null);
        }
        return inheritable.getOrDefault((int) fd, fd <= 2);
    }

    @TruffleBoundary
    public void setInheritable(long fd, boolean value) {
        if (!isOpen(fd)) {
            throw OSErrorBuiltins.fromErrno(9, null);
        }
        if (value == (fd <= 2)) {
            inheritable.remove((int) fd);
        } else {
            inheritable.put((int) fd, value);
        }
    }

    /** Drops {@code fd} from the table without closing its channel (its file object closed it). */
    @TruffleBoundary
    public void forget(long fd) {
        Entry entry = entries.remove((int) fd);
        inheritable.remove((int) fd);
        nonBlocking.remove((int) fd);
        openFlags.remove((int) fd);
        if (entry != null) {
            releaseNumber(entry);
        }
    }

    public int getUmask() {
        return umask;
    }

    public int setUmask(int mask) {
        int old = umask;
        umask = mask & 0777;
        return old;
    }

    /**
     * The channel {@code open(fd)} reads and writes: the descriptor's channel, whose close closes the descriptor when
     * {@code closefd} is true and leaves it open otherwise.
     */
    @TruffleBoundary
    public SeekableByteChannel channelForFile(long fd, boolean closefd) {
        Entry entry = get(fd);
        SeekableByteChannel inner = entry.channel();
        if (inner instanceof dev.krait.runtime.os.StreamChannel) {
            return new StreamForwardingChannel(inner) {
                private boolean open = true;

                @Override
                public boolean isOpen() {
                    return open && inner.isOpen();
                }

                @Override
                public void close() throws IOException {
                    if (open) {
                        open = false;
                        if (closefd && entries.get((int) fd) == entry) {
                            entries.remove((int) fd);
                            inheritable.remove((int) fd);
                            nonBlocking.remove((int) fd);
                            openFlags.remove((int) fd);
                            if (releaseNumber(entry)) {
                                inner.close();
                            }
                        }
                    }
                }
            };
        }
        return new ForwardingByteChannel(inner) {
            private boolean open = true;

            @Override
            public boolean isOpen() {
                return open && inner.isOpen();
            }

            @Override
            public void close() throws IOException {
                if (open) {
                    open = false;
                    if (closefd && entries.get((int) fd) == entry) {
                        entries.remove((int) fd);
                        inheritable.remove((int) fd);
                        nonBlocking.remove((int) fd);
                        openFlags.remove((int) fd);
                        if (releaseNumber(entry)) {
                            inner.close();
                        }
                    }
                }
            }
        };
    }

    /** The forwarding channel of a pipe end, itself a stream (no positions) for the file that reads it. */
    private abstract static class StreamForwardingChannel extends ForwardingByteChannel implements dev.krait.runtime.os.StreamChannel {
        StreamForwardingChannel(SeekableByteChannel inner) {
            super(inner);
        }
    }
}
