package dev.krait.runtime.compression;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A compression in progress (zlib's compressobj, and each one-shot compress): the JDK's {@link Deflater}, which is
 * zlib, giving zlib or raw deflate data; the gzip header and trailer are written here. The JDK's deflater always
 * uses a 32 KiB window, which gives the same output as a smaller one as long as no match could reach further
 * back than the smaller window allows, so a smaller wbits is refused only for more input than that.
 */
public final class DeflateStream implements TruffleObject {
    /** zlib's flush modes. */
    public static final int Z_SYNC_FLUSH = 2;
    public static final int Z_FULL_FLUSH = 3;
    public static final int Z_FINISH = 4;

    /** zlib keeps this much lookahead: matches reach at most the window size less this. */
    private static final int MIN_LOOKAHEAD = 262;

    private final Deflater deflater;
    private final ZlibFormat format;
    private final int windowBits;
    private final int level;
    private boolean headerWritten;
    private boolean finishing;
    private boolean ended;
    /** Whether the zlib header has gone out (the deflater writes it whole with its first output). */
    private boolean headerPatched;
    private long crc;
    private long totalIn;

    public DeflateStream(int level, long wbits, int strategy, byte[] dictionary) {
        this.format = ZlibFormat.of(wbits, false);
        this.windowBits = Math.max(9, (int) Math.abs(wbits) & 15);
        this.level = level == -1 ? 6 : level;
        this.deflater = new Deflater(level, format != ZlibFormat.ZLIB);
        deflater.setStrategy(strategy);
        if (dictionary != null) {
            deflater.setDictionary(dictionary);
        }
    }

    /** The input at most a window of {@code windowBits} can take with the same output as the JDK's 32 KiB one. */
    public long inputLimit() {
        return windowBits == 15 ? Long.MAX_VALUE : (1L << windowBits) - MIN_LOOKAHEAD;
    }

    public long totalIn() {
        return totalIn;
    }

    public int windowBits() {
        return windowBits;
    }

    /**
     * The sizes of the output buffers CPython's zlib module gives deflate() in turn during one call (its blocks
     * output buffer). The stored blocks of level 0 are cut to the output room, so the same sizes give the same bytes.
     */
    private static final int[] OUTPUT_BLOCK_SIZES = {32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
                    32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20};

    /** Compresses data, returning what the deflater gives out so far. */
    public byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int room = start(out);
        take(data);
        deflater.setInput(data);
        drain(out, Deflater.NO_FLUSH, room);
        return finishOutput(out);
    }

    /** Compresses all of data and ends the stream, as zlib.compress() does (one deflate() with Z_FINISH). */
    public byte[] compressAll(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int room = start(out);
        take(data);
        deflater.setInput(data);
        finish(out, room);
        return finishOutput(out);
    }

    private void take(byte[] data) {
        if (format == ZlibFormat.GZIP) {
            crc = Checksums.crc32(data, 0, data.length, crc);
        }
        totalIn += data.length;
    }

    /** Flushes with one of zlib's modes: Z_FINISH ends the stream (and writes the gzip trailer). */
    public byte[] flush(int mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int room = start(out);
        deflater.setInput(new byte[0]);
        if (mode == Z_FINISH) {
            finish(out, room);
        } else if (mode == Z_SYNC_FLUSH) {
            drain(out, Deflater.SYNC_FLUSH, room);
        } else if (mode == Z_FULL_FLUSH) {
            drain(out, Deflater.FULL_FLUSH, room);
        }
        return finishOutput(out);
    }

    private void finish(ByteArrayOutputStream out, int firstRoom) {
        deflater.finish();
        finishing = true;
        drain(out, Deflater.NO_FLUSH, firstRoom);
        if (format == ZlibFormat.GZIP) {
            writeLittleEndian(out, crc);
            writeLittleEndian(out, totalIn);
        }
        deflater.end();
        ended = true;
    }

    /** Whether the stream has been finished (its deflater's memory freed): nothing more can be done with it. */
    public boolean isEnded() {
        return ended;
    }

    /**
     * Calls the deflater with CPython's output buffer sizes until it leaves room unused with all input taken (or,
     * when finishing, the stream ended). A call that only applies a new strategy gives nothing and takes nothing.
     */
    private void drain(ByteArrayOutputStream out, int flush, int firstRoom) {
        byte[] buffer = new byte[firstRoom];
        int filled = 0;
        int block = 0;
        while (true) {
            int n = deflater.deflate(buffer, filled, buffer.length - filled, flush);
            filled += n;
            if (filled < buffer.length && (deflater.finished() || !finishing && deflater.needsInput())) {
                out.write(buffer, 0, filled);
                return;
            }
            if (filled == buffer.length) {
                out.write(buffer, 0, filled);
                block = Math.min(block + 1, OUTPUT_BLOCK_SIZES.length - 1);
                buffer = new byte[OUTPUT_BLOCK_SIZES[block]];
                filled = 0;
            }
        }
    }

    /** Writes the gzip header before the first output; returns the room zlib would have left in its first buffer. */
    private int start(ByteArrayOutputStream out) {
        if (headerWritten) {
            return OUTPUT_BLOCK_SIZES[0];
        }
        headerWritten = true;
        if (format == ZlibFormat.GZIP) {
            // magic, deflate, no flags, no time, extra flags as zlib sets them, Unix
            int extraFlags = level == 9 ? 2 : level < 2 ? 4 : 0;
            byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) extraFlags, 3};
            out.writeBytes(header);
            return OUTPUT_BLOCK_SIZES[0] - header.length;
        }
        return OUTPUT_BLOCK_SIZES[0];
    }

    /** The zlib header names the window: for a smaller wbits its first byte (and so its check bits) change. */
    private byte[] finishOutput(ByteArrayOutputStream out) {
        byte[] bytes = out.toByteArray();
        if (!headerPatched && bytes.length >= 2) {
            headerPatched = true;
            if (format == ZlibFormat.ZLIB && windowBits != 15) {
                int first = ((windowBits - 8) << 4) | 8;
                int second = bytes[1] & 0xE0;
                second += (31 - ((first << 8) + second) % 31) % 31;
                bytes[0] = (byte) first;
                bytes[1] = (byte) second;
            }
        }
        return bytes;
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }
}
