package dev.krait.builtins;

import java.nio.channels.SeekableByteChannel;

import dev.krait.runtime.os.ForwardingByteChannel;

/**
 * The channel of a named pipe (a FIFO, {@code os.mkfifo}) opened by name: a stream as a pipe end is, so a file over
 * it never asks for a position; asking its position or size, or truncating it, is ESPIPE as in CPython.
 */
final class NamedPipeChannel extends ForwardingByteChannel implements dev.krait.runtime.os.StreamChannel {
    private static final int ESPIPE = 29;

    /** {@code S_IFMT} and {@code S_IFIFO} of a file's mode. */
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int FIFO_TYPE = 0010000;

    NamedPipeChannel(SeekableByteChannel inner) {
        super(inner);
    }

    /** Whether {@code mode} (a file's st_mode) is a named pipe's. */
    static boolean isNamedPipe(int mode) {
        return (mode & FILE_TYPE_MASK) == FIFO_TYPE;
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
        throw OSErrorBuiltins.fromErrno(ESPIPE, null);
    }
}
