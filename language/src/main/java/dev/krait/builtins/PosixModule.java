package dev.krait.builtins;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;

/**
 * The {@code posix} module: the operating-system calls {@code os} (bundled, in Python) builds on. Files go through
 * Truffle's file system, so an embedder's I/O policy applies; failures raise the OSError subclass CPython raises.
 */
public final class PosixModule {
    private PosixModule() {
    }

    public static PModule create(KraitContext context) {
        PModule posix = context.newModule("posix");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, posix, PosixModuleFactory.getFactories(), null, "posix");
        PDict environ = context.newDict();
        for (Map.Entry<String, String> entry : context.getEnv().getEnvironment().entrySet()) {
            environ.setItem(entry.getKey(), entry.getValue());
        }
        ObjectAttributes.put(posix, "environ", environ);
        return posix;
    }

    /** The file name an OSError shows: the path as str (a path-like object's __fspath__). */
    /** The filename of an error about {@code path}: a str or bytes path as given, an os.PathLike's path as text. */
    private static Object shown(Object path) {
        return dev.krait.runtime.objects.PBoxedValue.unwrap(path) instanceof dev.krait.runtime.objects.PBytes ? path : FileBuiltins.path(path);
    }

    /**
     * The file a path names, made absolute against the context's working directory (Truffle resolves a relative
     * file against the process's directory in calls that take link options).
     */
    /** Why a file that does not exist cannot be reached: ENOTDIR when a parent on its path is not a directory. */
    private static int missing(TruffleFile file) {
        for (TruffleFile parent = file.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.exists()) {
                return parent.isDirectory() ? 2 : 20;
            }
        }
        return 2;
    }

    private static TruffleFile file(Object path) {
        return FileBuiltins.truffleFile(KraitContext.get(null), path).getAbsoluteFile();
    }

    @Builtin(name = "getcwd", params = {})
    @GenerateNodeFactory
    public abstract static class GetCwdNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static String getcwd() {
            try {
                return KraitContext.get(null).getEnv().getCurrentWorkingDirectory().getPath();
            } catch (SecurityException e) {
                throw OSErrorBuiltins.fromErrno(13, null);
            }
        }
    }

    @Builtin(name = "chdir", params = {"path"})
    @GenerateNodeFactory
    public abstract static class ChdirNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object chdir(Object path) {
            TruffleFile target = file(path);
            if (!target.exists()) {
                throw OSErrorBuiltins.fromErrno(missing(target), shown(path));
            }
            if (!target.isDirectory()) {
                throw OSErrorBuiltins.fromErrno(20, shown(path));
            }
            KraitContext.get(null).getEnv().setCurrentWorkingDirectory(target.getAbsoluteFile());
            return PNone.NONE;
        }
    }

    @Builtin(name = "listdir", params = {"path="})
    @GenerateNodeFactory
    public abstract static class ListDirNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object listdir(Object path) {
            Object name = path == PNone.NO_VALUE || path == PNone.NONE ? "." : path;
            TruffleFile directory = file(name);
            if (!directory.exists()) {
                throw OSErrorBuiltins.fromErrno(missing(directory), shown(name));
            }
            if (!directory.isDirectory()) {
                throw OSErrorBuiltins.fromErrno(20, shown(name));
            }
            List<Object> names = new ArrayList<>();
            try {
                for (TruffleFile child : directory.list()) {
                    names.add(child.getName());
                }
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(name));
            }
            return KraitContext.get(null).newList(names.toArray());
        }
    }

    @Builtin(name = "remove", params = {"path"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object remove(Object path) {
            TruffleFile target = file(path);
            if (target.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                throw OSErrorBuiltins.fromErrno(21, shown(path));
            }
            try {
                target.delete();
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rmdir", params = {"path"})
    @GenerateNodeFactory
    public abstract static class RmdirNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object rmdir(Object path) {
            TruffleFile target = file(path);
            if (target.exists(LinkOption.NOFOLLOW_LINKS) && !target.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                throw OSErrorBuiltins.fromErrno(20, shown(path));
            }
            try {
                target.delete();
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "mkdir", params = {"path", "mode="})
    @GenerateNodeFactory
    public abstract static class MkdirNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object mkdir(Object path, Object mode) {
            long bits = mode == PNone.NO_VALUE ? 0777 : PyNumber.asSize(mode);
            try {
                TruffleFile directory = file(path);
                directory.createDirectory();
                applyMode(directory, bits);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rename", params = {"src", "dst"})
    @GenerateNodeFactory
    public abstract static class RenameNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object rename(Object src, Object dst) {
            TruffleFile source = file(src);
            if (!source.exists(LinkOption.NOFOLLOW_LINKS)) {
                throw OSErrorBuiltins.fromErrno2(missing(source), shown(src), shown(dst));
            }
            try {
                source.move(file(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException2(e, shown(src), shown(dst));
            }
            return PNone.NONE;
        }
    }

    /**
     * {@code _stat(path, follow_symlinks)} as a list {@code [mode, ino, dev, nlink, uid, gid, size, atime_ns,
     * mtime_ns, ctime_ns]} (os.py makes the stat_result). Without {@code follow_symlinks} a link is described itself.
     */
    @Builtin(name = "_stat", params = {"path", "follow_symlinks="})
    @GenerateNodeFactory
    public abstract static class StatNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object stat(Object path, Object followSymlinks) {
            LinkOption[] options = followSymlinks == Boolean.FALSE ? new LinkOption[]{LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            TruffleFile target = file(path);
            if (!target.exists(options)) {
                throw OSErrorBuiltins.fromErrno(target.exists(LinkOption.NOFOLLOW_LINKS) && target.isSymbolicLink() ? loopOrMissing(target) : missing(target), shown(path));
            }
            try {
                long mode;
                long ino = 0;
                long dev = 0;
                long nlink = 1;
                long uid = 0;
                long gid = 0;
                long ctime;
                try {
                    mode = target.getAttribute(TruffleFile.UNIX_MODE, options);
                    ino = target.getAttribute(TruffleFile.UNIX_INODE, options);
                    dev = target.getAttribute(TruffleFile.UNIX_DEV, options);
                    nlink = target.getAttribute(TruffleFile.UNIX_NLINK, options);
                    uid = target.getAttribute(TruffleFile.UNIX_UID, options);
                    gid = target.getAttribute(TruffleFile.UNIX_GID, options);
                    ctime = nanos(target.getAttribute(TruffleFile.UNIX_CTIME, options));
                } catch (UnsupportedOperationException notUnix) {
                    long type = target.isSymbolicLink() && options.length > 0 ? 0120000 : target.isDirectory() ? 0040000 : target.isRegularFile() ? 0100000 : 0;
                    mode = type | permissionBits(target.getPosixPermissions(options));
                    ctime = nanos(target.getCreationTime(options));
                }
                long size = target.getAttribute(TruffleFile.SIZE, options);
                long atime = nanos(target.getLastAccessTime(options));
                long mtime = nanos(target.getLastModifiedTime(options));
                return KraitContext.get(null).newList(new Object[]{mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime});
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            }
        }

        /** Why a link that exists cannot be followed: ELOOP after 40 links in a row, else ENOENT (dangling). */
        private static int loopOrMissing(TruffleFile link) {
            TruffleFile current = link;
            try {
                for (int hops = 0; hops < 40; hops++) {
                    if (!current.exists(LinkOption.NOFOLLOW_LINKS) || !current.isSymbolicLink()) {
                        return 2;
                    }
                    TruffleFile target = current.readSymbolicLink();
                    TruffleFile parent = current.getParent();
                    current = target.isAbsolute() || parent == null ? target : parent.resolve(target.getPath());
                }
                return 40;
            } catch (IOException | SecurityException e) {
                return 2;
            }
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    private static long permissionBits(Set<PosixFilePermission> permissions) {
        long bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 1L << (8 - permission.ordinal());
        }
        return bits;
    }

    private static Set<PosixFilePermission> permissions(long bits) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            if ((bits & (1L << (8 - permission.ordinal()))) != 0) {
                result.add(permission);
            }
        }
        return result;
    }

    /** Gives a file just created the permission bits {@code mode} less the context's umask, as the kernel does. */
    private static void applyMode(TruffleFile created, long mode) throws IOException {
        int umask = KraitContext.get(null).fileDescriptors().getUmask();
        try {
            created.setPosixPermissions(permissions(mode & ~umask & 0777));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without permission bits keeps its defaults
        }
    }

    @Builtin(name = "chmod", params = {"path", "mode", "*", "dir_fd=", "follow_symlinks="})
    @GenerateNodeFactory
    public abstract static class ChmodNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object chmod(Object[] args) {
            Object path = args[0];
            long mode = PyNumber.asSize(args[1]);
            TruffleFile target = file(path);
            if (!target.exists()) {
                throw OSErrorBuiltins.fromErrno(missing(target), shown(path));
            }
            try {
                target.setPosixPermissions(permissions(mode));
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(1, shown(path));
            }
            return PNone.NONE;
        }
    }

    /** {@code _utime(path, atime_ns, mtime_ns)}: os.utime after os.py has checked its arguments. */
    @Builtin(name = "_utime", params = {"path", "atime_ns", "mtime_ns"})
    @GenerateNodeFactory
    public abstract static class UtimeNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object utime(Object path, Object atime, Object mtime) {
            TruffleFile target = file(path);
            if (!target.exists()) {
                throw OSErrorBuiltins.fromErrno(missing(target), null);
            }
            try {
                target.setLastAccessTime(FileTime.from(PyNumber.asSize(atime), TimeUnit.NANOSECONDS));
                target.setLastModifiedTime(FileTime.from(PyNumber.asSize(mtime), TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "symlink", params = {"src", "dst", "target_is_directory=", "*", "dir_fd="})
    @GenerateNodeFactory
    public abstract static class SymlinkNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object symlink(Object[] args) {
            Object src = args[0];
            Object dst = args[1];
            TruffleFile link = file(dst);
            if (link.exists(LinkOption.NOFOLLOW_LINKS)) {
                throw OSErrorBuiltins.fromErrno2(17, shown(src), shown(dst));
            }
            try {
                // the link holds src as written (a relative target stays relative to the link's directory)
                link.createSymbolicLink(KraitContext.get(null).getEnv().getPublicTruffleFile(FileBuiltins.path(src)));
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException2(e, shown(src), shown(dst));
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(1, shown(src));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "link", params = {"src", "dst", "*", "src_dir_fd=", "dst_dir_fd=", "follow_symlinks="})
    @GenerateNodeFactory
    public abstract static class LinkNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object link(Object[] args) {
            Object src = args[0];
            Object dst = args[1];
            TruffleFile source = file(src);
            TruffleFile link = file(dst);
            if (!source.exists(LinkOption.NOFOLLOW_LINKS)) {
                throw OSErrorBuiltins.fromErrno2(missing(source), shown(src), shown(dst));
            }
            if (link.exists(LinkOption.NOFOLLOW_LINKS)) {
                throw OSErrorBuiltins.fromErrno2(17, shown(src), shown(dst));
            }
            try {
                link.createLink(source);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException2(e, shown(src), shown(dst));
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno2(1, shown(src), shown(dst));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "readlink", params = {"path", "*", "dir_fd="})
    @GenerateNodeFactory
    public abstract static class ReadlinkNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readlink(Object path, Object dirFd) {
            TruffleFile link = file(path);
            if (!link.exists(LinkOption.NOFOLLOW_LINKS)) {
                throw OSErrorBuiltins.fromErrno(missing(link), shown(path));
            }
            if (!link.isSymbolicLink()) {
                throw OSErrorBuiltins.fromErrno(22, shown(path));
            }
            try {
                return link.readSymbolicLink().getPath();
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            }
        }
    }

    @Builtin(name = "_islink", params = {"path"})
    @GenerateNodeFactory
    public abstract static class IsLinkNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean islink(Object path) {
            TruffleFile target = file(path);
            return target.exists(LinkOption.NOFOLLOW_LINKS) && target.isSymbolicLink();
        }
    }

    @Builtin(name = "access", params = {"path", "mode", "*", "dir_fd=", "effective_ids=", "follow_symlinks="})
    @GenerateNodeFactory
    public abstract static class AccessNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static boolean access(Object[] args) {
            TruffleFile target = file(args[0]);
            long mode = PyNumber.asSize(args[1]);
            if (!target.exists()) {
                return false;
            }
            return ((mode & 4) == 0 || target.isReadable()) && ((mode & 2) == 0 || target.isWritable()) && ((mode & 1) == 0 || target.isExecutable());
        }
    }

    /** {@code _ids()}: the process's real user and group ids, read from /proc (Java has no getuid). */
    @Builtin(name = "_ids", params = {})
    @GenerateNodeFactory
    public abstract static class IdsNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object ids() {
            long uid = -1;
            long gid = -1;
            try {
                for (String line : new String(file("/proc/self/status").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String[] fields = line.split("\\s+");
                    if (fields[0].equals("Uid:")) {
                        uid = Long.parseLong(fields[1]);
                    } else if (fields[0].equals("Gid:")) {
                        gid = Long.parseLong(fields[1]);
                    }
                }
            } catch (IOException | SecurityException | NumberFormatException e) {
                throw OSErrorBuiltins.fromErrno(1, null);
            }
            return KraitContext.get(null).newTuple(new Object[]{uid, gid});
        }
    }

    @Builtin(name = "umask", params = {"mask"})
    @GenerateNodeFactory
    public abstract static class UmaskNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long umask(Object mask) {
            return KraitContext.get(null).fileDescriptors().setUmask((int) PyNumber.asSize(mask));
        }
    }

    @Builtin(name = "urandom", params = {"size"})
    @GenerateNodeFactory
    public abstract static class UrandomNode extends BuiltinNode.Builtin1 {
        private static SecureRandom random;

        @Specialization
        @TruffleBoundary
        static Object urandom(Object size) {
            long n = PyNumber.asSize(size);
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            if (random == null) {
                random = new SecureRandom();
            }
            byte[] data = new byte[(int) n];
            random.nextBytes(data);
            return ByteSequences.newBytes(data);
        }
    }

    /** {@code open(path, flags, mode=0o777)}: a file descriptor (see {@link FileDescriptorTable}); flags as on Linux. */
    @Builtin(name = "open", params = {"path", "flags", "mode=", "*", "dir_fd="})
    @GenerateNodeFactory
    public abstract static class OpenNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static long open(Object[] args) {
            Object path = args[0];
            long flags = PyNumber.asSize(args[1]);
            long mode = args[2] == PNone.NO_VALUE ? 0777 : PyNumber.asSize(args[2]);
            TruffleFile target = file(path);
            Set<OpenOption> options = new HashSet<>();
            long access = flags & 3;
            options.add(access == 1 ? StandardOpenOption.WRITE : StandardOpenOption.READ);
            if (access == 2) {
                options.add(StandardOpenOption.WRITE);
            }
            boolean create = (flags & 0100) != 0;
            boolean exclusive = (flags & 0200) != 0;
            if (create) {
                options.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flags & 01000) != 0 && access != 0) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            if ((flags & 02000) != 0) {
                options.add(StandardOpenOption.APPEND);
            }
            if ((flags & 0400000) != 0) {
                options.add(LinkOption.NOFOLLOW_LINKS);
            }
            if (target.isDirectory() && access != 0) {
                throw OSErrorBuiltins.fromErrno(21, shown(path));
            }
            boolean existed = target.exists();
            try {
                SeekableByteChannel channel;
                if (access == 2 && options.remove(StandardOpenOption.APPEND)) {
                    channel = new AppendingByteChannel(target.newByteChannel(options));
                } else {
                    channel = target.newByteChannel(options);
                }
                if (create && !existed) {
                    applyMode(target, mode);
                }
                return KraitContext.get(null).fileDescriptors().add(channel, target.getAbsoluteFile().getPath());
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            } catch (SecurityException e) {
                throw OSErrorBuiltins.fromErrno(13, shown(path));
            }
        }
    }

    /** {@code pipe()}: the read and the write end of a new operating-system pipe, numbered in the descriptor table. */
    @Builtin(name = "pipe", params = {})
    @GenerateNodeFactory
    public abstract static class PipeNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static PTuple pipe() {
            KraitContext context = KraitContext.get(null);
            PipeByteChannel[] ends = PipeByteChannel.open();
            long read = context.fileDescriptors().add(ends[0], null);
            long write = context.fileDescriptors().add(ends[1], null);
            return context.newTuple(new Object[]{read, write});
        }
    }

    /** {@code get_blocking(fd)}: False once {@code set_blocking(fd, False)} made a pipe end non-blocking. */
    @Builtin(name = "get_blocking", params = {"fd", "/"})
    @GenerateNodeFactory
    public abstract static class GetBlockingNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean getBlocking(Object fd) {
            var entry = KraitContext.get(null).fileDescriptors().get(PyNumber.asSize(fd));
            return !(entry.channel() instanceof PipeByteChannel pipe) || pipe.isBlocking();
        }
    }

    /**
     * {@code set_blocking(fd, blocking)}: a pipe end's reads and writes then wait or raise BlockingIOError; a regular
     * file never blocks, so its setting changes nothing observable.
     */
    @Builtin(name = "set_blocking", params = {"fd", "blocking", "/"})
    @GenerateNodeFactory
    public abstract static class SetBlockingNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setBlocking(Object fd, Object blocking) {
            var entry = KraitContext.get(null).fileDescriptors().get(PyNumber.asSize(fd));
            boolean value = PyNumber.asSize(blocking) != 0;
            if (entry.channel() instanceof PipeByteChannel pipe) {
                pipe.setBlocking(value);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "close", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object close(Object fd) {
            KraitContext.get(null).fileDescriptors().close(PyNumber.asSize(fd));
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", params = {"fd", "length"})
    @GenerateNodeFactory
    public abstract static class ReadNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object read(Object fd, Object length) {
            long n = PyNumber.asSize(length);
            if (n < 0) {
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            SeekableByteChannel channel = KraitContext.get(null).fileDescriptors().get(PyNumber.asSize(fd)).channel();
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 8));
            try {
                int count = channel.read(buffer);
                byte[] data = new byte[Math.max(count, 0)];
                buffer.flip();
                buffer.get(data);
                return ByteSequences.newBytes(data);
            } catch (java.nio.channels.NonReadableChannelException e) {
                throw OSErrorBuiltins.fromErrno(9, null);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            }
        }
    }

    @Builtin(name = "write", params = {"fd", "data"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long write(Object fd, Object data) {
            byte[] bytes = ByteSequences.require(data);
            long number = PyNumber.asSize(fd);
            KraitContext context = KraitContext.get(null);
            if (number == 1 || number == 2) {
                java.io.PrintStream stream = number == 1 ? context.out() : context.err();
                stream.write(bytes, 0, bytes.length);
                stream.flush();
                return bytes.length;
            }
            SeekableByteChannel channel = context.fileDescriptors().get(number).channel();
            try {
                return channel.write(ByteBuffer.wrap(bytes));
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw OSErrorBuiltins.fromErrno(9, null);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            }
        }
    }

    @Builtin(name = "lseek", params = {"fd", "position", "whence"})
    @GenerateNodeFactory
    public abstract static class LseekNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static long lseek(Object fd, Object position, Object whence) {
            SeekableByteChannel channel = KraitContext.get(null).fileDescriptors().get(PyNumber.asSize(fd)).channel();
            long offset = PyNumber.asSize(position);
            try {
                long base = switch ((int) PyNumber.asSize(whence)) {
                    case 0 -> 0;
                    case 1 -> channel.position();
                    case 2 -> channel.size();
                    default -> throw OSErrorBuiltins.fromErrno(22, null);
                };
                if (base + offset < 0) {
                    throw OSErrorBuiltins.fromErrno(22, null);
                }
                channel.position(base + offset);
                return channel.position();
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            }
        }
    }

    /** {@code ftruncate(fd, length)}: cuts the file to length bytes, or extends it with zero bytes; the position stays. */
    @Builtin(name = "ftruncate", params = {"fd", "length", "/"})
    @GenerateNodeFactory
    public abstract static class FtruncateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object ftruncate(Object fd, Object length) {
            SeekableByteChannel channel = KraitContext.get(null).fileDescriptors().get(PyNumber.asSize(fd)).channel();
            long size = PyNumber.asSize(length);
            if (size < 0) {
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            try {
                long position = channel.position();
                if (size < channel.size()) {
                    channel.truncate(size);
                } else if (size > channel.size()) {
                    channel.position(size - 1);
                    channel.write(java.nio.ByteBuffer.wrap(new byte[1]));
                }
                channel.position(position);
                return dev.krait.runtime.objects.PNone.NONE;
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw OSErrorBuiltins.fromErrno(22, null);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            }
        }
    }

    /** {@code _fdpath(fd)}: the path a descriptor was opened with (os.fstat stats it). */
    @Builtin(name = "_fdpath", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class FdPathNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String fdpath(Object fd) {
            return KraitContext.get(null).fileDescriptors().get(PyNumber.asSize(fd)).path();
        }
    }

    @Builtin(name = "getpid", params = {})
    @GenerateNodeFactory
    public abstract static class GetPidNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static long getpid() {
            return ProcessHandle.current().pid();
        }
    }

    @Builtin(name = "getppid", params = {})
    @GenerateNodeFactory
    public abstract static class GetPpidNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static long getppid() {
            try {
                return dev.krait.runtime.os.Libc.getppid();
            } catch (UnsupportedOperationException e) {
                // no native access: the JDK knows the parent while it lives
                return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
            }
        }
    }

    /**
     * {@code kill(pid, signal)}. A signal this process sends itself is handled before the call returns, as in
     * CPython, where the kernel delivers it at once and the next bytecode runs the Python handler.
     */
    @Builtin(name = "kill", params = {"pid", "signal", "/"})
    @GenerateNodeFactory
    public abstract static class KillNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object kill(Object pidArgument, Object signalArgument) {
            long pid = PyNumber.asSize(pidArgument);
            long signum = PyNumber.asSize(signalArgument);
            KraitContext context = KraitContext.get(null);
            if (pid == ProcessHandle.current().pid() && signum > 0 && signum < dev.krait.runtime.os.OsSignals.NSIG) {
                // the handlers CPython starts with (SIGINT's KeyboardInterrupt) are in place once _signal exists
                context.getLanguage().getBuiltinRegistry().getOrCreateModule(context, "_signal");
                SignalModule.raiseAndHandle(context, (int) signum);
                return PNone.NONE;
            }
            if (pid > Integer.MAX_VALUE || pid < Integer.MIN_VALUE || signum > Integer.MAX_VALUE || signum < Integer.MIN_VALUE) {
                throw Errors.overflowError("signed integer is greater than maximum");
            }
            try {
                dev.krait.runtime.os.Libc.kill(pid, (int) signum);
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "cpu_count", params = {})
    @GenerateNodeFactory
    public abstract static class CpuCountNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static long cpuCount() {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** {@code _uname()}: the kernel's sysname, nodename, release, version and machine, as {@code uname(2)} gives them. */
    @Builtin(name = "_uname", params = {})
    @GenerateNodeFactory
    public abstract static class UnameNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static PTuple uname() {
            String arch = System.getProperty("os.arch");
            String machine = switch (arch) {
                case "amd64" -> "x86_64";
                case "arm64" -> "aarch64";
                default -> arch;
            };
            return KraitContext.get(null).newTuple(new Object[]{
                    kernelValue("ostype", System.getProperty("os.name")),
                    kernelValue("hostname", hostName()),
                    kernelValue("osrelease", System.getProperty("os.version")),
                    kernelValue("version", ""),
                    machine});
        }

        /** A value from Linux's {@code /proc/sys/kernel}, or {@code fallback} where there is none. */
        private static String kernelValue(String name, String fallback) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel", name)).strip();
            } catch (IOException | SecurityException e) {
                return fallback;
            }
        }

        private static String hostName() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }
}
