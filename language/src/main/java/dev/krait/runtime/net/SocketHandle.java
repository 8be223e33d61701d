package dev.krait.runtime.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;

/**
 * One socket of the {@code _socket} module on a Java NIO channel. The channel is always non-blocking: a blocking
 * call (or one with a timeout) tries the operation and, when it would block, waits on the socket's own selectors with
 * the GIL released, as CPython polls before it retries. A stream socket starts as a SocketChannel; {@code listen()}
 * replaces it by a ServerSocketChannel bound to the same address, since Java keeps the two kinds apart.
 */
public final class SocketHandle {
    public static final int AF_UNIX = 1;
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;

    public static final int SOL_SOCKET = 1;
    public static final int SO_REUSEADDR = 2;
    public static final int SO_TYPE = 3;
    public static final int SO_ERROR = 4;
    public static final int SO_BROADCAST = 6;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_KEEPALIVE = 9;
    public static final int SO_LINGER = 13;
    public static final int SO_REUSEPORT = 15;
    public static final int SO_ACCEPTCONN = 30;
    public static final int IPPROTO_TCP = 6;
    public static final int TCP_NODELAY = 1;
    public static final int IPPROTO_IPV6 = 41;
    public static final int IPV6_V6ONLY = 26;

    private final int family;
    private final int type;
    private final int proto;
    private NetworkChannel channel;
    /**
     * The selectors a blocking call waits on: one for reading (and accepting), one for writing (and connecting), so
     * that a thread waiting to receive does not hold up another waiting to send on the same socket.
     */
    private Selector readSelector;
    private Selector writeSelector;
    private SelectionKey writeKey;
    /** -1: blocking; 0: non-blocking; else the timeout of each call. */
    private long timeoutNanos = -1;
    private boolean listening;
    private boolean connecting;
    /** shutdown(SHUT_WR) was called: writes fail with EPIPE (Java would report a closed channel). */
    private boolean outputShut;
    private int pendingError;
    /** One end of a {@code socketpair()}: its addresses read as unnamed. */
    private boolean pairEnd;
    /** How many descriptors name this socket (dup() adds one); the channel closes with the last. */
    private int descriptors;
    /** Options set so far (level, option → value), replayed when listen() replaces the channel. */
    private final Map<Long, Integer> options = new TreeMap<>();

    private SocketHandle(int family, int type, int proto, NetworkChannel channel) throws IOException {
        this.family = family;
        this.type = type;
        this.proto = proto;
        setChannel(channel);
    }

    /** A new socket, or null for a kind Java cannot make (datagram sockets of AF_UNIX). */
    @TruffleBoundary
    public static SocketHandle open(int family, int type, int proto) {
        try {
            NetworkChannel channel;
            if (type == SOCK_STREAM) {
                channel = SocketChannel.open(protocolFamily(family));
            } else if (family != AF_UNIX) {
                channel = DatagramChannel.open(protocolFamily(family));
            } else {
                return null;
            }
            return new SocketHandle(family, type, proto, channel);
        } catch (IOException | UnsupportedOperationException e) {
            throw NetError.of(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static ProtocolFamily protocolFamily(int family) {
        return switch (family) {
            case AF_UNIX -> StandardProtocolFamily.UNIX;
            case AF_INET6 -> StandardProtocolFamily.INET6;
            default -> StandardProtocolFamily.INET;
        };
    }

    /** A connected pair of stream sockets (no socketpair() in Java: a listener on a temporary address joins them). */
    @TruffleBoundary
    public static SocketHandle[] pair(int family) {
        Path path = null;
        try (ServerSocketChannel server = ServerSocketChannel.open(protocolFamily(family))) {
            SocketAddress address;
            if (family == AF_UNIX) {
                path = Files.createTempFile("krait-socketpair", ".sock");
                Files.delete(path);
                address = UnixDomainSocketAddress.of(path);
            } else {
                address = new InetSocketAddress(InetAddress.getByName(family == AF_INET6 ? "::1" : "127.0.0.1"), 0);
            }
            server.bind(address, 1);
            SocketChannel client = SocketChannel.open(protocolFamily(family));
            client.connect(server.getLocalAddress());
            SocketChannel accepted = server.accept();
            SocketHandle left = new SocketHandle(family, SOCK_STREAM, 0, client);
            SocketHandle right = new SocketHandle(family, SOCK_STREAM, 0, accepted);
            left.pairEnd = right.pairEnd = family == AF_UNIX;
            return new SocketHandle[]{left, right};
        } catch (IOException e) {
            throw NetError.of(e);
        } finally {
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a temporary name nobody else uses
                }
            }
        }
    }

    private void setChannel(NetworkChannel newChannel) throws IOException {
        channel = newChannel;
        ((SelectableChannel) newChannel).configureBlocking(false);
        readSelector = null;
        writeSelector = null;
        writeKey = null;
    }

    /** One more descriptor names this socket. */
    public void retain() {
        descriptors++;
    }

    /** A descriptor naming this socket was closed; true when it was the last one. */
    public boolean release() {
        return --descriptors <= 0;
    }

    public int family() {
        return family;
    }

    public int type() {
        return type;
    }

    public int proto() {
        return proto;
    }

    public boolean isClosed() {
        return !channel.isOpen();
    }

    public boolean isListening() {
        return listening;
    }

    public void setTimeoutNanos(long nanos) {
        timeoutNanos = nanos;
    }

    public long timeoutNanos() {
        return timeoutNanos;
    }

    private void checkOpen() {
        if (!channel.isOpen()) {
            throw new NetError(NetError.EBADF);
        }
    }

    private long deadline() {
        return timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : -1;
    }

    /**
     * Waits, without the GIL, until the channel is ready for {@code ops}; raises the timeout (or EAGAIN for a
     * non-blocking socket) when it is not ready in time.
     */
    private void await(int ops, long deadline) throws IOException {
        if (timeoutNanos == 0) {
            throw new NetError(NetError.EAGAIN);
        }
        Selector selector;
        try {
            if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                if (readSelector == null) {
                    readSelector = Selector.open();
                    ((SelectableChannel) channel).register(readSelector, ops);
                }
                selector = readSelector;
            } else {
                if (writeSelector == null) {
                    writeSelector = Selector.open();
                    writeKey = ((SelectableChannel) channel).register(writeSelector, ops);
                }
                writeKey.interestOps(ops);
                selector = writeSelector;
            }
        } catch (java.nio.channels.CancelledKeyException | java.nio.channels.ClosedSelectorException e) {
            throw new NetError(NetError.EBADF);
        }
        boolean[] ready = new boolean[1];
        KraitContext.get(null).gil().releaseWhile(null, sel -> {
            while (true) {
                long millis = 0;
                if (deadline >= 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    millis = Math.max(1, (left + 999_999) / 1_000_000);
                }
                int count;
                try {
                    sel.selectedKeys().clear();
                    count = sel.select(millis);
                } catch (IOException | java.nio.channels.ClosedSelectorException e) {
                    ready[0] = true;
                    return;
                }
                if (count > 0 || !sel.isOpen()) {
                    ready[0] = true;
                    return;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }, selector);
        if (!ready[0]) {
            throw new NetError(NetError.TIMED_OUT);
        }
    }

    @TruffleBoundary
    public void bind(SocketAddress address) {
        checkOpen();
        try {
            if (listening || channel.getLocalAddress() != null) {
                throw new NetError(NetError.EINVAL);
            }
            channel.bind(address);
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    @TruffleBoundary
    public void listen(int backlog) {
        checkOpen();
        if (type != SOCK_STREAM) {
            throw new NetError(NetError.EOPNOTSUPP);
        }
        if (listening) {
            return;
        }
        SocketChannel stream = (SocketChannel) channel;
        if (stream.isConnected() || connecting) {
            throw new NetError(NetError.EINVAL);
        }
        try {
            SocketAddress local = stream.getLocalAddress();
            closeChannel();
            if (local instanceof UnixDomainSocketAddress unix) {
                Files.deleteIfExists(unix.getPath());
            }
            ServerSocketChannel server = ServerSocketChannel.open(protocolFamily(family));
            if (server.supportedOptions().contains(StandardSocketOptions.SO_REUSEADDR)) {
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            setChannel(server);
            replayOptions();
            server.bind(local, Math.max(backlog, 0));
            listening = true;
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    /** A new connection: the socket and the peer's address. */
    @TruffleBoundary
    public Object[] accept() {
        checkOpen();
        if (!listening) {
            throw new NetError(NetError.EINVAL);
        }
        long deadline = deadline();
        try {
            while (true) {
                SocketChannel accepted = ((ServerSocketChannel) channel).accept();
                if (accepted != null) {
                    SocketHandle handle = new SocketHandle(family, type, proto, accepted);
                    return new Object[]{handle, accepted.getRemoteAddress()};
                }
                await(SelectionKey.OP_ACCEPT, deadline);
            }
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    @TruffleBoundary
    public void connect(SocketAddress address) {
        checkOpen();
        try {
            if (channel instanceof DatagramChannel datagram) {
                if (datagram.isConnected()) {
                    datagram.disconnect();
                }
                datagram.connect(address);
                return;
            }
            if (listening) {
                throw new NetError(NetError.EISCONN);
            }
            SocketChannel stream = (SocketChannel) channel;
            if (connecting) {
                throw new NetError(finishConnect() ? NetError.EISCONN : NetError.EALREADY);
            }
            if (stream.isConnected()) {
                throw new NetError(NetError.EISCONN);
            }
            if (stream.connect(address)) {
                return;
            }
            connecting = true;
            if (timeoutNanos == 0) {
                throw new NetError(NetError.EINPROGRESS);
            }
            long deadline = deadline();
            while (!finishConnect()) {
                await(SelectionKey.OP_CONNECT, deadline);
            }
        } catch (IOException e) {
            connecting = false;
            reopenAfterFailedConnect();
            throw NetError.of(e);
        }
    }

    /**
     * Java closes a channel whose connection failed, where the C socket stays usable (it may connect again, or
     * listen): a fresh channel with the same options takes its place.
     */
    private void reopenAfterFailedConnect() {
        if (channel.isOpen() || type != SOCK_STREAM) {
            return;
        }
        try {
            closeChannel();
            setChannel(SocketChannel.open(protocolFamily(family)));
            replayOptions();
        } catch (IOException e) {
            // the socket stays closed: its next use reports EBADF
        }
    }

    /** Completes a pending connection if it can; a failure is kept for SO_ERROR and raised. */
    private boolean finishConnect() throws IOException {
        if (!connecting) {
            return true;
        }
        try {
            if (((SocketChannel) channel).finishConnect()) {
                connecting = false;
                return true;
            }
            return false;
        } catch (IOException e) {
            connecting = false;
            throw e;
        }
    }

    /** Completes a pending connection before a transfer; a failure becomes the transfer's error. */
    private void settleConnection() throws IOException {
        if (connecting && !finishConnect()) {
            throw new NetError(NetError.EAGAIN);
        }
    }

    /** Called by select() when the connection is ready: SO_ERROR then tells how it went. */
    @TruffleBoundary
    public void connectionReady() {
        try {
            finishConnect();
        } catch (IOException e) {
            pendingError = NetError.errnoOf(e);
            reopenAfterFailedConnect();
        }
    }

    @TruffleBoundary
    public int send(byte[] data, int offset, int length) {
        checkOpen();
        ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
        try {
            if (channel instanceof DatagramChannel datagram) {
                if (!datagram.isConnected()) {
                    throw new NetError(NetError.EDESTADDRREQ);
                }
            } else {
                checkStreamConnected();
                settleConnection();
            }
            long deadline = deadline();
            while (true) {
                int written = ((java.nio.channels.WritableByteChannel) channel).write(buffer);
                if (written > 0 || length == 0) {
                    return written;
                }
                await(SelectionKey.OP_WRITE, deadline);
            }
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    @TruffleBoundary
    public void sendAll(byte[] data) {
        checkOpen();
        ByteBuffer buffer = ByteBuffer.wrap(data);
        try {
            if (channel instanceof DatagramChannel) {
                send(data, 0, data.length);
                return;
            }
            checkStreamConnected();
            settleConnection();
            long deadline = deadline();
            while (buffer.hasRemaining()) {
                if (((SocketChannel) channel).write(buffer) == 0) {
                    await(SelectionKey.OP_WRITE, deadline);
                }
            }
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    private void checkStreamConnected() {
        if (outputShut || listening || (!((SocketChannel) channel).isConnected() && !connecting)) {
            throw new NetError(NetError.EPIPE);
        }
    }

    @TruffleBoundary
    public int sendTo(byte[] data, SocketAddress address) {
        checkOpen();
        if (!(channel instanceof DatagramChannel datagram)) {
            throw new NetError(channel instanceof SocketChannel stream && stream.isConnected() ? NetError.EISCONN : NetError.EPIPE);
        }
        try {
            if (datagram.isConnected()) {
                throw new NetError(NetError.EISCONN);
            }
            ByteBuffer buffer = ByteBuffer.wrap(data);
            long deadline = deadline();
            while (datagram.send(buffer, address) == 0 && data.length > 0) {
                await(SelectionKey.OP_WRITE, deadline);
            }
            return data.length;
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    /** Up to {@code size} bytes; empty at the end of the stream. */
    @TruffleBoundary
    public byte[] recv(int size) {
        return (byte[]) receive(size, false)[0];
    }

    /** Up to {@code size} bytes and the sender's address (null for a stream socket). */
    @TruffleBoundary
    public Object[] recvFrom(int size) {
        return receive(size, true);
    }

    private Object[] receive(int size, boolean wantAddress) {
        checkOpen();
        ByteBuffer buffer = ByteBuffer.allocate(size);
        try {
            long deadline = deadline();
            if (channel instanceof DatagramChannel datagram) {
                while (true) {
                    SocketAddress from = datagram.receive(buffer);
                    if (from != null) {
                        return new Object[]{bytesOf(buffer), from};
                    }
                    await(SelectionKey.OP_READ, deadline);
                }
            }
            if (listening || (!((SocketChannel) channel).isConnected() && !connecting)) {
                throw new NetError(NetError.ENOTCONN);
            }
            settleConnection();
            SocketChannel stream = (SocketChannel) channel;
            while (true) {
                int read = size == 0 ? 0 : stream.read(buffer);
                if (read != 0 || size == 0) {
                    return new Object[]{bytesOf(buffer), null};
                }
                await(SelectionKey.OP_READ, deadline);
            }
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] result = new byte[buffer.position()];
        buffer.flip();
        buffer.get(result);
        return result;
    }

    @TruffleBoundary
    public void shutdown(int how) {
        checkOpen();
        if (!(channel instanceof SocketChannel stream) || !stream.isConnected()) {
            throw new NetError(NetError.ENOTCONN);
        }
        try {
            if (how == 0 || how == 2) {
                stream.shutdownInput();
            }
            if (how == 1 || how == 2) {
                stream.shutdownOutput();
                outputShut = true;
            }
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    @TruffleBoundary
    public void close() {
        try {
            closeChannel();
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    private void closeChannel() throws IOException {
        for (Selector selector : new Selector[]{readSelector, writeSelector}) {
            if (selector != null) {
                selector.close();
            }
        }
        readSelector = null;
        writeSelector = null;
        writeKey = null;
        channel.close();
    }

    /** The local address, or null while the socket is not bound. */
    @TruffleBoundary
    public SocketAddress localAddress() {
        checkOpen();
        try {
            if (pairEnd) {
                return null;
            }
            return channel.getLocalAddress();
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    @TruffleBoundary
    public SocketAddress remoteAddress() {
        checkOpen();
        try {
            SocketAddress remote = null;
            if (channel instanceof SocketChannel stream && !connecting) {
                remote = stream.getRemoteAddress();
            } else if (channel instanceof DatagramChannel datagram) {
                remote = datagram.getRemoteAddress();
            }
            if (remote == null) {
                throw new NetError(NetError.ENOTCONN);
            }
            return pairEnd ? null : remote;
        } catch (IOException e) {
            throw NetError.of(e);
        }
    }

    private static long optionKey(int level, int option) {
        return ((long) level << 32) | option;
    }

    private SocketOption<?> javaOption(int level, int option) {
        if (level == SOL_SOCKET) {
            return switch (option) {
                case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
                case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_LINGER -> StandardSocketOptions.SO_LINGER;
                default -> null;
            };
        } else if (level == IPPROTO_TCP && option == TCP_NODELAY) {
            return StandardSocketOptions.TCP_NODELAY;
        } else if (level == IPPROTO_IPV6 && option == IPV6_V6ONLY) {
            return null;
        }
        return null;
    }

    @TruffleBoundary
    public void setOption(int level, int option, int value) {
        checkOpen();
        if (level == SOL_SOCKET && (option == SO_TYPE || option == SO_ERROR || option == SO_ACCEPTCONN)) {
            throw new NetError(NetError.ENOPROTOOPT);
        }
        SocketOption<?> javaOption = javaOption(level, option);
        boolean known = javaOption != null || level == IPPROTO_IPV6 && option == IPV6_V6ONLY;
        if (!known) {
            throw new NetError(NetError.ENOPROTOOPT);
        }
        apply(javaOption, value);
        options.put(optionKey(level, option), value);
    }

    @SuppressWarnings("unchecked")
    private void apply(SocketOption<?> javaOption, int value) {
        if (javaOption == null || !channel.supportedOptions().contains(javaOption)) {
            return;
        }
        try {
            if (javaOption.type() == Boolean.class) {
                channel.setOption((SocketOption<Boolean>) javaOption, value != 0);
            } else {
                channel.setOption((SocketOption<Integer>) javaOption, value);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new NetError(NetError.EINVAL);
        }
    }

    private void replayOptions() {
        for (Map.Entry<Long, Integer> entry : options.entrySet()) {
            apply(javaOption((int) (entry.getKey() >> 32), (int) (long) entry.getKey()), entry.getValue());
        }
    }

    @TruffleBoundary
    public int getOption(int level, int option) {
        checkOpen();
        if (level == SOL_SOCKET) {
            switch (option) {
                case SO_TYPE:
                    return type;
                case SO_ERROR: {
                    int error = pendingError;
                    pendingError = 0;
                    return error;
                }
                case SO_ACCEPTCONN:
                    return listening ? 1 : 0;
                default:
                    break;
            }
        }
        Integer stored = options.get(optionKey(level, option));
        SocketOption<?> javaOption = javaOption(level, option);
        if (javaOption != null && channel.supportedOptions().contains(javaOption)) {
            try {
                Object value = channel.getOption(javaOption);
                if (value instanceof Boolean b) {
                    return stored != null && b ? stored : b ? 1 : 0;
                }
                return (Integer) value;
            } catch (IOException e) {
                throw NetError.of(e);
            }
        }
        if (stored != null) {
            return stored;
        }
        if (javaOption != null || level == IPPROTO_IPV6 && option == IPV6_V6ONLY) {
            return 0;
        }
        throw new NetError(NetError.ENOPROTOOPT);
    }

    /** The channel select() registers, and the operations that mean readable and writable for it. */
    public SelectableChannel selectable() {
        return (SelectableChannel) channel;
    }

    public int readOps() {
        return listening ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
    }

    public int writeOps() {
        return listening ? 0 : connecting ? SelectionKey.OP_CONNECT : type == SOCK_STREAM && !((SocketChannel) channel).isConnected() ? 0 : SelectionKey.OP_WRITE;
    }

    public boolean isConnecting() {
        return connecting;
    }
}
