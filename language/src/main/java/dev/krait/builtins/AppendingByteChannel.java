package dev.krait.builtins;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * A channel opened for reading and appending ({@code open(..., 'a+')}, {@code os.open} with O_RDWR|O_APPEND): Java
 * refuses READ with APPEND, so the file is opened for reading and writing and every write goes to the end first, as
 * O_APPEND makes the kernel do.
 */
final class AppendingByteChannel implements SeekableByteChannel {
    private final SeekableByteChannel inner;

    AppendingByteChannel(SeekableByteChannel inner) throws IOException {
        this.inner = inner;
        inner.position(inner.size());
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return inner.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        inner.position(inner.size());
        return inner.write(src);
    }

    @Override
    public long position() throws IOException {
        return inner.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        inner.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return inner.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        inner.truncate(size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
