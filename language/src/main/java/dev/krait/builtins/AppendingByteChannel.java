package dev.krait.builtins;

import dev.krait.runtime.os.ForwardingByteChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * A channel opened for reading and appending ({@code open(..., 'a+')}, {@code os.open} with O_RDWR|O_APPEND): Java
 * refuses READ with APPEND, so the file is opened for reading and writing and every write goes to the end first, as
 * O_APPEND makes the kernel do.
 */
final class AppendingByteChannel extends ForwardingByteChannel {
    AppendingByteChannel(SeekableByteChannel inner) throws IOException {
        super(inner);
        inner.position(inner.size());
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        inner.position(inner.size());
        return inner.write(src);
    }
}
