package dev.krait.runtime.objects;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.bytes.Codecs;

/**
 * A file opened by {@code open()}: a channel (from Truffle's file system, so an embedder's I/O policy applies) with
 * Python's modes. Binary files read and write bytes; text files decode and encode with their encoding and translate
 * newlines on reading (universal newlines unless {@code newline} says otherwise). Writes are buffered until a flush,
 * a seek, a read or the close. A text file decodes the rest of the file on its first read and serves reads from that
 * text (translating newlines as it hands it out); {@link #tell} then counts the bytes the consumed text took.
 */
public final class PFile extends PythonObject {
    private static final int WRITE_BUFFER = 8192;

    private Object name;
    private final String mode;
    private final boolean binary;
    private final boolean readable;
    private final boolean writable;
    private String encodingName;
    /** The codec text is written in: after the first write, utf-16/utf-32 go on without another byte-order mark. */
    private String writeEncoding;
    private String errors;
    /** null: universal newlines; "" : no translation; otherwise the line ending to read and write. */
    private String newline;
    private SeekableByteChannel channel;
    private final StringBuilder pendingText = new StringBuilder();
    private java.io.ByteArrayOutputStream pendingBytes;
    /** Text read but not consumed yet, with the byte position it started at; null when nothing was read. */
    private String readText;
    private int readIndex;
    private long readStart;

    // ---- layers: a text file's .buffer and a buffered file's .raw, made on first use over the same channel ----

    /** The layer this one wraps (text, then buffered, then raw), counted as a held reference; null until asked for. */
    private PFile below;
    /** The layer wrapping this one (not counted: the upper layer owns the lower), or null. */
    private PFile above;
    /** Whether detach() gave this layer's stream away: it is unusable from then on. */
    private boolean detached;
    /** The mode the raw file shows ('rb', 'wb', 'rb+', 'ab', 'xb+'…). */
    private String rawMode;
    /** Text only: flush after every write that holds a newline (buffering=1, reconfigure(line_buffering=True)). */
    private boolean lineBuffering;
    private boolean writeThrough;
    /** Text with universal newlines: the kinds of line ending read so far (1 "\r", 2 "\n", 4 "\r\n"). */
    private int seenNewlines;

    public String rawMode() {
        return rawMode == null ? mode : rawMode;
    }

    public void setRawMode(String rawMode) {
        this.rawMode = rawMode;
    }

    public boolean isDetached() {
        return detached;
    }

    public boolean lineBuffering() {
        return lineBuffering;
    }

    public boolean writeThrough() {
        return writeThrough;
    }

    public void setLineBuffering(boolean lineBuffering) {
        this.lineBuffering = lineBuffering;
    }

    public void setWriteThrough(boolean writeThrough) {
        this.writeThrough = writeThrough;
    }

    public int seenNewlines() {
        return seenNewlines;
    }

    public String newline() {
        return newline;
    }

    public boolean isUnbuffered() {
        return unbuffered;
    }

    /** The layer under this one ({@code .buffer} of a text file, {@code .raw} of a buffered one), made on first use. */
    @TruffleBoundary
    public PFile layerBelow(PythonClass cls, boolean rawLayer) {
        if (below == null) {
            PFile layer = new PFile(cls, dev.krait.runtime.KraitContext.get(null).getShape(), name, rawMode(), true, readable, writable, null, null, null, channel);
            layer.rawMode = rawMode();
            layer.closesDescriptor = closesDescriptor;
            layer.unbuffered = rawLayer;
            layer.above = this;
            dev.krait.runtime.memory.RefCounts.storeInto(this, layer);
            dev.krait.runtime.memory.RefCounts.noteHeldReference(layer);
            below = layer;
        }
        return below;
    }

    /** The layer under this one if it has been made, else null. */
    public PFile existingLayerBelow() {
        return below;
    }

    /**
     * {@code detach()}: the layer under this one, which this one no longer uses; from now on this one is unusable.
     * The caller gets the reference this layer held.
     */
    @TruffleBoundary
    public PFile detach(PythonClass belowClass, boolean rawLayer) throws IOException {
        flush();
        dropReadText();
        PFile layer = layerBelow(belowClass, rawLayer);
        layer.above = null;
        dev.krait.runtime.memory.RefCounts.decRef(layer);
        if (descriptor >= 0 && layer.descriptor < 0) {
            layer.descriptor = descriptor;
            descriptor = -1;
        }
        below = null;
        detached = true;
        channel = null;
        return layer;
    }

    private PFile top() {
        PFile layer = this;
        while (layer.above != null) {
            layer = layer.above;
        }
        return layer;
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (name instanceof PythonObject) {
            visitor.visit(name);
        }
        if (below != null) {
            visitor.visit(below);
        }
    }

    /** Text only: newlines, encoding and buffering as {@code reconfigure()} sets them (after a flush). */
    @TruffleBoundary
    public void reconfigure(String newEncoding, String newErrors, String newNewline, boolean setNewline) throws IOException {
        flush();
        if (newEncoding != null) {
            encodingName = newEncoding;
            writeEncoding = newEncoding;
        }
        if (newErrors != null) {
            errors = newErrors;
        }
        if (setNewline) {
            newline = newNewline;
        }
    }

    /** Whether text has been read ahead (reconfigure() cannot change the encoding or newlines then). */
    public boolean hasReadText() {
        return readText != null;
    }

    /** A FileIO (open(…, buffering=0)): each write goes out at once, and a read of a pipe is one read. */
    private boolean unbuffered;

    public void setUnbuffered(boolean unbuffered) {
        this.unbuffered = unbuffered;
    }

    /** Whether the channel has no position (a pipe end): see {@link dev.krait.runtime.os.StreamChannel}. */
    private boolean isStream() {
        return channel instanceof dev.krait.runtime.os.StreamChannel;
    }

    /** Whether closing closes the file descriptor (a FileIO's {@code closefd}). */
    private boolean closesDescriptor = true;

    public boolean closesDescriptor() {
        return closesDescriptor;
    }

    public void setClosesDescriptor(boolean closesDescriptor) {
        this.closesDescriptor = closesDescriptor;
    }

    public PFile(PythonClass cls, Shape shape, Object name, String mode, boolean binary, boolean readable, boolean writable,
                    String encodingName, String errors, String newline, SeekableByteChannel channel) {
        super(cls, shape);
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        this.encodingName = encodingName;
        this.writeEncoding = encodingName;
        this.errors = errors;
        this.newline = newline;
        this.channel = channel;
    }

    /** The channel the file reads and writes (a child process's stream can be copied to or from it). */
    public SeekableByteChannel channel() {
        return channel;
    }

    public Object name() {
        return name;
    }

    /** FileIO(path_like) keeps the object it was given as its name (open() names the file by the path). */
    public void setNameObject(Object nameObject) {
        dev.krait.runtime.memory.RefCounts.storeInto(this, nameObject);
        this.name = nameObject;
    }

    public String mode() {
        return mode;
    }

    public boolean isBinary() {
        return binary;
    }

    public boolean isReadable() {
        return readable;
    }

    public boolean isWritable() {
        return writable;
    }

    public String encodingName() {
        return encodingName;
    }

    public String errors() {
        return errors;
    }

    public boolean isClosed() {
        return channel == null;
    }

    // ---- writing ----

    @TruffleBoundary
    public void writeText(String text) throws IOException {
        String translated = newline != null && !newline.isEmpty() && !newline.equals("\n") ? text.replace("\n", newline) : text;
        dropReadText();
        pendingText.append(translated);
        if (pendingText.length() >= WRITE_BUFFER || writeThrough || lineBuffering && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            flush();
        }
    }

    @TruffleBoundary
    public void writeBytes(byte[] data) throws IOException {
        dropReadText();
        if (pendingBytes == null) {
            pendingBytes = new java.io.ByteArrayOutputStream();
        }
        pendingBytes.write(data);
        if (unbuffered || pendingBytes.size() >= WRITE_BUFFER) {
            flush();
        }
    }

    /**
     * Writes out what this layer holds. As in CPython, where a layer's flush writes into the layer below and flushes
     * it, what the layers below hold (written to them earlier) goes out first. Layers hold their own data otherwise:
     * text read ahead stays with the text layer, as CPython's TextIOWrapper keeps its decoded chunk.
     */
    @TruffleBoundary
    public void flush() throws IOException {
        if (below != null && below.channel != null) {
            below.flush();
        }
        if (pendingText.length() > 0) {
            if (isStream() || channel.position() > 0) {
                continueWithoutByteOrderMark();
            }
            byte[] encoded = Codecs.encode(pendingText.toString(), writeEncoding, errors);
            pendingText.setLength(0);
            continueWithoutByteOrderMark();
            writeFully(ByteBuffer.wrap(encoded));
        }
        if (pendingBytes != null && pendingBytes.size() > 0) {
            ByteBuffer data = ByteBuffer.wrap(pendingBytes.toByteArray());
            pendingBytes.reset();
            writeFully(data);
        }
    }

    private void writeFully(ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            channel.write(data);
        }
    }

    private void continueWithoutByteOrderMark() {
        String normalized = writeEncoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (normalized.equals("utf-16") || normalized.equals("utf16")) {
            writeEncoding = "utf-16-le";
        } else if (normalized.equals("utf-32") || normalized.equals("utf32")) {
            writeEncoding = "utf-32-le";
        }
    }

    // ---- reading ----

    /** Up to {@code size} characters ({@code size < 0}: all the rest), newlines translated. */
    @TruffleBoundary
    public String readText(long size) throws IOException {
        loadText();
        StringBuilder result = new StringBuilder();
        int end = readText.length();
        long count = 0; // characters are code points: a surrogate pair is one
        while (readIndex < end && (size < 0 || count < size)) {
            char c = readText.charAt(readIndex++);
            count++;
            if (Character.isHighSurrogate(c) && readIndex < end && Character.isLowSurrogate(readText.charAt(readIndex))) {
                result.append(c);
                c = readText.charAt(readIndex++);
            } else if (c == '\r' && newline == null) {
                if (readIndex < end && readText.charAt(readIndex) == '\n') {
                    readIndex++;
                }
                c = '\n';
            }
            result.append(c);
        }
        return result.toString();
    }

    /** One line with its ending, at most {@code size} characters when {@code size >= 0}; "" at the end. */
    @TruffleBoundary
    public String readLine(long size) throws IOException {
        loadText();
        StringBuilder line = new StringBuilder();
        int end = readText.length();
        boolean anyEnding = newline == null || newline.isEmpty();
        long count = 0; // characters are code points: a surrogate pair is one
        while (readIndex < end && (size < 0 || count < size)) {
            char c = readText.charAt(readIndex++);
            count++;
            if (Character.isHighSurrogate(c) && readIndex < end && Character.isLowSurrogate(readText.charAt(readIndex))) {
                line.append(c).append(readText.charAt(readIndex++));
                continue;
            }
            if (anyEnding && c == '\r') {
                boolean crlf = readIndex < end && readText.charAt(readIndex) == '\n';
                if (newline == null) {
                    if (crlf) {
                        readIndex++;
                    }
                    line.append('\n');
                } else {
                    line.append('\r');
                    if (crlf && (size < 0 || count < size)) {
                        readIndex++;
                        line.append('\n');
                    }
                }
                break;
            }
            line.append(c);
            if (c == '\n' && (anyEnding || newline.equals("\n"))) {
                break;
            }
            if (!anyEnding && newline.equals("\r\n") && c == '\n' && line.length() >= 2 && line.charAt(line.length() - 2) == '\r') {
                break;
            }
            if (!anyEnding && newline.equals("\r") && c == '\r') {
                break;
            }
        }
        return line.toString();
    }

    /** Reads the rest of the file as text once, translating newlines as the mode asks. */
    private void loadText() throws IOException {
        if (readText != null) {
            return;
        }
        flush();
        readStart = isStream() ? 0 : channel.position();
        byte[] data = readRemainingBytes();
        readText = Codecs.decode(data, encodingName, errors);
        readIndex = 0;
        if (newline == null || newline.isEmpty()) {
            noteNewlines(readText);
        }
    }

    /** Notes the kinds of line ending in text just decoded (what {@code newlines} reports). */
    private void noteNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            if (text.indexOf('\n') >= 0) {
                seenNewlines |= 2;
            }
            return;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                seenNewlines |= 2;
            } else if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    seenNewlines |= 4;
                    i++;
                } else {
                    seenNewlines |= 1;
                }
            }
        }
    }

    @TruffleBoundary
    public byte[] readBytes(long size) throws IOException {
        flush();
        if (size < 0) {
            return readRemainingBytes();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE - 8));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0 || unbuffered && isStream()) {
                // a FileIO's read of a pipe is one read: what has arrived
                break;
            }
        }
        byte[] result = new byte[buffer.position()];
        buffer.flip();
        buffer.get(result);
        return result;
    }

    /** Whether the channel has positions (a file, not a pipe end). */
    public boolean isSeekable() {
        return !isStream();
    }

    /** {@code peek()}: the bytes ahead of the position (up to a buffer's worth), leaving the position where it is. */
    @TruffleBoundary
    public byte[] peekBytes() throws IOException {
        flush();
        long start = channel.position();
        ByteBuffer buffer = ByteBuffer.allocate(WRITE_BUFFER);
        channel.read(buffer);
        channel.position(start);
        byte[] result = new byte[buffer.position()];
        buffer.flip();
        buffer.get(result);
        return result;
    }

    /** {@code read1(size)}: at most {@code size} bytes ({@code size < 0}: a buffer's worth) from one read of the channel. */
    @TruffleBoundary
    public byte[] readBytesOnce(long size) throws IOException {
        flush();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size < 0 ? WRITE_BUFFER : size, Integer.MAX_VALUE - 8));
        if (buffer.hasRemaining()) {
            channel.read(buffer);
        }
        byte[] result = new byte[buffer.position()];
        buffer.flip();
        buffer.get(result);
        return result;
    }

    /** One line of a binary file, ending with b"\n" (or the end), at most {@code size} bytes when {@code size >= 0}. */
    @TruffleBoundary
    public byte[] readByteLine(long size) throws IOException {
        flush();
        // read ahead a block at a time, keep what the line takes, and put the channel back after the line
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        if (isStream()) {
            // nothing read can be put back: a byte at a time, up to the newline
            ByteBuffer one = ByteBuffer.allocate(1);
            while (size < 0 || line.size() < size) {
                one.clear();
                if (channel.read(one) <= 0) {
                    break;
                }
                line.write(one.get(0));
                if (one.get(0) == '\n') {
                    break;
                }
            }
            return line.toByteArray();
        }
        ByteBuffer block = ByteBuffer.allocate(8192);
        while (size < 0 || line.size() < size) {
            long start = channel.position();
            block.clear();
            int read = channel.read(block);
            if (read <= 0) {
                break;
            }
            int take = 0;
            boolean ended = false;
            while (take < read && (size < 0 || line.size() + take < size)) {
                if (block.get(take++) == '\n') {
                    ended = true;
                    break;
                }
            }
            line.write(block.array(), 0, take);
            channel.position(start + take);
            if (ended) {
                break;
            }
        }
        return line.toByteArray();
    }

    private byte[] readRemainingBytes() throws IOException {
        if (isStream()) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            ByteBuffer block = ByteBuffer.allocate(WRITE_BUFFER);
            while (true) {
                block.clear();
                int n = channel.read(block);
                if (n < 0) {
                    return all.toByteArray();
                }
                all.write(block.array(), 0, n);
            }
        }
        long remaining = Math.max(0, channel.size() - channel.position());
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(remaining + 1, Integer.MAX_VALUE - 8));
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        while (true) {
            buffer.clear();
            int n = channel.read(buffer);
            if (n < 0) {
                break;
            }
            all.write(buffer.array(), 0, n);
            if (n == 0 && channel.position() >= channel.size()) {
                break;
            }
        }
        return all.toByteArray();
    }

    /** Forgets text read ahead, putting the channel back where the consumed text ended. */
    private void dropReadText() throws IOException {
        if (readText != null) {
            long consumed = encodedLength(readText.substring(0, readIndex));
            readText = null;
            if (!isStream()) {
                channel.position(readStart + consumed);
            }
        }
    }

    private long encodedLength(String text) {
        return Codecs.encode(text, writeEncoding, errors).length;
    }

    // ---- positions ----

    @TruffleBoundary
    public long tell() throws IOException {
        if (readText != null) {
            return readStart + encodedLength(readText.substring(0, readIndex));
        }
        flush();
        return channel.position();
    }

    @TruffleBoundary
    public long seek(long offset, int whence) throws IOException {
        flush();
        readText = null;
        long base = switch (whence) {
            case 1 -> channel.position();
            case 2 -> channel.size();
            default -> 0;
        };
        if (base + offset < 0) {
            // lseek's EINVAL (a position before the start), as CPython reports it
            throw new java.nio.file.FileSystemException(null, null, "Invalid argument");
        }
        channel.position(base + offset);
        return channel.position();
    }

    /**
     * lseek's SEEK_DATA (the next data at or after offset) and SEEK_HOLE (the next hole): a file here has no holes
     * but its end; ENXIO past the end.
     */
    @TruffleBoundary
    public long seekDataOrHole(long offset, boolean hole) throws IOException {
        flush();
        readText = null;
        long size = channel.size();
        if (offset < 0 || offset >= size) {
            throw new java.nio.file.FileSystemException(null, null, "No such device or address");
        }
        channel.position(hole ? size : offset);
        return channel.position();
    }

    @TruffleBoundary
    public long truncate(long size) throws IOException {
        flush();
        readText = null;
        resize(channel, size);
        return size;
    }

    /**
     * Makes a channel's file {@code size} bytes long as ftruncate does: cut, or extended with zero bytes (a channel's
     * own truncate never grows a file); the position does not move.
     */
    public static void resize(java.nio.channels.SeekableByteChannel channel, long size) throws IOException {
        long current = channel.size();
        if (size < current) {
            channel.truncate(size);
        } else if (size > current) {
            long position = channel.position();
            channel.position(size - 1);
            channel.write(java.nio.ByteBuffer.wrap(new byte[1]));
            channel.position(position);
        }
    }

    @TruffleBoundary
    public void close() throws IOException {
        if (channel != null && (above != null || below != null)) {
            closeLayers();
            return;
        }
        if (channel != null) {
            try {
                flush();
            } finally {
                channel.close();
                channel = null;
                if (descriptor >= 0) {
                    dev.krait.runtime.KraitContext.get(null).fileDescriptors().forget(descriptor);
                    descriptor = -1;
                }
            }
        }
    }

    /** Closes every layer of this file: what each holds is written out, top first, and the channel closed once. */
    private void closeLayers() throws IOException {
        PFile top = top();
        IOException failure = null;
        for (PFile layer = top; layer != null; layer = layer.below) {
            if (layer.channel != null) {
                try {
                    layer.flush();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
        }
        SeekableByteChannel shared = channel;
        int number = -1;
        for (PFile layer = top; layer != null; layer = layer.below) {
            layer.channel = null;
            number = Math.max(number, layer.descriptor);
            layer.descriptor = -1;
        }
        try {
            shared.close();
        } finally {
            if (number >= 0) {
                dev.krait.runtime.KraitContext.get(null).fileDescriptors().forget(number);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The descriptor number {@link #fileno} gave this file (its channel in the descriptor table), or -1. */
    private int descriptor = -1;

    /**
     * {@code fileno()}: the number {@code open(fd)} was given, else one made on first use that names this file's
     * channel in the descriptor table (os.read/os.write/os.fstat reach the same file), until the file is closed.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public long fileno(dev.krait.runtime.KraitContext context) {
        if (name instanceof Long fd) {
            return fd;
        }
        if (above != null) {
            return top().fileno(context);
        }
        if (descriptor < 0) {
            descriptor = context.fileDescriptors().add(new dev.krait.runtime.os.ForwardingByteChannel(channel) {
                @Override
                public void close() {
                    // the file object owns the channel; os.close() of its number only forgets the number
                }
            }, name instanceof String path ? path : null);
        }
        return descriptor;
    }

}
