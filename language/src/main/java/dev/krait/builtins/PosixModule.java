package dev.krait.builtins;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

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

    private static TruffleFile file(Object path) {
        return KraitContext.get(null).getEnv().getPublicTruffleFile(FileBuiltins.path(path));
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
                throw OSErrorBuiltins.fromErrno(2, path);
            }
            if (!target.isDirectory()) {
                throw OSErrorBuiltins.fromErrno(20, path);
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
                throw OSErrorBuiltins.fromErrno(2, name);
            }
            if (!directory.isDirectory()) {
                throw OSErrorBuiltins.fromErrno(20, name);
            }
            List<Object> names = new ArrayList<>();
            try {
                for (TruffleFile child : directory.list()) {
                    names.add(child.getName());
                }
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, name);
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
            if (target.isDirectory()) {
                throw OSErrorBuiltins.fromErrno(21, path);
            }
            try {
                target.delete();
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, path);
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
            if (target.exists() && !target.isDirectory()) {
                throw OSErrorBuiltins.fromErrno(20, path);
            }
            try {
                target.delete();
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, path);
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
            try {
                file(path).createDirectory();
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, path);
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
            if (!source.exists()) {
                throw OSErrorBuiltins.fromErrno(2, src);
            }
            try {
                source.move(file(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw OSErrorBuiltins.fromIOException(e, src);
            }
            return PNone.NONE;
        }
    }

    /**
     * {@code stat(path)} as a list {@code [mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime]} (os.py makes
     * the stat_result); the mode carries the file type bits S_IFDIR/S_IFREG and the permission bits.
     */
    @Builtin(name = "_stat", params = {"path"})
    @GenerateNodeFactory
    public abstract static class StatNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object stat(Object path) {
            TruffleFile target = file(path);
            if (!target.exists()) {
                throw OSErrorBuiltins.fromErrno(2, path);
            }
            try {
                long type = target.isDirectory() ? 0040000 : target.isRegularFile() ? 0100000 : 0;
                long permissions = 0;
                for (var permission : target.getPosixPermissions()) {
                    permissions |= 1L << (8 - permission.ordinal());
                }
                double mtime = target.getLastModifiedTime().toMillis() / 1000.0;
                double atime = target.getLastAccessTime().toMillis() / 1000.0;
                double ctime = target.getCreationTime().toMillis() / 1000.0;
                long size = target.isDirectory() ? 4096 : target.size();
                return KraitContext.get(null).newList(new Object[]{type | permissions, 0L, 0L, 1L, 0L, 0L, size, atime, mtime, ctime});
            } catch (IOException | UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromIOException(e instanceof IOException io ? io : new IOException(e), path);
            }
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

    @Builtin(name = "cpu_count", params = {})
    @GenerateNodeFactory
    public abstract static class CpuCountNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static long cpuCount() {
            return Runtime.getRuntime().availableProcessors();
        }
    }
}
