package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.bytes.Codecs;

/**
 * The context's standard input as bytes, with one buffer shared by {@code sys.stdin} (which decodes UTF-8 and
 * translates newlines line by line, reading no further than it returns) and {@code sys.stdin.buffer}: reading one
 * after the other continues where the other stopped. A read that has to wait lets other threads run.
 */
public final class StandardInput {
    private static final int CHUNK = 8192;

    private final KraitContext context;
    private final InputStream in;
    private final byte[] buffer = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean ended;

    StandardInput(KraitContext context, InputStream in) {
        this.context = context;
        this.in = in;
    }

    /** Whether bytes are buffered, reading once (waiting) when none are; false at the end of input. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (ended) {
            return false;
        }
        position = 0;
        limit = 0;
        int count = readWaiting();
        if (count <= 0) {
            ended = count < 0;
            return false;
        }
        limit = count;
        return true;
    }

    private int readWaiting() throws IOException {
        if (!context.gil().isActive()) {
            return in.read(buffer, 0, CHUNK);
        }
        int[] count = new int[1];
        IOException[] error = new IOException[1];
        context.gil().releaseWhile(null, stream -> {
            try {
                count[0] = stream.read(buffer, 0, CHUNK);
            } catch (IOException e) {
                error[0] = e;
            }
        }, in);
        if (error[0] != null) {
            throw error[0];
        }
        return count[0];
    }

    // ---- bytes (sys.stdin.buffer) ----

    /** Up to {@code size} bytes, waiting for all of them unless the input ends; {@code size < 0}: all the rest. */
    @TruffleBoundary
    public byte[] read(long size) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        while ((size < 0 || result.size() < size) && fill()) {
            int take = (int) Math.min(limit - position, size < 0 ? Integer.MAX_VALUE : size - result.size());
            result.write(buffer, position, take);
            position += take;
        }
        return result.toByteArray();
    }

    /** {@code read1}: what is buffered, or one read's worth when nothing is; at most {@code size} bytes ({@code < 0}: any). */
    @TruffleBoundary
    public byte[] read1(long size) throws IOException {
        if (size == 0 || !fill()) {
            return new byte[0];
        }
        int take = (int) Math.min(limit - position, size < 0 ? Integer.MAX_VALUE : size);
        byte[] result = java.util.Arrays.copyOfRange(buffer, position, position + take);
        position += take;
        return result;
    }

    /** {@code peek}: the buffered bytes (reading once when there are none), not consumed. */
    @TruffleBoundary
    public byte[] peek() throws IOException {
        fill();
        return java.util.Arrays.copyOfRange(buffer, position, limit);
    }

    /** A line of bytes ending with b"\n" (or the input's end), at most {@code size} bytes when {@code size >= 0}. */
    @TruffleBoundary
    public byte[] readLine(long size) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while ((size < 0 || line.size() < size) && fill()) {
            byte b = buffer[position++];
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    // ---- text (sys.stdin): UTF-8, universal newlines ----

    /** A line of text with its end translated to "\n" ("\r\n" and "\r" end lines too); "" at the end of input. */
    @TruffleBoundary
    public String readTextLine(long size) throws IOException {
        return readText(size, true);
    }

    /** Up to {@code size} characters of text ({@code size < 0}: all the rest), newlines translated. */
    @TruffleBoundary
    public String readText(long size) throws IOException {
        return readText(size, false);
    }

    private String readText(long size, boolean oneLine) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        long characters = 0;
        while ((size < 0 || characters < size) && fill()) {
            byte b = buffer[position++];
            if (b == '\r') {
                if (fill() && buffer[position] == '\n') {
                    position++;
                }
                b = '\n';
            }
            text.write(b);
            // a character is its lead byte and the continuation bytes (10xxxxxx) that follow it
            int continuation = (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : 0;
            for (int i = 0; i < continuation && fill() && (buffer[position] & 0xC0) == 0x80; i++) {
                text.write(buffer[position++]);
            }
            characters++;
            if (oneLine && b == '\n') {
                break;
            }
        }
        return Codecs.decode(text.toByteArray(), "utf-8", "strict");
    }
}
