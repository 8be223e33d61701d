package dev.krait.runtime.os;

import java.nio.channels.SeekableByteChannel;

/**
 * A descriptor's channel that has no position: a pipe end. Reads return what has arrived (waiting only while
 * nothing has), and there is no reading ahead and putting back, so a file over it reads a line a byte at a time and
 * a whole read loops until the end of the stream; asking its position or size is ESPIPE.
 */
public interface StreamChannel extends SeekableByteChannel {
}
