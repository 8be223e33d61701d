package dev.krait.runtime.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/** A channel passing every operation to another; subclasses change the few that differ. */
public abstract class ForwardingByteChannel implements SeekableByteChannel {
    protected final SeekableByteChannel inner;

    protected ForwardingByteChannel(SeekableByteChannel inner) {
        this.inner = inner;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return inner.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
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
