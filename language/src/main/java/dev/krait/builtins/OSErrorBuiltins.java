package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])}: its attributes, its {@code [Errno N] …}
 * str, and the subclass an errno selects ({@code OSError(2, …)} is a FileNotFoundError).
 */
final class OSErrorBuiltins {
    private OSErrorBuiltins() {
    }

    @TruffleBoundary
    static PythonClass subclassFor(KraitContext context, PythonClass cls, Object errno) {
        if (cls != context.classes().byName("OSError") || !(errno instanceof Long code)) {
            return cls;
        }
        String name = switch ((int) (long) code) {
            case 2 -> "FileNotFoundError";
            case 17 -> "FileExistsError";
            case 1, 13 -> "PermissionError";
            case 21 -> "IsADirectoryError";
            case 20 -> "NotADirectoryError";
            case 4 -> "InterruptedError";
            case 3 -> "ProcessLookupError";
            case 10 -> "ChildProcessError";
            case 11, 114, 115 -> "BlockingIOError";
            case 32, 108 -> "BrokenPipeError";
            case 103 -> "ConnectionAbortedError";
            case 111 -> "ConnectionRefusedError";
            case 104 -> "ConnectionResetError";
            case 110 -> "TimeoutError";
            default -> null;
        };
        return name == null ? cls : context.classes().byName(name);
    }

    /** {@code OSError(errno, strerror, filename)} as the subclass the errno selects, with the C library's message. */
    @TruffleBoundary
    static PException fromErrno(long errno, Object filename) {
        return raise(errno, filename == null ? new Object[]{errno, strerror(errno)} : new Object[]{errno, strerror(errno), filename});
    }

    /** An OSError naming two files, as rename and symlink raise ("'a' -> 'b'"). */
    @TruffleBoundary
    static PException fromErrno2(long errno, Object filename, Object filename2) {
        return raise(errno, new Object[]{errno, strerror(errno), filename, PNone.NONE, filename2});
    }

    private static PException raise(long errno, Object[] args) {
        KraitContext context = KraitContext.get(null);
        PythonClass cls = subclassFor(context, context.classes().byName("OSError"), errno);
        PBaseException exception = (PBaseException) ClassBuilder.allocate(context, cls);
        initialize(exception, args);
        return PException.raise(exception, null);
    }

    static String strerror(long errno) {
        return switch ((int) errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 6 -> "No such device or address";
            case 7 -> "Argument list too long";
            case 8 -> "Exec format error";
            case 9 -> "Bad file descriptor";
            case 10 -> "No child processes";
            case 11 -> "Resource temporarily unavailable";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 24 -> "Too many open files";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 30 -> "Read-only file system";
            case 32 -> "Broken pipe";
            case 36 -> "File name too long";
            case 38 -> "Function not implemented";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            case 5 -> "Input/output error";
            case 12 -> "Cannot allocate memory";
            case 14 -> "Bad address";
            case 16 -> "Device or resource busy";
            case 19 -> "No such device";
            case 23 -> "Too many open files in system";
            case 25 -> "Inappropriate ioctl for device";
            case 26 -> "Text file busy";
            case 27 -> "File too large";
            case 31 -> "Too many links";
            case 33 -> "Numerical argument out of domain";
            case 34 -> "Numerical result out of range";
            case 35 -> "Resource deadlock avoided";
            case 95 -> "Operation not supported";
            case 98 -> "Address already in use";
            case 99 -> "Cannot assign requested address";
            case 104 -> "Connection reset by peer";
            case 110 -> "Connection timed out";
            case 111 -> "Connection refused";
            case 113 -> "No route to host";
            default -> "Unknown error " + errno;
        };
    }

    /** A Java I/O failure of an operation on two files (rename) as CPython's OSError naming both. */
    @TruffleBoundary
    static PException fromIOException2(IOException e, Object filename, Object filename2) {
        return fromErrno2(errnoOf(e), filename, filename2);
    }

    /** A Java I/O failure as the OSError CPython raises for the same condition. */
    @TruffleBoundary
    static PException fromIOException(IOException e, Object filename) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return Errors.raise(dev.krait.runtime.exceptions.ErrorType.UnicodeDecodeError, "'utf-8' codec can't decode bytes: invalid data");
        }
        return fromErrno(errnoOf(e), filename);
    }

    private static long errnoOf(IOException e) {
        return e instanceof NoSuchFileException ? 2
                        : e instanceof AccessDeniedException ? 13
                        : e instanceof FileAlreadyExistsException ? 17
                        : e instanceof DirectoryNotEmptyException ? 39
                        : e instanceof NotDirectoryException ? 20
                        : e instanceof java.nio.file.FileSystemLoopException ? 40
                        : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? errnoOfReason(fs.getReason())
                        : 5;
    }

    /** The errno of a failure Java reports only by the C library's message (the reason of a FileSystemException). */
    private static long errnoOfReason(String reason) {
        for (long errno : new long[]{1, 2, 6, 13, 17, 18, 20, 21, 22, 28, 30, 36, 39, 40}) {
            if (reason.startsWith(strerror(errno))) {
                return errno;
            }
        }
        return 5;
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newOSError(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            Object[] items = ((PTuple) args).items();
            PythonClass type = items.length >= 2 ? subclassFor(context, (PythonClass) cls, items[0]) : (PythonClass) cls;
            PBaseException exception = (PBaseException) ClassBuilder.allocate(context, type);
            initialize(exception, items);
            return exception;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void initialize(PBaseException exception, Object[] items) {
        String[] names = {"errno", "strerror", "filename", "winerror", "filename2"};
        for (String name : names) {
            ObjectAttributes.put(exception, name, PNone.NONE);
        }
        if (items.length >= 3 && items.length <= 5 && items[2] != PNone.NONE &&
                        exception.getPythonClass() == KraitContext.get(null).classes().byName("BlockingIOError") && PyNumber.isNumber(items[2])) {
            // an exact BlockingIOError's third argument is characters_written, and the arguments stay as given
            ObjectAttributes.put(exception, "errno", items[0]);
            ObjectAttributes.put(exception, "strerror", items[1]);
            exception.setAssignedMember(PyNumber.asSsizeArgument(items[2]));
            exception.setArgs(items);
        } else if (items.length >= 2 && items.length <= 5) {
            for (int i = 0; i < items.length; i++) {
                if (i != 3) {
                    ObjectAttributes.put(exception, names[i], items[i]);
                }
            }
            exception.setArgs(new Object[]{items[0], items[1]});
        } else {
            exception.setArgs(items);
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String str(Object self) {
            PBaseException exception = (PBaseException) self;
            Object errno = ObjectAttributes.get(exception, "errno");
            Object strerror = ObjectAttributes.get(exception, "strerror");
            Object filename = ObjectAttributes.get(exception, "filename");
            Object filename2 = ObjectAttributes.get(exception, "filename2");
            if (filename != null && filename != PNone.NONE) {
                String text = "[Errno " + PyObjectRepr.str(errno) + "] " + PyObjectRepr.str(strerror) + ": " + PyObjectRepr.repr(filename);
                if (filename2 != null && filename2 != PNone.NONE) {
                    text += " -> " + PyObjectRepr.repr(filename2);
                }
                return text;
            }
            if (errno != null && errno != PNone.NONE && strerror != null && strerror != PNone.NONE) {
                return "[Errno " + PyObjectRepr.str(errno) + "] " + PyObjectRepr.str(strerror);
            }
            return PyObjectRepr.exceptionStr(exception);
        }
    }
}
