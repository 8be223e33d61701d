package dev.krait.builtins;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.bytes.ItemFormat;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.iterators.MmapIterator;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PMemoryView;
import dev.krait.runtime.objects.PMmap;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.SliceIndices;

/**
 * The {@code mmap} module with Linux's semantics: {@code mmap.mmap} maps a file (through {@link FileChannel#map}, so
 * a shared map's writes reach the file) or anonymous memory, with CPython's methods, checks and messages.
 */
public final class MmapModule {
    private static final long PAGESIZE = 4096;
    private static final int MAP_SHARED = 1;
    private static final int MAP_PRIVATE = 2;
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int EINVAL = 22;
    private static final int EACCES = 13;
    private static final int ENODEV = 19;

    private MmapModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("mmap");
        PythonClass cls = context.classes().byName("mmap");
        if (cls.lookup("close") == null) {
            install(context, cls);
        }
        ObjectAttributes.put(module, "mmap", cls);
        ObjectAttributes.put(module, "error", context.classes().errorClass(ErrorType.OSError));
        Object[][] constants = {{"PAGESIZE", PAGESIZE}, {"ALLOCATIONGRANULARITY", PAGESIZE},
                        {"ACCESS_DEFAULT", 0L}, {"ACCESS_READ", 1L}, {"ACCESS_WRITE", 2L}, {"ACCESS_COPY", 3L},
                        {"MAP_SHARED", 1L}, {"MAP_PRIVATE", 2L}, {"MAP_ANON", 32L}, {"MAP_ANONYMOUS", 32L}, {"MAP_DENYWRITE", 2048L},
                        {"MAP_EXECUTABLE", 4096L}, {"MAP_POPULATE", 32768L}, {"MAP_STACK", 131072L},
                        {"PROT_READ", 1L}, {"PROT_WRITE", 2L}, {"PROT_EXEC", 4L},
                        {"MADV_NORMAL", 0L}, {"MADV_RANDOM", 1L}, {"MADV_SEQUENTIAL", 2L}, {"MADV_WILLNEED", 3L}, {"MADV_DONTNEED", 4L},
                        {"MADV_FREE", 8L}, {"MADV_REMOVE", 9L}, {"MADV_DONTFORK", 10L}, {"MADV_DOFORK", 11L}, {"MADV_MERGEABLE", 12L},
                        {"MADV_UNMERGEABLE", 13L}, {"MADV_HUGEPAGE", 14L}, {"MADV_NOHUGEPAGE", 15L}, {"MADV_DONTDUMP", 16L},
                        {"MADV_DODUMP", 17L}, {"MADV_HWPOISON", 100L}};
        for (Object[] constant : constants) {
            ObjectAttributes.put(module, (String) constant[0], constant[1]);
        }
        return module;
    }

    /** {@code mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0)}. */
    @Builtin(name = "__new__", params = {"cls", "fileno", "length", "flags=", "prot=", "access=", "offset="})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object newMap(Object[] args) {
            Object cls = args[0];
            Object filenoArg = args[1];
            Object lengthArg = args[2];
            Object flagsArg = args[3];
            Object protArg = args[4];
            Object accessArg = args[5];
            Object offsetArg = args[6];
            long fd = cInt(filenoArg);
            long length = PyNumber.asSsizeArgument(lengthArg);
            int flags = flagsArg == PNone.NO_VALUE ? MAP_SHARED : cInt(flagsArg);
            int prot = protArg == PNone.NO_VALUE ? PROT_READ | PROT_WRITE : cInt(protArg);
            int access = accessArg == PNone.NO_VALUE ? PMmap.ACCESS_DEFAULT : cInt(accessArg);
            long offset = offsetArg == PNone.NO_VALUE ? 0 : PyNumber.asSsizeArgument(offsetArg);
            if (length < 0) {
                throw Errors.overflowError("memory mapped length must be positive");
            }
            if (offset < 0) {
                throw Errors.overflowError("memory mapped offset must be positive");
            }
            if (access != PMmap.ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_READ | PROT_WRITE))) {
                throw Errors.valueError("mmap can't specify both access and flags, prot.");
            }
            switch (access) {
                case PMmap.ACCESS_READ -> {
                    flags = MAP_SHARED;
                    prot = PROT_READ;
                }
                case PMmap.ACCESS_WRITE -> {
                    flags = MAP_SHARED;
                    prot = PROT_READ | PROT_WRITE;
                }
                case PMmap.ACCESS_COPY -> {
                    flags = MAP_PRIVATE;
                    prot = PROT_READ | PROT_WRITE;
                }
                case PMmap.ACCESS_DEFAULT -> {
                    if ((prot & PROT_READ) == 0 || (prot & PROT_WRITE) == 0) {
                        access = (prot & PROT_WRITE) != 0 ? PMmap.ACCESS_WRITE : PMmap.ACCESS_READ;
                    }
                }
                default -> throw Errors.valueError("mmap invalid access parameter.");
            }
            boolean shared = (flags & MAP_SHARED) != 0;
            if (!shared && (flags & MAP_PRIVATE) == 0) {
                throw OSErrorBuiltins.fromErrno(EINVAL, null);
            }
            KraitContext context = KraitContext.get(null);
            if (fd == -1) {
                if (length == 0 || offset % PAGESIZE != 0) {
                    throw OSErrorBuiltins.fromErrno(EINVAL, null);
                }
                Arena arena = Arena.ofShared();
                return new PMmap((PythonClass) cls, context.getShape(), arena, arena.allocate(length, PAGESIZE), access, shared, offset, null);
            }
            return mapFile(context, (PythonClass) cls, fd, length, offset, access, shared, (prot & PROT_WRITE) != 0);
        }
    }

    /**
     * Maps {@code length} bytes (0: the rest of the file) of the file numbered {@code fd} from {@code offset}. The
     * descriptor's channel decides what is allowed (a shared writable map needs a descriptor open for writing, any
     * map one open for reading); the map has a channel of its own on the file, as CPython duplicates the descriptor.
     */
    private static PMmap mapFile(KraitContext context, PythonClass cls, long fd, long length, long offset, int access, boolean shared, boolean writable) {
        FileDescriptorTable.Entry entry = context.fileDescriptors().get(fd);
        SeekableByteChannel channel = entry.channel();
        long fileSize;
        try {
            fileSize = channel.size();
        } catch (IOException e) {
            throw OSErrorBuiltins.fromIOException(e, null);
        }
        if (length == 0) {
            if (fileSize == 0) {
                throw Errors.valueError("cannot mmap an empty file");
            }
            if (offset >= fileSize) {
                throw Errors.valueError("mmap offset is greater than file size");
            }
            length = fileSize - offset;
        } else if (offset > fileSize || fileSize - offset < length) {
            throw Errors.valueError("mmap length is greater than file size");
        }
        if (offset % PAGESIZE != 0) {
            throw OSErrorBuiltins.fromErrno(EINVAL, null);
        }
        boolean writesFile = writable && shared;
        if (!allows(channel, writesFile)) {
            throw OSErrorBuiltins.fromErrno(EACCES, null);
        }
        FileChannel file = ownChannel(entry.path(), writesFile);
        if (file == null) {
            throw OSErrorBuiltins.fromErrno(ENODEV, null);
        }
        Arena arena = Arena.ofShared();
        try {
            MemorySegment data = shared ? file.map(writable ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY, offset, length, arena)
                            : privateCopy(file, arena, offset, length);
            return new PMmap(cls, context.getShape(), arena, data, access, shared, offset, file);
        } catch (IOException e) {
            arena.close();
            closeQuietly(file);
            throw OSErrorBuiltins.fromIOException(e, null);
        }
    }

    /** Whether the descriptor's channel was opened for reading (and for writing, when {@code write}): empty transfers tell. */
    private static boolean allows(SeekableByteChannel channel, boolean write) {
        try {
            channel.read(ByteBuffer.allocate(0));
            if (write) {
                channel.write(ByteBuffer.allocate(0));
            }
            return true;
        } catch (NonReadableChannelException | NonWritableChannelException e) {
            return false;
        } catch (IOException e) {
            throw OSErrorBuiltins.fromIOException(e, null);
        }
    }

    /**
     * A private (copy-on-write) map: the file's bytes copied into memory of the map's own, so changes stay there. A
     * private map of a file opened for reading is allowed, which the JDK's private mapping would refuse.
     */
    private static MemorySegment privateCopy(FileChannel file, Arena arena, long offset, long length) throws IOException {
        MemorySegment data = arena.allocate(length, PAGESIZE);
        ByteBuffer target = data.asByteBuffer();
        long at = offset;
        while (target.hasRemaining()) {
            int read = file.read(target, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return data;
    }

    /**
     * The map's own channel on the file (CPython duplicates the descriptor), so {@code size()} and {@code resize()}
     * still work after the descriptor is closed; null when the file cannot be opened again by its path (a file
     * removed since it was opened, a descriptor that is no file).
     */
    private static FileChannel ownChannel(String path, boolean writable) {
        if (path == null) {
            return null;
        }
        try {
            return writable ? FileChannel.open(Path.of(path), StandardOpenOption.READ, StandardOpenOption.WRITE)
                            : FileChannel.open(Path.of(path), StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the channel was only opened for this map, which failed
            }
        }
    }

    /** A C int argument (format 'i'), with CPython's errors. */
    private static int cInt(Object value) {
        Object index = PyNumber.index(value);
        if (index instanceof PInt big) {
            throw Errors.overflowError(big.value().signum() < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        }
        long l = (Long) index;
        if (l > Integer.MAX_VALUE) {
            throw Errors.overflowError("signed integer is greater than maximum");
        } else if (l < Integer.MIN_VALUE) {
            throw Errors.overflowError("signed integer is less than minimum");
        }
        return (int) l;
    }

    private static PMmap self(Object value) {
        PMmap map = (PMmap) value;
        map.checkValid();
        return map;
    }

    private static void install(KraitContext context, PythonClass cls) {
        BuiltinRegistry registry = context.getLanguage().getBuiltinRegistry();
        registry.addFunctions(context, cls, MmapModuleFactory.getFactories(), cls, "mmap");
        cls.defineOwn("__module__", "mmap");
        cls.setTypeName("mmap.mmap");
        Predicate<Object> check = v -> v instanceof PMmap;
        String[] selfOnly = {"self", "/"};
        BuiltinTypeInstaller.getset(context, cls, "closed", a -> ((PMmap) a).isClosed(), null);
        OperatorMethods.define(context, cls, "close", selfOnly, check, a -> {
            PMmap map = (PMmap) a[0];
            if (map.exports() > 0) {
                throw Errors.raise(ErrorType.BufferError, "cannot close exported pointers exist");
            }
            map.close();
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__enter__", selfOnly, check, a -> {
            self(a[0]);
            return a[0];
        });
        OperatorMethods.define(context, cls, "__exit__", new String[]{"self", "*args"}, check, a -> {
            PMmap map = (PMmap) a[0];
            if (map.exports() > 0) {
                throw Errors.raise(ErrorType.BufferError, "cannot close exported pointers exist");
            }
            map.close();
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__repr__", selfOnly, check, a -> repr((PMmap) a[0]));
        OperatorMethods.define(context, cls, "__len__", selfOnly, check, a -> self(a[0]).length());
        OperatorMethods.define(context, cls, "__getitem__", OperatorMethods.BINARY, check, a -> getItem(self(a[0]), a[1]));
        OperatorMethods.define(context, cls, "__setitem__", new String[]{"self", "key", "value", "/"}, check, a -> {
            setItem(self(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__delitem__", OperatorMethods.BINARY, check, a -> {
            PMmap map = self(a[0]);
            if (a[1] instanceof PSlice) {
                throw Errors.typeError("mmap object doesn't support slice deletion");
            }
            index(map, a[1]);
            throw Errors.typeError("mmap doesn't support item deletion");
        });
        OperatorMethods.define(context, cls, "__iter__", selfOnly, check, a -> {
            KraitContext c = KraitContext.get(null);
            return new MmapIterator(c.classes().iteratorClass, c.getShape(), self(a[0]));
        });
        OperatorMethods.define(context, cls, "__buffer__", new String[]{"self", "flags", "/"}, check, a -> {
            int flags = cInt(a[1]);
            PMmap map = self(a[0]);
            if ((flags & 1) != 0 && map.access() == PMmap.ACCESS_READ) {
                throw Errors.raise(ErrorType.BufferError, "Object is not writable.");
            }
            KraitContext c = KraitContext.get(null);
            return new PMemoryView(c.classes().memoryviewClass, c.getShape(), new PMemoryView.Export(map), 0, 1, (int) map.length(),
                            map.access() == PMmap.ACCESS_READ, ItemFormat.UNSIGNED_CHAR);
        });
        OperatorMethods.define(context, cls, "__release_buffer__", new String[]{"self", "buffer", "/"}, check, a -> {
            if (!(a[1] instanceof PMemoryView view)) {
                throw Errors.typeError("expected a memoryview object");
            }
            view.release();
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "read", new String[]{"self", "n=", "/"}, check, a -> read(self(a[0]), a[1]));
        OperatorMethods.define(context, cls, "read_byte", selfOnly, check, a -> {
            PMmap map = self(a[0]);
            if (map.position() >= map.length()) {
                throw Errors.valueError("read byte out of range");
            }
            long at = map.position();
            map.setPosition(at + 1);
            return (long) (map.byteAt(at) & 0xff);
        });
        OperatorMethods.define(context, cls, "readline", selfOnly, check, a -> readline(self(a[0])));
        OperatorMethods.define(context, cls, "write", new String[]{"self", "bytes", "/"}, check, a -> write(self(a[0]), a[1]));
        OperatorMethods.define(context, cls, "write_byte", new String[]{"self", "byte", "/"}, check, a -> {
            PMmap map = self(a[0]);
            long value = unsignedByte(a[1]);
            map.checkWritable();
            if (map.position() >= map.length()) {
                throw Errors.valueError("write byte out of range");
            }
            long at = map.position();
            map.setByte(at, (byte) value);
            map.setPosition(at + 1);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "seek", new String[]{"self", "pos", "whence=", "/"}, check, a -> {
            seek(self(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "tell", selfOnly, check, a -> self(a[0]).position());
        OperatorMethods.define(context, cls, "size", selfOnly, check, a -> size(self(a[0])));
        OperatorMethods.define(context, cls, "find", new String[]{"self", "sub", "start=", "end=", "/"}, check,
                        a -> find(self(a[0]), a[1], a[2], a[3], false));
        OperatorMethods.define(context, cls, "rfind", new String[]{"self", "sub", "start=", "end=", "/"}, check,
                        a -> find(self(a[0]), a[1], a[2], a[3], true));
        OperatorMethods.define(context, cls, "flush", new String[]{"self", "offset=", "size=", "/"}, check, a -> flush(self(a[0]), a[1], a[2]));
        OperatorMethods.define(context, cls, "move", new String[]{"self", "dest", "src", "count", "/"}, check, a -> {
            move(self(a[0]), a[1], a[2], a[3]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "resize", new String[]{"self", "newsize", "/"}, check, a -> {
            resize(self(a[0]), a[1]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "madvise", new String[]{"self", "option", "start=", "length=", "/"}, check, a -> {
            madvise(self(a[0]), a[1], a[2], a[3]);
            return PNone.NONE;
        });
    }

    private static final String[] ACCESS_NAMES = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};

    @TruffleBoundary
    private static String repr(PMmap map) {
        if (map.isClosed()) {
            return "<mmap.mmap closed=True>";
        }
        return "<mmap.mmap closed=False, access=" + ACCESS_NAMES[map.access()] + ", length=" + map.length() + ", pos=" + map.position() +
                        ", offset=" + map.offset() + ">";
    }

    /** A size where None means the default, with the errors of CPython's optional ssize_t converter. */
    private static long optionalSize(Object value, long absent) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return absent;
        }
        if (!BuiltinArithmetic.isInt(value) && (value instanceof String || value instanceof Double || PyObjectType.classOf(value).lookup("__index__") == null)) {
            throw Errors.typeError("argument should be integer or None, not '" + PyObjectType.typeName(value) + "'");
        }
        Object index = PyNumber.index(value);
        if (!(index instanceof Long l)) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return l;
    }

    private static long size(Object value, long absent) {
        return value == PNone.NO_VALUE ? absent : PyNumber.asSsizeArgument(value);
    }

    private static long unsignedByte(Object value) {
        Object index = PyNumber.index(value);
        if (index instanceof PInt) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        if ((Long) index < 0) {
            throw Errors.overflowError("unsigned byte integer is less than minimum");
        }
        if ((Long) index > 255) {
            throw Errors.overflowError("unsigned byte integer is greater than maximum");
        }
        return (Long) index;
    }

    /** A bytes-like argument (format 'y*'), with CPython's error for anything else. */
    private static byte[] buffer(Object value) {
        byte[] data = ByteSequences.dataOrNull(value);
        if (data == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + PyObjectType.typeName(value) + "'");
        }
        return data;
    }

    private static Object read(PMmap map, Object n) {
        long remaining = Math.max(0, map.length() - map.position());
        long count = optionalSize(n, remaining);
        if (count < 0 || count > remaining) {
            count = remaining;
        }
        byte[] data = map.read(map.position(), (int) count);
        map.setPosition(map.position() + count);
        return ByteSequences.newBytes(data);
    }

    private static Object readline(PMmap map) {
        long size = map.length();
        long start = Math.min(map.position(), size);
        long end = start;
        while (end < size && map.byteAt(end) != '\n') {
            end++;
        }
        if (end < size) {
            end++;
        }
        map.setPosition(end);
        return ByteSequences.newBytes(map.read(start, (int) (end - start)));
    }

    private static Object write(PMmap map, Object value) {
        byte[] data = buffer(value);
        map.checkWritable();
        long size = map.length();
        if (map.position() > size || size - map.position() < data.length) {
            throw Errors.valueError("data out of range");
        }
        map.write(map.position(), data);
        map.setPosition(map.position() + data.length);
        return (long) data.length;
    }

    private static void seek(PMmap map, Object posArg, Object whenceArg) {
        long distance = PyNumber.asSsizeArgument(posArg);
        int whence = whenceArg == PNone.NO_VALUE ? 0 : cInt(whenceArg);
        long size = map.length();
        long where;
        switch (whence) {
            case 0 -> where = distance;
            case 1 -> {
                if (Long.MAX_VALUE - map.position() < distance) {
                    throw Errors.valueError("seek out of range");
                }
                where = map.position() + distance;
            }
            case 2 -> {
                if (Long.MAX_VALUE - size < distance) {
                    throw Errors.valueError("seek out of range");
                }
                where = size + distance;
            }
            default -> throw Errors.valueError("unknown seek type");
        }
        if (where > size || where < 0) {
            throw Errors.valueError("seek out of range");
        }
        map.setPosition(where);
    }

    @TruffleBoundary
    private static long size(PMmap map) {
        FileChannel file = map.file();
        if (file == null) {
            // CPython asks fstat about descriptor -1
            throw OSErrorBuiltins.fromErrno(9, null);
        }
        try {
            return file.size();
        } catch (IOException e) {
            throw OSErrorBuiltins.fromIOException(e, null);
        }
    }

    private static long find(PMmap map, Object subArg, Object startArg, Object endArg, boolean reverse) {
        byte[] sub = buffer(subArg);
        long size = map.length();
        long start = size(startArg, map.position());
        long end = size(endArg, size);
        start = clampToMap(start, size);
        end = clampToMap(end, size);
        if (end - start < sub.length) {
            return -1;
        }
        long last = end - sub.length;
        if (reverse) {
            for (long at = last; at >= start; at--) {
                if (matchesAt(map, sub, at)) {
                    return at;
                }
            }
        } else {
            for (long at = start; at <= last; at++) {
                if (matchesAt(map, sub, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static long clampToMap(long index, long size) {
        if (index < 0) {
            index += size;
        }
        return Math.max(0, Math.min(index, size));
    }

    private static boolean matchesAt(PMmap map, byte[] sub, long at) {
        for (int k = 0; k < sub.length; k++) {
            if (map.byteAt(at + k) != sub[k]) {
                return false;
            }
        }
        return true;
    }

    private static Object flush(PMmap map, Object offsetArg, Object sizeArg) {
        long offset = size(offsetArg, 0);
        long size = size(sizeArg, map.length());
        if (size < 0 || offset < 0 || map.length() - offset < size) {
            throw Errors.valueError("flush values out of range");
        }
        if (map.access() == PMmap.ACCESS_READ || map.access() == PMmap.ACCESS_COPY) {
            return PNone.NONE;
        }
        if (offset % PAGESIZE != 0) {
            throw OSErrorBuiltins.fromErrno(EINVAL, null);
        }
        map.flush();
        return PNone.NONE;
    }

    private static void move(PMmap map, Object destArg, Object srcArg, Object countArg) {
        long destination = PyNumber.asSsizeArgument(destArg);
        long source = PyNumber.asSsizeArgument(srcArg);
        long count = PyNumber.asSsizeArgument(countArg);
        map.checkWritable();
        long size = map.length();
        if (destination < 0 || source < 0 || count < 0 || size - destination < count || size - source < count) {
            throw Errors.valueError("source, destination, or count out of range");
        }
        map.move(destination, source, count);
    }

    /**
     * {@code resize(newsize)}: a file map's file is truncated or extended to the new end first (as ftruncate), then
     * the memory is mapped again; anonymous memory moves to a new block (as mremap may), the content kept.
     */
    @TruffleBoundary
    private static void resize(PMmap map, Object sizeArg) {
        long newSize = PyNumber.asSsizeArgument(sizeArg);
        if (map.exports() > 0) {
            throw Errors.raise(ErrorType.BufferError, "mmap can't resize with extant buffers exported.");
        }
        if (map.access() != PMmap.ACCESS_WRITE && map.access() != PMmap.ACCESS_DEFAULT) {
            throw Errors.typeError("mmap can't resize a readonly or copy-on-write memory map.");
        }
        if (newSize < 0 || Long.MAX_VALUE - newSize < map.offset()) {
            throw Errors.valueError("new size out of range");
        }
        FileChannel file = map.file();
        Arena arena = Arena.ofShared();
        try {
            if (file == null) {
                if (newSize == 0) {
                    throw OSErrorBuiltins.fromErrno(EINVAL, null);
                }
                MemorySegment data = arena.allocate(newSize, PAGESIZE);
                MemorySegment.copy(map.data(), 0, data, 0, Math.min(newSize, map.length()));
                map.replaceData(arena, data);
                return;
            }
            long end = map.offset() + newSize;
            if (file.size() > end) {
                file.truncate(end);
            } else if (file.size() < end) {
                file.write(ByteBuffer.wrap(new byte[1]), end - 1);
            }
            if (newSize == 0) {
                arena.close();
                throw OSErrorBuiltins.fromErrno(EINVAL, null);
            }
            map.replaceData(arena, file.map(FileChannel.MapMode.READ_WRITE, map.offset(), newSize, arena));
        } catch (NonWritableChannelException e) {
            arena.close();
            throw OSErrorBuiltins.fromErrno(EACCES, null);
        } catch (IOException e) {
            arena.close();
            throw OSErrorBuiltins.fromIOException(e, null);
        }
    }

    /**
     * {@code madvise(option, start=0, length=size-start)}: the advice is a hint the JDK has no call for, so only
     * what changes the memory is carried out, as Linux does it: MADV_DONTNEED of private memory drops its changes,
     * MADV_REMOVE of shared memory frees it (zeros, and a hole in the file).
     */
    private static void madvise(PMmap map, Object optionArg, Object startArg, Object lengthArg) {
        int option = cInt(optionArg);
        long size = map.length();
        long start = size(startArg, 0);
        long length = size(lengthArg, size - start);
        if (start < 0 || start >= size) {
            throw Errors.valueError("madvise start out of bounds");
        }
        if (length < 0) {
            throw Errors.valueError("madvise length invalid");
        }
        if (Long.MAX_VALUE - start < length) {
            throw Errors.overflowError("madvise length too large");
        }
        if (start + length > size) {
            length = size - start;
        }
        if (start % PAGESIZE != 0) {
            throw OSErrorBuiltins.fromErrno(EINVAL, null);
        }
        boolean known = option >= 0 && option <= 4 || option >= 8 && option <= 17;
        if (option == 100) {
            throw OSErrorBuiltins.fromErrno(1, null);
        }
        if (!known) {
            throw OSErrorBuiltins.fromErrno(EINVAL, null);
        }
        long end = Math.min(size, (start + length + PAGESIZE - 1) / PAGESIZE * PAGESIZE);
        if (option == 9) {
            if (!map.isShared()) {
                throw OSErrorBuiltins.fromErrno(EINVAL, null);
            }
            if (map.access() == PMmap.ACCESS_READ) {
                throw OSErrorBuiltins.fromErrno(EACCES, null);
            }
            map.data().asSlice(start, end - start).fill((byte) 0);
        } else if (option == 4 && !map.isShared()) {
            discardPrivatePages(map, start, end);
        }
    }

    /** MADV_DONTNEED of private memory: anonymous pages read as zeros again, a file's as the file has them. */
    @TruffleBoundary
    private static void discardPrivatePages(PMmap map, long start, long end) {
        MemorySegment pages = map.data().asSlice(start, end - start);
        pages.fill((byte) 0);
        if (map.file() != null) {
            try {
                ByteBuffer target = pages.asByteBuffer();
                long at = map.offset() + start;
                while (target.hasRemaining() && map.file().read(target, at) > 0) {
                    at = map.offset() + start + target.position();
                }
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            }
        }
    }

    /** An index argument (int or __index__), adjusted for negatives, with CPython's IndexError when outside. */
    private static long index(PMmap map, Object key) {
        if (!BuiltinArithmetic.isInt(key) && (key instanceof String || key instanceof Double || PyObjectType.classOf(key).lookup("__index__") == null)) {
            throw Errors.typeError("mmap indices must be integers");
        }
        Object value = PyNumber.index(key);
        if (!(value instanceof Long)) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = (Long) value;
        long size = map.length();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("mmap index out of range");
        }
        return i;
    }

    @TruffleBoundary
    private static Object getItem(PMmap map, Object key) {
        if (key instanceof PSlice slice) {
            SliceIndices indices = SliceIndices.of(slice, (int) map.length());
            if (indices.step() == 1) {
                return ByteSequences.newBytes(map.read(indices.start(), indices.length()));
            }
            byte[] result = new byte[indices.length()];
            for (int i = 0, j = indices.start(); i < result.length; i++, j += indices.step()) {
                result[i] = map.byteAt(j);
            }
            return ByteSequences.newBytes(result);
        }
        return (long) (map.byteAt(index(map, key)) & 0xff);
    }

    @TruffleBoundary
    private static void setItem(PMmap map, Object key, Object value) {
        if (key instanceof PSlice slice) {
            SliceIndices indices = SliceIndices.of(slice, (int) map.length());
            map.checkWritable();
            byte[] data = buffer(value);
            if (data.length != indices.length()) {
                throw Errors.indexError("mmap slice assignment is wrong size");
            }
            if (indices.step() == 1) {
                map.write(indices.start(), data);
            } else {
                for (int i = 0, j = indices.start(); i < data.length; i++, j += indices.step()) {
                    map.setByte(j, data[i]);
                }
            }
            return;
        }
        long i = index(map, key);
        map.checkWritable();
        if (!BuiltinArithmetic.isInt(value) && (value instanceof String || value instanceof Double || PyObjectType.classOf(value).lookup("__index__") == null)) {
            throw Errors.typeError("mmap item value must be an int");
        }
        Object v = PyNumber.index(value);
        if (v instanceof PInt) {
            throw Errors.typeError("cannot fit 'int' into an index-sized integer");
        }
        if (!(v instanceof Long l) || l < 0 || l > 255) {
            throw Errors.valueError("mmap item value must be in range(0, 256)");
        }
        map.setByte(i, (byte) (long) l);
    }
}
