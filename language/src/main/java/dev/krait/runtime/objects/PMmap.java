package dev.krait.runtime.objects;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.Errors;

/**
 * An {@code mmap.mmap}: a memory segment (a mapping of a file through {@link FileChannel#map}, or anonymous memory)
 * with a position, the access mode it was made with, and the file it maps (for {@code size()} and {@code resize()}).
 * Closing releases the segment; memoryviews of it are counted exports, which keep it from closing or resizing.
 */
public final class PMmap extends PythonObject {
    public static final int ACCESS_DEFAULT = 0;
    public static final int ACCESS_READ = 1;
    public static final int ACCESS_WRITE = 2;
    public static final int ACCESS_COPY = 3;

    private Arena arena;
    private MemorySegment data;
    private long size;
    private long position;
    private final int access;
    private final long offset;
    /** MAP_SHARED (changes reach the file, or memory shared with child processes) rather than MAP_PRIVATE. */
    private final boolean shared;
    /** The mapped file's channel (kept open, as CPython keeps a duplicate descriptor), or null for anonymous memory. */
    private FileChannel file;
    private int exports;

    public PMmap(PythonClass cls, Shape shape, Arena arena, MemorySegment data, int access, boolean shared, long offset, FileChannel file) {
        super(cls, shape);
        this.shared = shared;
        this.arena = arena;
        this.data = data;
        this.size = data.byteSize();
        this.access = access;
        this.offset = offset;
        this.file = file;
    }

    public boolean isClosed() {
        return data == null;
    }

    /** Raises CPython's error for an operation on a closed map. */
    public void checkValid() {
        if (data == null) {
            throw Errors.valueError("mmap closed or invalid");
        }
    }

    /** Raises CPython's error for a change to a map opened for reading only. */
    public void checkWritable() {
        if (access == ACCESS_READ) {
            throw Errors.typeError("mmap can't modify a readonly memory map.");
        }
    }

    public int access() {
        return access;
    }

    public boolean isShared() {
        return shared;
    }

    public long offset() {
        return offset;
    }

    public FileChannel file() {
        return file;
    }

    /** The length of the map (the closed map's is 0, as its repr does not show one). */
    public long length() {
        checkValid();
        return size;
    }

    public long position() {
        return position;
    }

    public void setPosition(long position) {
        this.position = position;
    }

    public int exports() {
        return exports;
    }

    public void addExport() {
        exports++;
    }

    public void removeExport() {
        exports--;
    }

    public byte byteAt(long index) {
        return data.get(ValueLayout.JAVA_BYTE, index);
    }

    public void setByte(long index, byte value) {
        data.set(ValueLayout.JAVA_BYTE, index, value);
    }

    /** A copy of {@code count} bytes from {@code start}. */
    @TruffleBoundary
    public byte[] read(long start, int count) {
        byte[] result = new byte[count];
        MemorySegment.copy(data, ValueLayout.JAVA_BYTE, start, result, 0, count);
        return result;
    }

    @TruffleBoundary
    public void write(long start, byte[] bytes) {
        MemorySegment.copy(bytes, 0, data, ValueLayout.JAVA_BYTE, start, bytes.length);
    }

    /** {@code move(dest, src, count)}: overlapping ranges are copied as memmove does. */
    @TruffleBoundary
    public void move(long destination, long source, long count) {
        MemorySegment.copy(data, source, data, destination, count);
    }

    /** Writes the map's changes to its file ({@code msync}); nothing to do for anonymous memory or a private copy. */
    @TruffleBoundary
    public void flush() {
        if (file != null && data.isMapped() && access != ACCESS_COPY) {
            data.force();
        }
    }

    /** Replaces the memory by a new segment of another size (resize), the old content kept as far as both reach. */
    @TruffleBoundary
    public void replaceData(Arena newArena, MemorySegment newData) {
        Arena old = arena;
        arena = newArena;
        data = newData;
        size = newData.byteSize();
        if (old != null && old != newArena) {
            old.close();
        }
    }

    public MemorySegment data() {
        return data;
    }

    /** {@code close()}: unmaps the memory and closes the file's channel; later operations raise. */
    @TruffleBoundary
    public void close() {
        if (data != null) {
            data = null;
            size = 0;
            if (arena != null) {
                arena.close();
                arena = null;
            }
        }
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // closing a channel we only read the size of: nothing to report
            }
            file = null;
        }
    }

    /** The memory goes with the object, as CPython's dealloc unmaps it. */
    @Override
    public void releaseReferences(dev.krait.runtime.memory.ReferenceVisitor drop) {
        if (exports == 0) {
            close();
        }
        super.releaseReferences(drop);
    }
}
