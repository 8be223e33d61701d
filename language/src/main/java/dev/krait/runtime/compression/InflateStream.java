package dev.krait.runtime.compression;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A decompression in progress (zlib's decompressobj, and each one-shot decompress): the JDK's {@link Inflater}
 * (zlib) reads zlib and raw deflate data; the gzip header and trailer, and the choice between zlib and gzip for
 * the automatic wbits, are read here. Input that ends inside a header or trailer is kept until more comes.
 */
public final class InflateStream implements TruffleObject {
    private enum Phase {
        HEADER,
        BODY,
        TRAILER,
        DONE
    }

    private static final byte[] EMPTY = new byte[0];

    private ZlibFormat format;
    private final byte[] dictionary;
    private Phase phase;
    private Inflater inflater;
    /** Input taken in earlier calls that did not yet make a whole header or trailer. */
    private byte[] pending = EMPTY;
    private long crc;
    private long size;

    public InflateStream(long wbits, byte[] dictionary) {
        this.format = ZlibFormat.of(wbits, true);
        this.dictionary = dictionary;
        if (format == ZlibFormat.ZLIB || format == ZlibFormat.RAW) {
            inflater = new Inflater(format == ZlibFormat.RAW);
            if (format == ZlibFormat.RAW && dictionary != null) {
                inflater.setDictionary(dictionary);
            }
            phase = Phase.BODY;
        } else {
            phase = Phase.HEADER;
        }
    }

    /** What one call gives: the output, the input not used, and whether the stream has ended. */
    public record Result(byte[] output, byte[] unconsumed, boolean eof) {
    }

    /**
     * Decompresses data, giving at most maxLength bytes (0: no limit). The unconsumed input is what maxLength left
     * unread (the stream goes on), or what follows the end of the stream.
     */
    public Result decompress(byte[] data, long maxLength) throws ZlibError {
        byte[] input = pending.length == 0 ? data : concat(pending, data);
        pending = EMPTY;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (true) {
            switch (phase) {
                case HEADER -> {
                    int length = headerLength(input, pos);
                    if (length < 0) {
                        pending = Arrays.copyOfRange(input, pos, input.length);
                        return new Result(out.toByteArray(), EMPTY, false);
                    }
                    pos += length;
                    phase = Phase.BODY;
                }
                case BODY -> {
                    inflater.setInput(input, pos, input.length - pos);
                    byte[] buffer = new byte[16384];
                    while (true) {
                        if (maxLength > 0 && out.size() >= maxLength) {
                            int remaining = inflater.getRemaining();
                            return new Result(out.toByteArray(), Arrays.copyOfRange(input, input.length - remaining, input.length), false);
                        }
                        int room = maxLength > 0 ? (int) Math.min(buffer.length, maxLength - out.size()) : buffer.length;
                        int n;
                        try {
                            n = inflater.inflate(buffer, 0, room);
                        } catch (DataFormatException e) {
                            throw new ZlibError("Error -3 while decompressing data: " + e.getMessage());
                        }
                        out.write(buffer, 0, n);
                        if (format == ZlibFormat.GZIP) {
                            crc = Checksums.crc32(buffer, 0, n, crc);
                            size += n;
                        }
                        if (inflater.finished()) {
                            pos = input.length - inflater.getRemaining();
                            inflater.end();
                            phase = format == ZlibFormat.GZIP ? Phase.TRAILER : Phase.DONE;
                            break;
                        }
                        if (inflater.needsDictionary()) {
                            if (dictionary == null) {
                                throw new ZlibError("Error 2 while decompressing data");
                            }
                            inflater.setDictionary(dictionary);
                            continue;
                        }
                        if (n == 0 && inflater.needsInput()) {
                            return new Result(out.toByteArray(), EMPTY, false);
                        }
                    }
                }
                case TRAILER -> {
                    if (input.length - pos < 8) {
                        pending = Arrays.copyOfRange(input, pos, input.length);
                        return new Result(out.toByteArray(), EMPTY, false);
                    }
                    if (littleEndian(input, pos) != (crc & 0xFFFFFFFFL)) {
                        throw new ZlibError("Error -3 while decompressing data: incorrect data check");
                    }
                    if (littleEndian(input, pos + 4) != (size & 0xFFFFFFFFL)) {
                        throw new ZlibError("Error -3 while decompressing data: incorrect length check");
                    }
                    pos += 8;
                    phase = Phase.DONE;
                }
                case DONE -> {
                    return new Result(out.toByteArray(), Arrays.copyOfRange(input, pos, input.length), true);
                }
            }
        }
    }

    /**
     * The length of the gzip header at pos (choosing zlib or gzip first for the automatic format, the zlib header
     * then being the inflater's), or -1 if the input ends inside it.
     */
    private int headerLength(byte[] input, int pos) throws ZlibError {
        int available = input.length - pos;
        if (format == ZlibFormat.AUTO) {
            if (available == 0 || available == 1 && input[pos] == 0x1f) {
                return -1;
            }
            if (available >= 2 && input[pos] == 0x1f && input[pos + 1] == (byte) 0x8b) {
                format = ZlibFormat.GZIP;
            } else {
                format = ZlibFormat.ZLIB;
                inflater = new Inflater(false);
                return 0;
            }
        }
        if (available < 10) {
            if (available >= 1 && input[pos] != 0x1f || available >= 2 && input[pos + 1] != (byte) 0x8b) {
                throw new ZlibError("Error -3 while decompressing data: incorrect header check");
            }
            return -1;
        }
        if (input[pos] != 0x1f || input[pos + 1] != (byte) 0x8b) {
            throw new ZlibError("Error -3 while decompressing data: incorrect header check");
        }
        if (input[pos + 2] != 8) {
            throw new ZlibError("Error -3 while decompressing data: unknown compression method");
        }
        int flags = input[pos + 3] & 0xFF;
        if ((flags & 0xE0) != 0) {
            throw new ZlibError("Error -3 while decompressing data: unknown header flags set");
        }
        int at = pos + 10;
        if ((flags & 4) != 0) {
            if (input.length - at < 2) {
                return -1;
            }
            at += 2 + ((input[at] & 0xFF) | (input[at + 1] & 0xFF) << 8);
        }
        for (int flag : new int[]{8, 16}) {
            if ((flags & flag) != 0) {
                while (at < input.length && input[at] != 0) {
                    at++;
                }
                at++;
            }
        }
        if ((flags & 2) != 0) {
            at += 2;
        }
        if (at > input.length) {
            return -1;
        }
        inflater = new Inflater(true);
        return at - pos;
    }

    private static long littleEndian(byte[] data, int at) {
        return (data[at] & 0xFFL) | (data[at + 1] & 0xFFL) << 8 | (data[at + 2] & 0xFFL) << 16 | (data[at + 3] & 0xFFL) << 24;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
