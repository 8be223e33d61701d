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
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.os.SystemQueries;

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
        addResultTypes(context, posix);
        for (Object[] constant : CONSTANTS) {
            ObjectAttributes.put(posix, (String) constant[0], constant[1]);
        }
        return posix;
    }

    /** The module's integer constants (Linux's values): open flags, access modes, wait options, exit codes, … */
    private static final Object[][] CONSTANTS = {{"CLD_CONTINUED", 6L}, {"CLD_DUMPED", 3L}, {"CLD_EXITED", 1L}, {"CLD_KILLED", 2L}, {"CLD_STOPPED", 5L}, {"CLD_TRAPPED", 4L}, {"EX_CANTCREAT", 73L}, {"EX_CONFIG", 78L}, {"EX_DATAERR", 65L}, {"EX_IOERR", 74L}, {"EX_NOHOST", 68L}, {"EX_NOINPUT", 66L}, {"EX_NOPERM", 77L}, {"EX_NOUSER", 67L}, {"EX_OK", 0L}, {"EX_OSERR", 71L}, {"EX_OSFILE", 72L}, {"EX_PROTOCOL", 76L}, {"EX_SOFTWARE", 70L}, {"EX_TEMPFAIL", 75L}, {"EX_UNAVAILABLE", 69L}, {"EX_USAGE", 64L}, {"F_LOCK", 1L}, {"F_OK", 0L}, {"F_TEST", 3L}, {"F_TLOCK", 2L}, {"F_ULOCK", 0L}, {"NGROUPS_MAX", 65536L}, {"O_ACCMODE", 3L}, {"O_APPEND", 1024L}, {"O_ASYNC", 8192L}, {"O_CLOEXEC", 524288L}, {"O_CREAT", 64L}, {"O_DIRECT", 16384L}, {"O_DIRECTORY", 65536L}, {"O_DSYNC", 4096L}, {"O_EXCL", 128L}, {"O_FSYNC", 1052672L}, {"O_LARGEFILE", 0L}, {"O_NDELAY", 2048L}, {"O_NOATIME", 262144L}, {"O_NOCTTY", 256L}, {"O_NOFOLLOW", 131072L}, {"O_NONBLOCK", 2048L}, {"O_PATH", 2097152L}, {"O_RDONLY", 0L}, {"O_RDWR", 2L}, {"O_RSYNC", 1052672L}, {"O_SYNC", 1052672L}, {"O_TMPFILE", 4259840L}, {"O_TRUNC", 512L}, {"O_WRONLY", 1L}, {"PRIO_PGRP", 1L}, {"PRIO_PROCESS", 0L}, {"PRIO_USER", 2L}, {"P_ALL", 0L}, {"P_PGID", 2L}, {"P_PID", 1L}, {"P_PIDFD", 3L}, {"RTLD_DEEPBIND", 8L}, {"RTLD_GLOBAL", 256L}, {"RTLD_LAZY", 1L}, {"RTLD_LOCAL", 0L}, {"RTLD_NODELETE", 4096L}, {"RTLD_NOLOAD", 4L}, {"RTLD_NOW", 2L}, {"R_OK", 4L}, {"SCHED_BATCH", 3L}, {"SCHED_FIFO", 1L}, {"SCHED_IDLE", 5L}, {"SCHED_OTHER", 0L}, {"SCHED_RESET_ON_FORK", 1073741824L}, {"SCHED_RR", 2L}, {"SEEK_DATA", 3L}, {"SEEK_HOLE", 4L}, {"ST_APPEND", 256L}, {"ST_MANDLOCK", 64L}, {"ST_NOATIME", 1024L}, {"ST_NODEV", 4L}, {"ST_NODIRATIME", 2048L}, {"ST_NOEXEC", 8L}, {"ST_NOSUID", 2L}, {"ST_RDONLY", 1L}, {"ST_RELATIME", 4096L}, {"ST_SYNCHRONOUS", 16L}, {"ST_WRITE", 128L}, {"TMP_MAX", 238328L}, {"WCONTINUED", 8L}, {"WEXITED", 4L}, {"WNOHANG", 1L}, {"WNOWAIT", 16777216L}, {"WSTOPPED", 2L}, {"WUNTRACED", 2L}, {"W_OK", 2L}, {"X_OK", 1L}};

    /** A new instance of the module's struct sequence type {@code typeName} (as created with the module). */
    static PTuple result(String typeName, Object[] values) {
        KraitContext context = KraitContext.get(null);
        PythonClass type = RESULT_TYPES.get(context).get(typeName);
        return StructSequence.instance(context, type, values);
    }

    /** Each context's result types, by name: the module's attributes may be replaced, these are not. */
    private static final Map<KraitContext, Map<String, PythonClass>> RESULT_TYPES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The struct sequence types of the module's results: os.stat_result, os.terminal_size, … */
    private static void addResultTypes(KraitContext context, PModule posix) {
        String[] statSlots = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null, "st_atime", "st_mtime",
                        "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
        String[] statDocs = {"protection bits", "inode", "device", "number of hard links", "user ID of owner", "group ID of owner",
                        "total size, in bytes", "integer time of last access", "integer time of last modification",
                        "integer time of last change", "time of last access", "time of last modification", "time of last change",
                        "time of last access in nanoseconds", "time of last modification in nanoseconds", "time of last change in nanoseconds",
                        "blocksize for filesystem I/O", "number of blocks allocated", "device type (if inode device)"};
        int[] statFallback = new int[statSlots.length];
        java.util.Arrays.fill(statFallback, -1);
        statFallback[10] = 7;
        statFallback[11] = 8;
        statFallback[12] = 9;
        Map<String, PythonClass> types = new java.util.HashMap<>();
        RESULT_TYPES.put(context, types);
        ObjectAttributes.put(posix, "stat_result", StructSequence.newType(context, "os", "stat_result",
                        "stat_result: Result from stat, fstat, or lstat.", statSlots, statDocs, 10, statFallback, true));
        ObjectAttributes.put(posix, "statvfs_result", StructSequence.newType(context, "os", "statvfs_result",
                        "statvfs_result: Result from statvfs or fstatvfs.", new String[]{"f_bsize", "f_frsize", "f_blocks", "f_bfree",
                                        "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"},
                        null, 10, null, true));
        ObjectAttributes.put(posix, "terminal_size", StructSequence.newType(context, "os", "terminal_size",
                        "A tuple of (columns, lines) for holding terminal window size", new String[]{"columns", "lines"},
                        new String[]{"width of the terminal window in characters", "height of the terminal window in characters"}, 2, null, true));
        ObjectAttributes.put(posix, "times_result", StructSequence.newType(context, "posix", "times_result",
                        "times_result: Result from os.times().", new String[]{"user", "system", "children_user", "children_system", "elapsed"},
                        null, 5, null, true));
        ObjectAttributes.put(posix, "uname_result", StructSequence.newType(context, "posix", "uname_result",
                        "uname_result: Result from os.uname().", new String[]{"sysname", "nodename", "release", "version", "machine"},
                        null, 5, null, true));
        for (String name : new String[]{"stat_result", "statvfs_result", "terminal_size", "times_result", "uname_result"}) {
            types.put(name, (PythonClass) ObjectAttributes.get(posix, name));
        }
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
        if (FileBuiltins.path(path).isEmpty()) {
            // the empty path names no file (Java would take it for the working directory)
            throw OSErrorBuiltins.fromErrno(2, shown(path));
        }
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

    @Builtin(name = "mkfifo", params = {"path", "mode="})
    @GenerateNodeFactory
    public abstract static class MkfifoNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object mkfifo(Object path, Object mode) {
            long bits = mode == PNone.NO_VALUE ? 0666 : PyNumber.asSize(mode);
            if (bits > Integer.MAX_VALUE || bits < Integer.MIN_VALUE) {
                throw Errors.overflowError("signed integer is greater than maximum");
            }
            try {
                dev.krait.runtime.os.Libc.mkfifo(file(path).getPath(), (int) bits);
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null); // as CPython's, the error names no file
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(38, null);
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
                Object rdev = PNone.NONE;
                try {
                    rdev = target.getAttribute(TruffleFile.UNIX_RDEV, options);
                } catch (UnsupportedOperationException notUnix) {
                    // a file system without device numbers
                }
                long[] blocks = SystemQueries.blockSizes(target.getPath(), options.length == 0);
                Object blockSize = blocks == null ? PNone.NONE : (Object) blocks[0];
                Object blockCount = blocks == null ? PNone.NONE : (Object) blocks[1];
                return KraitContext.get(null).newList(new Object[]{mode, ino, dev, nlink, uid, gid, size, Math.floorDiv(atime, 1_000_000_000L),
                        Math.floorDiv(mtime, 1_000_000_000L), Math.floorDiv(ctime, 1_000_000_000L), seconds(atime), seconds(mtime), seconds(ctime),
                        atime, mtime, ctime, blockSize, blockCount, rdev});
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

    /** Nanoseconds as float seconds, computed as CPython does (whole seconds plus the fraction). */
    private static double seconds(long nanos) {
        return Math.floorDiv(nanos, 1_000_000_000L) + Math.floorMod(nanos, 1_000_000_000L) * 1e-9;
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
    @Builtin(name = "_utime", params = {"path", "atime_ns", "mtime_ns", "follow_symlinks="})
    @GenerateNodeFactory
    public abstract static class UtimeNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object utime(Object[] args) {
            Object path = args[0];
            LinkOption[] options = args[3] == Boolean.FALSE ? new LinkOption[]{LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            TruffleFile target = file(path);
            if (!target.exists(options)) {
                throw OSErrorBuiltins.fromErrno(missing(target), null);
            }
            try {
                target.setLastAccessTime(FileTime.from(PyNumber.asSize(args[1]), TimeUnit.NANOSECONDS), options);
                target.setLastModifiedTime(FileTime.from(PyNumber.asSize(args[2]), TimeUnit.NANOSECONDS), options);
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
            if (args[4] == Boolean.FALSE && target.exists(LinkOption.NOFOLLOW_LINKS) && target.isSymbolicLink()) {
                return true; // a link itself: every permission (Linux ignores a link's mode)
            }
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
                var table = KraitContext.get(null).fileDescriptors();
                int fd = table.add(channel, target.getAbsoluteFile().getPath());
                // what F_GETFL reports: the access mode and the status flags, not the creation flags
                table.setOpenFlags(fd, (int) (flags & ~(0100 | 0200 | 0400 | 01000 | 02000000)));
                return fd;
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
            int read = context.fileDescriptors().add(ends[0], null);
            int write = context.fileDescriptors().add(ends[1], null);
            context.fileDescriptors().setOpenFlags(read, 0);
            context.fileDescriptors().setOpenFlags(write, 1);
            return context.newTuple(new Object[]{(long) read, (long) write});
        }
    }

    /** {@code get_blocking(fd)}: False once {@code set_blocking(fd, False)} made a pipe end non-blocking. */
    @Builtin(name = "get_blocking", params = {"fd", "/"})
    @GenerateNodeFactory
    public abstract static class GetBlockingNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean getBlocking(Object fd) {
            var table = KraitContext.get(null).fileDescriptors();
            long number = PyNumber.asSize(fd);
            var entry = table.get(number);
            return entry.channel() instanceof PipeByteChannel pipe ? pipe.isBlocking() : table.isBlocking(number);
        }
    }

    /**
     * {@code set_blocking(fd, blocking)}: a pipe end's reads and writes then wait or raise BlockingIOError; a regular
     * file never blocks, so its flag (which get_blocking reports) changes nothing else.
     */
    @Builtin(name = "set_blocking", params = {"fd", "blocking", "/"})
    @GenerateNodeFactory
    public abstract static class SetBlockingNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setBlocking(Object fd, Object blocking) {
            var table = KraitContext.get(null).fileDescriptors();
            long number = PyNumber.asSize(fd);
            var entry = table.get(number);
            boolean value = PyNumber.asSize(blocking) != 0;
            if (entry.channel() instanceof PipeByteChannel pipe) {
                pipe.setBlocking(value);
            } else {
                table.setBlocking(number, value);
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

    /** {@code _fsync(fd)}: forces a file descriptor's data to storage (os.py has converted the argument). */
    @Builtin(name = "_fsync", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class FsyncNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object fsync(Object fd) {
            long number = PyNumber.asSize(fd);
            KraitContext context = KraitContext.get(null);
            if (number >= 0 && number <= 2 && !context.fileDescriptors().isFile(number)) {
                if (number != 0) {
                    (number == 1 ? context.out() : context.err()).flush();
                }
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            SeekableByteChannel channel = context.fileDescriptors().get(number).channel();
            try {
                if (channel instanceof java.nio.channels.FileChannel file) {
                    file.force(true);
                }
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            }
            return PNone.NONE;
        }
    }

    /**
     * {@code isatty(fd)}: whether the descriptor is a terminal. Files, pipes and sockets of the descriptor table never
     * are; for the standard streams the C library is asked (False where it cannot be).
     */
    @Builtin(name = "isatty", params = {"fd", "/"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean isatty(Object fd) {
            long number = PyNumber.asSize(fd);
            if (number < 0 || number > 2 || KraitContext.get(null).fileDescriptors().isFile(number)) {
                return false;
            }
            try {
                return dev.krait.runtime.os.SystemQueries.isatty((int) number);
            } catch (UnsupportedOperationException noNativeAccess) {
                return false;
            }
        }
    }

    @Builtin(name = "get_inheritable", params = {"fd", "/"})
    @GenerateNodeFactory
    public abstract static class GetInheritableNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean getInheritable(Object fd) {
            return KraitContext.get(null).fileDescriptors().isInheritable(PyNumber.asSize(fd));
        }
    }

    @Builtin(name = "set_inheritable", params = {"fd", "inheritable", "/"})
    @GenerateNodeFactory
    public abstract static class SetInheritableNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setInheritable(Object fd, Object inheritable) {
            KraitContext.get(null).fileDescriptors().setInheritable(PyNumber.asSize(fd), PyNumber.asSize(inheritable) != 0);
            return PNone.NONE;
        }
    }

    @Builtin(name = "dup", params = {"fd", "/"})
    @GenerateNodeFactory
    public abstract static class DupNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long dup(Object fd) {
            return KraitContext.get(null).fileDescriptors().dup(PyNumber.asSize(fd));
        }
    }

    @Builtin(name = "dup2", params = {"fd", "fd2", "inheritable="})
    @GenerateNodeFactory
    public abstract static class Dup2Node extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static long dup2(Object fd, Object fd2, Object inheritable) {
            boolean makeInheritable = inheritable == PNone.NO_VALUE || dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(inheritable);
            return KraitContext.get(null).fileDescriptors().dup2(PyNumber.asSize(fd), PyNumber.asSize(fd2), makeInheritable);
        }
    }

    /** {@code _truncate(path, length)}: cuts or extends (with zeros) the named file. */
    @Builtin(name = "_truncate", params = {"path", "length"})
    @GenerateNodeFactory
    public abstract static class TruncateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object truncate(Object path, Object length) {
            long size = PyNumber.asSize(length);
            if (size < 0) {
                throw OSErrorBuiltins.fromErrno(22, shown(path));
            }
            TruffleFile target = file(path);
            if (!target.exists()) {
                throw OSErrorBuiltins.fromErrno(missing(target), shown(path));
            }
            if (target.isDirectory()) {
                throw OSErrorBuiltins.fromErrno(21, shown(path));
            }
            try (SeekableByteChannel channel = target.newByteChannel(Set.of(StandardOpenOption.WRITE))) {
                dev.krait.runtime.objects.PFile.resize(channel, size);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, shown(path));
            } catch (SecurityException e) {
                throw OSErrorBuiltins.fromErrno(13, shown(path));
            }
            return PNone.NONE;
        }
    }

    /** {@code _ftruncate(fd, length)}: cuts or extends (with zeros) an open file. */
    @Builtin(name = "_ftruncate", params = {"fd", "length"})
    @GenerateNodeFactory
    public abstract static class FtruncateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object ftruncate(Object fd, Object length) {
            long size = PyNumber.asSize(length);
            SeekableByteChannel channel = KraitContext.get(null).fileDescriptors().get(PyNumber.asSize(fd)).channel();
            if (size < 0) {
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            try {
                dev.krait.runtime.objects.PFile.resize(channel, size);
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw OSErrorBuiltins.fromErrno(22, null);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, null);
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            return PNone.NONE;
        }
    }

    /**
     * {@code get_terminal_size(fd=1)}: the window size of the terminal on fd, asked of the kernel for the standard
     * streams; other descriptors of the table are files, pipes or sockets, never terminals (ENOTTY).
     */
    @Builtin(name = "get_terminal_size", params = {"fd=", "/"})
    @GenerateNodeFactory
    public abstract static class GetTerminalSizeNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getTerminalSize(Object fd) {
            long number = fd == PNone.NO_VALUE ? 1 : PyNumber.asSize(fd);
            var table = KraitContext.get(null).fileDescriptors();
            if (!table.isOpen(number)) {
                throw OSErrorBuiltins.fromErrno(9, null);
            }
            if (number > 2 || table.isFile(number)) {
                throw OSErrorBuiltins.fromErrno(25, null);
            }
            int[] size;
            try {
                size = dev.krait.runtime.os.SystemQueries.terminalSize((int) number);
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(25, null);
            }
            return result("terminal_size", new Object[]{(long) size[0], (long) size[1]});
        }
    }

    /** {@code _rusage(who)}: the C library's getrusage as a list (times in microseconds); resource and os.times use it. */
    @Builtin(name = "_rusage", params = {"who"})
    @GenerateNodeFactory
    public abstract static class RusageNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object rusage(Object who) {
            long[] usage;
            try {
                usage = dev.krait.runtime.os.SystemQueries.getrusage((int) PyNumber.asSize(who));
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
            Object[] values = new Object[usage.length];
            for (int i = 0; i < usage.length; i++) {
                values[i] = usage[i];
            }
            return KraitContext.get(null).newList(values);
        }
    }

    /** {@code _getrlimit(resource)}: [soft, hard] of the C library's getrlimit (-1: unlimited). */
    @Builtin(name = "_getrlimit", params = {"resource"})
    @GenerateNodeFactory
    public abstract static class GetrlimitNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getrlimit(Object resource) {
            try {
                long[] limits = dev.krait.runtime.os.SystemQueries.getrlimit((int) PyNumber.asSize(resource));
                return KraitContext.get(null).newTuple(new Object[]{limits[0], limits[1]});
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
        }
    }

    /** {@code _setrlimit(resource, soft, hard)}: the C library's setrlimit. */
    @Builtin(name = "_setrlimit", params = {"resource", "soft", "hard"})
    @GenerateNodeFactory
    public abstract static class SetrlimitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object setrlimit(Object resource, Object soft, Object hard) {
            try {
                dev.krait.runtime.os.SystemQueries.setrlimit((int) PyNumber.asSize(resource), PyNumber.asSize(soft), PyNumber.asSize(hard));
                return PNone.NONE;
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
        }
    }

    /** {@code _flock(fd, operation)}: fcntl.flock, on a native descriptor of the file (see FileLocks). */
    @Builtin(name = "_flock", params = {"fd", "operation"})
    @GenerateNodeFactory
    public abstract static class FlockNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object flock(Object fd, Object operation) {
            try {
                int nativeFd = KraitContext.get(null).fileDescriptors().lockDescriptor(PyNumber.asSize(fd));
                dev.krait.runtime.os.FileLocks.flock(nativeFd, (int) PyNumber.asSize(operation));
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
            return PNone.NONE;
        }
    }

    /** {@code _record_lock(fd, wait, type, start, length, whence)}: fcntl.lockf's record lock (F_SETLK/F_SETLKW). */
    @Builtin(name = "_record_lock", params = {"fd", "wait", "type", "start", "length", "whence"})
    @GenerateNodeFactory
    public abstract static class RecordLockNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object recordLock(Object[] args) {
            try {
                int nativeFd = KraitContext.get(null).fileDescriptors().lockDescriptor(PyNumber.asSize(args[0]));
                dev.krait.runtime.os.FileLocks.recordLock(nativeFd, args[1] == Boolean.TRUE, (int) PyNumber.asSize(args[2]),
                                PyNumber.asSize(args[3]), PyNumber.asSize(args[4]), (int) PyNumber.asSize(args[5]));
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
            return PNone.NONE;
        }
    }

    /** {@code _open_flags(fd)}: the flags os.open or os.pipe gave the descriptor, or None (EBADF if not open). */
    @Builtin(name = "_open_flags", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class OpenFlagsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object openFlags(Object fd) {
            var table = KraitContext.get(null).fileDescriptors();
            long number = PyNumber.asSize(fd);
            if (!table.isOpen(number)) {
                throw OSErrorBuiltins.fromErrno(9, null);
            }
            Integer flags = table.openFlags(number);
            if (flags != null) {
                return (long) flags;
            }
            if (number <= 2 && !table.isFile(number)) {
                return number == 0 ? 0L : 1L;
            }
            return accessMode(table.get(number).channel());
        }
    }

    /**
     * The access mode (O_RDONLY, O_WRONLY or O_RDWR) of a channel opened elsewhere, found by reading and writing
     * nothing: a channel refuses even that in a direction it was not opened for.
     */
    private static long accessMode(SeekableByteChannel channel) {
        boolean readable = true;
        boolean writable = true;
        try {
            channel.read(ByteBuffer.allocate(0));
        } catch (java.nio.channels.NonReadableChannelException e) {
            readable = false;
        } catch (IOException e) {
            // readable, though not now
        }
        try {
            channel.write(ByteBuffer.allocate(0));
        } catch (java.nio.channels.NonWritableChannelException e) {
            writable = false;
        } catch (IOException e) {
            // writable, though not now
        }
        return readable && writable ? 2 : writable ? 1 : 0;
    }

    /** {@code strerror(code)}: the C library's message for an error number. */
    @Builtin(name = "strerror", params = {"code", "/"})
    @GenerateNodeFactory
    public abstract static class StrerrorNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String strerror(Object code) {
            return OSErrorBuiltins.strerror(PyNumber.asSize(code));
        }
    }

    /** {@code _sysconf(number)}: the C library's {@code sysconf}; os.sysconf maps names to numbers. */
    @Builtin(name = "_sysconf", params = {"name"})
    @GenerateNodeFactory
    public abstract static class SysconfNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long sysconf(Object name) {
            long number = PyNumber.asSize(name);
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw OSErrorBuiltins.fromErrno(22, null);
            }
            try {
                return dev.krait.runtime.os.SystemQueries.sysconf((int) number);
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
        }
    }

    /** {@code _statvfs(path)}: the file system statistics of the file system holding path, as a list. */
    @Builtin(name = "_statvfs", params = {"path"})
    @GenerateNodeFactory
    public abstract static class StatvfsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object statvfs(Object path) {
            TruffleFile target = file(path);
            if (!target.exists()) {
                throw OSErrorBuiltins.fromErrno(missing(target), shown(path));
            }
            long[] fields;
            try {
                fields = dev.krait.runtime.os.SystemQueries.statvfs(target.getPath());
            } catch (dev.krait.runtime.os.Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, shown(path));
            } catch (UnsupportedOperationException noNativeAccess) {
                throw OSErrorBuiltins.fromErrno(38, shown(path));
            }
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = fields[i];
            }
            return result("statvfs_result", values);
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

    /** {@code uname()}: the kernel's sysname, nodename, release, version and machine, as {@code uname(2)} gives them. */
    @Builtin(name = "uname", params = {})
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
            return result("uname_result", new Object[]{
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
