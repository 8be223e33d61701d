package dev.krait.builtins;

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
        try {
            entry.channel().close();
        } catch (IOException e) {
            throw OSErrorBuiltins.fromIOException(e, null);
        }
    }

    /** Drops {@code fd} from the table without closing its channel (its file object closed it). */
    @TruffleBoundary
    public void forget(long fd) {
        entries.remove((int) fd);
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
                            inner.close();
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
                        inner.close();
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
