package dev.krait.builtins;

import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.net.NetError;
import dev.krait.runtime.net.SocketHandle;

/**
 * A socket seen as a file descriptor's channel, for {@code os.read}/{@code os.write} and {@code open(fd)} on a
 * socket's number: reads receive, writes send (both block as the socket does, without the GIL); seeking is
 * ESPIPE, as for any socket. Failures are raised as the Python exceptions the socket module raises.
 */
final class SocketByteChannel implements SeekableByteChannel {
    private static final int ESPIPE = 29;

    private final SocketHandle socket;

    SocketByteChannel(SocketHandle socket) {
        this.socket = socket;
    }

    @Override
    @TruffleBoundary
    public int read(ByteBuffer dst) {
        try {
            byte[] data = socket.recv(dst.remaining());
            if (data.length == 0 && dst.remaining() > 0) {
                return -1;
            }
            dst.put(data);
            return data.length;
        } catch (NetError e) {
            throw SocketModule.raise(e);
        }
    }

    @Override
    @TruffleBoundary
    public int write(ByteBuffer src) {
        byte[] data = new byte[src.remaining()];
        src.get(data);
        try {
            int sent = socket.send(data, 0, data.length);
            src.position(src.position() - (data.length - sent));
            return sent;
        } catch (NetError e) {
            throw SocketModule.raise(e);
        }
    }

    @Override
    public long position() {
        throw SocketModule.raise(new NetError(ESPIPE));
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        throw SocketModule.raise(new NetError(ESPIPE));
    }

    @Override
    public long size() {
        throw SocketModule.raise(new NetError(ESPIPE));
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw SocketModule.raise(new NetError(NetError.EINVAL));
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public void close() {
        // the descriptor table closes sockets (os.close), never a channel borrowed for one read or write
    }
}
