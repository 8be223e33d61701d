package dev.krait.builtins;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PFile;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code open()} and the file objects it returns ({@code _io.TextIOWrapper} for text, {@code _io.BufferedReader},
 * {@code BufferedWriter} and {@code BufferedRandom} for binary files), with CPython's mode rules and messages. The
 * {@code _io} module holds the classes and {@code UnsupportedOperation}.
 */
public final class FileBuiltins {
    private FileBuiltins() {
    }

    /** The {@code _io} module: open, the file classes, UnsupportedOperation, DEFAULT_BUFFER_SIZE. */
    public static PModule createIoModule(KraitContext context) {
        PModule io = context.newModule("_io");
        var classes = context.classes();
        ObjectAttributes.put(io, "open", context.getBuiltins().getGlobal("open"));
        for (PythonClass cls : new PythonClass[]{classes.textFileClass, classes.bufferedReaderClass, classes.bufferedWriterClass,
                        classes.bufferedRandomClass, classes.fileIOClass}) {
            ObjectAttributes.put(io, cls.getName(), cls);
        }
        PythonClass unsupported = ClassBuilder.createClass(context, classes.typeClass, "UnsupportedOperation",
                        new Object[]{classes.byName("OSError"), classes.byName("ValueError")}, namespace(context, "io"), context.newDict());
        ObjectAttributes.put(io, "UnsupportedOperation", unsupported);
        ObjectAttributes.put(io, "DEFAULT_BUFFER_SIZE", 8192L);
        context.getLanguage().getBuiltinRegistry().addFunctions(context, io, BytesIOSupportFactory.getFactories(), null, "_io");
        return io;
    }

    private static dev.krait.runtime.objects.PDict namespace(KraitContext context, String module) {
        dev.krait.runtime.objects.PDict dict = context.newDict();
        dict.setItem("__module__", module);
        return dict;
    }

    /** Installs the file classes' methods (each class the ones CPython's has) and their attributes. */
    static void install(BuiltinRegistry registry, KraitContext context) {
        var classes = context.classes();
        for (PythonClass cls : new PythonClass[]{classes.textFileClass, classes.bufferedReaderClass, classes.bufferedWriterClass,
                        classes.bufferedRandomClass, classes.fileIOClass}) {
            Set<String> absent = absentMethods(classes, cls);
            registry.addFunctions(context, cls, FileBuiltinsFactory.getFactories().stream()
                            .filter(f -> f != FileBuiltinsFactory.OpenNodeFactory.getInstance() &&
                                            f != FileBuiltinsFactory.FileIONewNodeFactory.getInstance() &&
                                            f != FileBuiltinsFactory.FileIOInitNodeFactory.getInstance() &&
                                            !absent.contains(f.getNodeClass().getAnnotation(Builtin.class).name())).toList(), cls, "_io");
            cls.defineOwn("__module__", "_io");
            cls.setTypeName("_io." + cls.getName());
            cls.setAcceptsAttributes(true); // CPython's file objects have a __dict__
            BuiltinTypeInstaller.getset(context, cls, "name", self -> attached(self).name(), null);
            // a text file's mode is its own (an instance attribute in CPython); a buffered file asks its raw file
            BuiltinTypeInstaller.getset(context, cls, "mode", self -> cls == classes.textFileClass ? file(self).mode() : attached(self).mode(), null);
            BuiltinTypeInstaller.getset(context, cls, "closed", self -> attached(self).isClosed(), null);
            if (cls == classes.fileIOClass) {
                registry.addFunctions(context, cls, java.util.List.of(FileBuiltinsFactory.FileIONewNodeFactory.getInstance(),
                                FileBuiltinsFactory.FileIOInitNodeFactory.getInstance()), cls, "_io");
                BuiltinTypeInstaller.getset(context, cls, "closefd", self -> file(self).closesDescriptor(), null);
            } else if (cls == classes.textFileClass) {
                BuiltinTypeInstaller.getset(context, cls, "encoding", self -> file(self).encodingName(), null);
                BuiltinTypeInstaller.getset(context, cls, "errors", self -> file(self).errors(), null);
                BuiltinTypeInstaller.getset(context, cls, "buffer", self -> file(self).isDetached() ? PNone.NONE : file(self).layerBelow(bufferedClassFor(file(self)), false), null);
                BuiltinTypeInstaller.getset(context, cls, "line_buffering", self -> file(self).lineBuffering(), null);
                BuiltinTypeInstaller.getset(context, cls, "write_through", self -> file(self).writeThrough(), null);
                BuiltinTypeInstaller.getset(context, cls, "newlines", self -> newlines(attached(self)), null);
            } else {
                BuiltinTypeInstaller.getset(context, cls, "raw", self -> file(self).isDetached() ? PNone.NONE : file(self).layerBelow(classes.fileIOClass, true), null);
            }
        }
    }

    /** The methods the shared set has that class {@code cls} does not (CPython's has no such attribute). */
    private static Set<String> absentMethods(dev.krait.runtime.BuiltinClasses classes, PythonClass cls) {
        if (cls == classes.textFileClass) {
            return Set.of("read1", "readall", "readinto", "peek");
        }
        if (cls == classes.fileIOClass) {
            return Set.of("read1", "peek", "detach", "reconfigure");
        }
        if (cls == classes.bufferedWriterClass) {
            return Set.of("readall", "reconfigure", "peek");
        }
        return Set.of("readall", "reconfigure");
    }

    /** The file, checked not detached (its attributes then raise, as CPython's). */
    private static PFile attached(Object self) {
        PFile file = file(self);
        if (file.isDetached()) {
            throw closedError(file, null);
        }
        return file;
    }

    /** A text file's {@code newlines}: the kinds of line ending read (None, one string, or a tuple of them). */
    private static Object newlines(PFile file) {
        String newline = file.newline();
        if (newline != null && !newline.isEmpty()) {
            return PNone.NONE;
        }
        java.util.List<Object> kinds = new java.util.ArrayList<>();
        int seen = file.seenNewlines();
        if ((seen & 1) != 0) {
            kinds.add("\r");
        }
        if ((seen & 2) != 0) {
            kinds.add("\n");
        }
        if ((seen & 4) != 0) {
            kinds.add("\r\n");
        }
        if (kinds.isEmpty()) {
            return PNone.NONE;
        }
        return kinds.size() == 1 ? kinds.get(0) : KraitContext.get(null).newTuple(kinds.toArray());
    }

    private static PFile file(Object self) {
        if (self instanceof PFile file) {
            return file;
        }
        throw Errors.typeError("descriptor requires a '_io.TextIOWrapper' object but received a '" + PyObjectType.typeName(self) + "'");
    }

    /** Whether the file is a buffered binary one (BufferedReader, BufferedWriter, BufferedRandom). */
    private static boolean isBuffered(PFile file) {
        return file.isBinary() && !file.isUnbuffered();
    }

    /**
     * The file, checked usable for an operation: not detached, not closed, with the message each class gives (a
     * buffered file names the operation: "read of closed file").
     */
    private static PFile open(Object self, String operation) {
        PFile file = file(self);
        if (file.isClosed()) {
            throw closedError(file, operation);
        }
        return file;
    }

    private static PFile open(Object self) {
        return open(self, null);
    }

    /** The file, checked open by a method every stream inherits from IOBase (__enter__, __iter__, writelines…). */
    private static PFile openAsIOBase(Object self) {
        PFile file = file(self);
        if (file.isClosed() && !file.isDetached()) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        return open(self, null);
    }

    /** The file, checked open by a question every layer passes down to the raw file (isatty(), seekable()…). */
    private static PFile openAsRaw(Object self) {
        PFile file = file(self);
        if (file.isClosed() && !file.isDetached()) {
            throw Errors.valueError("I/O operation on closed file");
        }
        return open(self, null);
    }

    /** The error for {@code operation} of a closed (or detached) file, in the words of the file's class. */
    @TruffleBoundary
    private static PException closedError(PFile file, String operation) {
        if (file.isDetached()) {
            return Errors.valueError(file.isBinary() ? "raw stream has been detached" : "underlying buffer has been detached");
        }
        if (!file.isBinary()) {
            return Errors.valueError("I/O operation on closed file.");
        }
        if (!isBuffered(file) || operation == null) {
            return Errors.valueError("I/O operation on closed file");
        }
        return Errors.valueError(switch (operation) {
            case "write" -> "write to closed file";
            case "read1" -> "read of closed file";
            case "detach" -> "I/O operation on closed file.";
            default -> operation + " of closed file";
        });
    }

    /** The file, checked open and readable for {@code operation} ("read", "read1", "readline"…). */
    private static PFile readable(Object self, String operation) {
        PFile file = file(self);
        if (isBuffered(file) && !file.isReadable()) {
            // a BufferedWriter has no reading methods: BufferedIOBase's say it cannot
            throw unsupported(operation.equals("read1") ? "read1" : "read");
        }
        open(self, operation);
        if (!file.isReadable()) {
            throw unsupported(file.isBinary() ? "File not open for reading" : "not readable");
        }
        return file;
    }

    private static PFile readable(Object self) {
        return readable(self, "read");
    }

    /** The file, checked open and writable for {@code operation} ("write", "truncate"). */
    private static PFile writable(Object self, String operation) {
        PFile file = file(self);
        if (isBuffered(file) && !file.isWritable() && operation.equals("write")) {
            throw unsupported(operation);
        }
        open(self, operation);
        if (!file.isWritable()) {
            throw unsupported(isBuffered(file) ? operation : file.isBinary() ? "File not open for writing" : operation.equals("write") ? "not writable" : operation);
        }
        return file;
    }

    private static PFile writable(Object self) {
        return writable(self, "write");
    }

    @TruffleBoundary
    static PException unsupported(String message) {
        KraitContext context = KraitContext.get(null);
        PModule io = context.getLanguage().getBuiltinRegistry().getOrCreateModule(context, "_io");
        PythonClass cls = (PythonClass) io.getGlobal("UnsupportedOperation");
        return PException.raise(context.newException(cls, new Object[]{message}), null);
    }

    /** An I/O failure as the OSError subclass its errno selects, naming the file. */
    static PException osError(IOException e, Object filename) {
        return OSErrorBuiltins.fromIOException(e, filename);
    }

    private static long optSize(Object size) {
        return size == PNone.NO_VALUE || size == PNone.NONE ? -1 : PyNumber.asSize(size);
    }

    /** Binary files' data as Python bytes. */
    static Object bytesObject(byte[] data) {
        return dev.krait.runtime.bytes.ByteSequences.newBytes(data);
    }

    /** What a binary file's write() takes: any bytes-like object. */
    static byte[] bytesArgument(Object value) {
        return dev.krait.runtime.bytes.ByteSequences.require(value);
    }

    // ---- open() ----

    @Builtin(name = "open", params = {"file", "mode=", "buffering=", "encoding=", "errors=", "newline=", "closefd=", "opener="})
    @GenerateNodeFactory
    public abstract static class OpenNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object open(Object[] args) {
            KraitContext context = KraitContext.get(null);
            Object fileArg = args[0];
            String mode = args[1] == PNone.NO_VALUE ? "r" : stringArgument(args[1], "mode");
            Object encoding = given(args[3]) ? args[3] : PNone.NONE;
            Object errors = given(args[4]) ? args[4] : PNone.NONE;
            Object newline = given(args[5]) ? args[5] : PNone.NONE;
            boolean isDescriptor = BuiltinArithmetic.isInt(fileArg) && !(fileArg instanceof Boolean);
            String path = isDescriptor ? null : path(fileArg);
            if (path != null && !(PBoxedValue.unwrap(fileArg) instanceof String) && !(PBoxedValue.unwrap(fileArg) instanceof dev.krait.runtime.objects.PBytes)) {
                fileArg = path; // an os.PathLike's path names the file (its name, its errors' filename), as in CPython
            }
            boolean reading = false;
            boolean writing = false;
            boolean appending = false;
            boolean creating = false;
            boolean updating = false;
            boolean text = false;
            boolean binary = false;
            Set<Character> seen = new HashSet<>();
            for (char c : mode.toCharArray()) {
                if ("rwxab+t".indexOf(c) < 0 || !seen.add(c)) {
                    throw Errors.valueError("invalid mode: '" + mode + "'");
                }
                switch (c) {
                    case 'r' -> reading = true;
                    case 'w' -> writing = true;
                    case 'a' -> appending = true;
                    case 'x' -> creating = true;
                    case '+' -> updating = true;
                    case 't' -> text = true;
                    default -> binary = true;
                }
            }
            if (text && binary) {
                throw Errors.valueError("can't have text and binary mode at once");
            }
            int kinds = (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) + (creating ? 1 : 0);
            if (kinds > 1) {
                throw Errors.valueError("must have exactly one of create/read/write/append mode");
            }
            if (binary && encoding != PNone.NONE) {
                throw Errors.valueError("binary mode doesn't take an encoding argument");
            }
            if (binary && errors != PNone.NONE) {
                throw Errors.valueError("binary mode doesn't take an errors argument");
            }
            if (binary && newline != PNone.NONE) {
                throw Errors.valueError("binary mode doesn't take a newline argument");
            }
            if (kinds == 0) {
                // CPython's open() leaves this to FileIO, which words it its own way
                throw Errors.valueError(FILEIO_MODE_ERROR);
            }
            String newlineValue = null;
            if (newline != PNone.NONE) {
                newlineValue = stringArgument(newline, "newline");
                if (!newlineValue.isEmpty() && !newlineValue.equals("\n") && !newlineValue.equals("\r") && !newlineValue.equals("\r\n")) {
                    throw Errors.valueError("illegal newline value: " + newlineValue);
                }
            }
            if (encoding == PNone.NONE && !binary && KraitContext.get(null).interpreterFlags().isSet("warn_default_encoding")) {
                // -X warn_default_encoding (PEP 597), as CPython's open warns
                dev.krait.runtime.protocol.PyErrWarn.warn("EncodingWarning", "'encoding' argument not specified", 1);
            }
            String encodingName = encoding == PNone.NONE ? "UTF-8" : stringArgument(encoding, "encoding");
            if (encodingName.equals("locale")) {
                encodingName = "UTF-8"; // the locale's encoding (PEP 597): Krait runs in the C.UTF-8 locale, as CPython coerces C to
            }
            String errorsName = errors == PNone.NONE ? "strict" : stringArgument(errors, "errors");
            // the "open" audit event as FileIO raises it: the file, its raw mode and the os.open flags
            String rawMode = (reading ? "r" : writing ? "w" : appending ? "a" : "x") + (updating ? "+" : "");
            int flags = (updating ? 2 : reading ? 0 : 1) | (reading ? 0 : 64) | (writing ? 512 : 0) | (appending ? 1024 : 0) |
                            (creating ? 128 : 0) | 524288;
            dev.krait.runtime.PySysAudit.audit(context, "open", fileArg, rawMode, (long) flags);
            if (!binary) {
                // an unknown encoding is a LookupError now, not at the first read or write
                dev.krait.runtime.bytes.Codecs.decode(new byte[0], encodingName, errorsName);
            }
            Set<OpenOption> options = new HashSet<>();
            if (reading) {
                options.add(StandardOpenOption.READ);
            }
            if (writing) {
                options.add(StandardOpenOption.WRITE);
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            if (appending) {
                options.add(StandardOpenOption.WRITE);
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.APPEND);
            }
            if (creating) {
                options.add(StandardOpenOption.WRITE);
                options.add(StandardOpenOption.CREATE_NEW);
            }
            if (updating) {
                options.add(StandardOpenOption.READ);
                options.add(StandardOpenOption.WRITE);
            }
            boolean closefd = args[6] == PNone.NO_VALUE || PyObjectIsTrue.isTrue(args[6]);
            if (!closefd && !isDescriptor) {
                throw Errors.valueError("Cannot use closefd=False with file name");
            }
            Object opener = args.length > 7 && args[7] != PNone.NO_VALUE ? args[7] : PNone.NONE;
            if (opener != PNone.NONE && !isDescriptor) {
                // the opener makes the descriptor from the name and os.open's flags; the file is then that descriptor
                Object descriptor = PyObjectCall.call(opener, fileArg, openFlags(reading, writing, appending, creating, updating));
                if (!BuiltinArithmetic.isInt(descriptor) || descriptor instanceof Boolean) {
                    throw Errors.typeError("expected integer from opener");
                }
                long number = PyNumber.asSize(descriptor);
                if (number < 0) {
                    throw Errors.valueError("opener returned " + number);
                }
                SeekableByteChannel opened = context.fileDescriptors().channelForFile(number, true);
                return makeFile(context, fileArg, mode, args[2], binary, reading, writing, appending, creating, updating, encodingName, errorsName,
                                newlineValue, true, opened, classOverride(args));
            }
            SeekableByteChannel channel;
            if (isDescriptor) {
                if (PyNumber.asSize(fileArg) < 0) {
                    throw Errors.valueError("negative file descriptor");
                }
                channel = context.fileDescriptors().channelForFile(PyNumber.asSize(fileArg), closefd);
            } else {
                TruffleFile file = truffleFile(context, fileArg);
                if (file.isDirectory()) {
                    throw OSErrorBuiltins.fromErrno(21, fileArg);
                }
                try {
                    if (appending && updating) {
                        options.remove(StandardOpenOption.APPEND);
                        channel = new AppendingByteChannel(file.newByteChannel(options));
                    } else {
                        channel = file.newByteChannel(options);
                    }
                    if (!file.isRegularFile() && NamedPipeChannel.isNamedPipe(file.getAttribute(TruffleFile.UNIX_MODE))) {
                        channel = new NamedPipeChannel(channel);
                    }
                } catch (IOException e) {
                    throw osError(e, fileArg);
                } catch (SecurityException e) {
                    throw osError(new AccessDeniedException(path), fileArg);
                }
            }
            return makeFile(context, fileArg, mode, args[2], binary, reading, writing, appending, creating, updating, encodingName, errorsName,
                            newlineValue, closefd, channel, classOverride(args));
        }

        /** FileIO's __new__ passes the class to make (a Python subclass of FileIO) after open()'s arguments. */
        private static PythonClass classOverride(Object[] args) {
            return args.length > 8 && args[8] instanceof PythonClass cls ? cls : null;
        }

        /** os.open's flags for an open() mode (what an opener is given). */
        private static long openFlags(boolean reading, boolean writing, boolean appending, boolean creating, boolean updating) {
            long flags = updating ? 2 : reading ? 0 : 1; // O_RDWR, O_RDONLY, O_WRONLY
            if (writing) {
                flags |= 0x40 | 0x200; // O_CREAT | O_TRUNC
            }
            if (appending) {
                flags |= 0x40 | 0x400; // O_CREAT | O_APPEND
            }
            if (creating) {
                flags |= 0x40 | 0x80; // O_CREAT | O_EXCL
            }
            return flags | 0x80000; // O_CLOEXEC
        }

        private static PFile makeFile(KraitContext context, Object fileArg, String mode, Object buffering, boolean binary, boolean reading, boolean writing,
                        boolean appending, boolean creating, boolean updating, String encodingName, String errorsName, String newlineValue, boolean closefd,
                        SeekableByteChannel channel, PythonClass classOverride) {
            var classes = context.classes();
            long bufferSize = given(buffering) && buffering != PNone.NONE ? PyNumber.asSize(buffering) : -1;
            boolean unbuffered = bufferSize == 0;
            if (unbuffered && !binary) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // the ValueError is what the caller sees
                }
                throw Errors.valueError("can't have unbuffered text I/O");
            }
            PythonClass cls = classOverride != null ? classOverride : !binary ? classes.textFileClass : unbuffered ? classes.fileIOClass
                            : updating ? classes.bufferedRandomClass : reading ? classes.bufferedReaderClass : classes.bufferedWriterClass;
            // the raw file's mode, as CPython's FileIO names it ('w+b' is 'rb+')
            String rawMode = (creating ? "xb" : appending ? "ab" : reading || updating ? "rb" : "wb") + (updating ? "+" : "");
            String shownMode = binary ? rawMode : mode;
            PFile result = new PFile(cls, context.getShape(), fileArg, shownMode, binary, reading || updating, !reading || updating,
                            encodingName, errorsName, newlineValue, channel);
            result.setRawMode(rawMode);
            result.setClosesDescriptor(closefd);
            result.setUnbuffered(unbuffered);
            result.setLineBuffering(!binary && bufferSize == 1);
            // an open file is released like an object holding references, so that dropping it closes it
            RefCounts.noteHeldReference(result);
            context.noteOpenFile(result);
            return result;
        }

        private static boolean given(Object value) {
            return value != PNone.NO_VALUE;
        }

        private static String stringArgument(Object value, String name) {
            if (PBoxedValue.unwrap(value) instanceof String s) {
                return s;
            }
            throw Errors.typeError("open() argument '" + name + "' must be str" + (name.equals("mode") ? "" : " or None") + ", not " +
                            PyObjectType.typeName(value));
        }
    }

    /** A path argument: a str, or an object with {@code __fspath__} returning one. */
    @TruffleBoundary
    public static String path(Object value) {
        Object v = PBoxedValue.unwrap(value);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof dev.krait.runtime.objects.PBytes bytes) {
            return fsDecode(bytes);
        }
        if (PyObjectType.classOf(value).lookup("__fspath__") != null) {
            Object result = PyObjectCall.callSpecial(value, "__fspath__");
            if (PBoxedValue.unwrap(result) instanceof String s) {
                return s;
            }
            if (PBoxedValue.unwrap(result) instanceof dev.krait.runtime.objects.PBytes bytes) {
                return fsDecode(bytes);
            }
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + PyObjectType.typeName(value));
    }

    /** A bytes path as text: UTF-8 with undecodable bytes as lone surrogates (os.fsdecode). */
    private static String fsDecode(dev.krait.runtime.objects.PBytes bytes) {
        byte[] data = dev.krait.runtime.bytes.ByteSequences.dataOrNull(bytes);
        return dev.krait.runtime.bytes.Codecs.decode(data, "utf-8", "surrogateescape");
    }

    /**
     * The file a path object names. A name the platform cannot spell (lone surrogates from undecodable bytes) names
     * no file Krait can reach: FileNotFoundError, with the path object as the error's filename.
     */
    @TruffleBoundary
    public static TruffleFile truffleFile(KraitContext context, Object pathObject) {
        String path = path(pathObject);
        try {
            return context.getEnv().getPublicTruffleFile(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw OSErrorBuiltins.fromErrno(2, pathObject);
        }
    }

    // ---- methods ----

    @Builtin(name = "read", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object read(Object self, Object size) {
            PFile file = readable(self);
            try {
                return file.isBinary() ? bytesObject(file.readBytes(optSize(size))) : file.readText(optSize(size));
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    /** {@code read1(size=-1)} of a buffered binary file: what one read of the file gives (a pipe: what has arrived). */
    @Builtin(name = "read1", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class Read1Node extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object read1(Object self, Object size) {
            PFile file = readable(self, "read1");
            try {
                return bytesObject(file.readBytesOnce(optSize(size)));
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    @Builtin(name = "readline", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadLineNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readline(Object self, Object size) {
            PFile file = readable(self, "readline");
            try {
                return file.isBinary() ? bytesObject(file.readByteLine(optSize(size))) : file.readLine(optSize(size));
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    @Builtin(name = "readlines", params = {"self", "hint=", "/"})
    @GenerateNodeFactory
    abstract static class ReadLinesNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, Object hint) {
            openAsIOBase(self);
            PFile file = readable(self, "readline");
            long limit = optSize(hint);
            PList lines = KraitContext.get(null).newList(new Object[0]);
            long total = 0;
            try {
                while (true) {
                    Object line = file.isBinary() ? bytesObject(file.readByteLine(-1)) : file.readLine(-1);
                    long length = dev.krait.runtime.protocol.PyObjectSize.size(line);
                    if (length == 0) {
                        break;
                    }
                    lines.append(line);
                    total += length;
                    if (limit > 0 && total >= limit) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw osError(e, null);
            }
            return lines;
        }
    }

    @Builtin(name = "write", params = {"self", "s", "/"})
    @GenerateNodeFactory
    abstract static class WriteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long write(Object self, Object data) {
            PFile file = file(self);
            if (!file.isBinary() && !(PBoxedValue.unwrap(data) instanceof String)) {
                throw Errors.typeError("write() argument must be str, not " + PyObjectType.typeName(data));
            }
            writable(self, "write");
            try {
                if (file.isBinary()) {
                    byte[] bytes = bytesArgument(data);
                    // the data is exported while the write waits (a pipe's reader may take its time)
                    var exported = data instanceof dev.krait.runtime.objects.PByteArray array ? array : null;
                    if (exported != null) {
                        exported.addExport();
                    }
                    try {
                        file.writeBytes(bytes);
                    } finally {
                        if (exported != null) {
                            exported.removeExport();
                        }
                    }
                    return bytes.length;
                }
                if (!(PBoxedValue.unwrap(data) instanceof String text)) {
                    throw Errors.typeError("write() argument must be str, not " + PyObjectType.typeName(data));
                }
                file.writeText(text);
                return text.codePointCount(0, text.length());
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    @Builtin(name = "writelines", params = {"self", "lines", "/"})
    @GenerateNodeFactory
    abstract static class WriteLinesNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object writelines(Object self, Object lines) {
            openAsIOBase(self);
            for (Object line : PyIter.toArray(lines)) {
                WriteNode.write(self, line);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "close", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object close(Object self) {
            PFile file = file(self);
            if (file.isDetached()) {
                throw closedError(file, null);
            }
            try {
                file.close();
            } catch (IOException e) {
                throw osError(e, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "flush", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FlushNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object flush(Object self) {
            try {
                PFile file = file(self);
                if (file.isClosed() && !file.isDetached() && !(isBuffered(file) && file.isWritable())) {
                    throw Errors.valueError("I/O operation on closed file."); // IOBase.flush()'s message
                }
                open(self, "flush").flush();
            } catch (IOException e) {
                throw osError(e, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "seek", params = {"self", "cookie", "whence=", "/"})
    @GenerateNodeFactory
    abstract static class SeekNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static long seek(Object self, Object cookie, Object whence) {
            PFile file = open(self, "seek");
            long offset = PyNumber.asSize(cookie);
            long from = whence == PNone.NO_VALUE ? 0 : PyNumber.asSize(whence);
            if (!file.isBinary() && (from < 0 || from > 2)) {
                throw Errors.valueError("invalid whence (" + from + ", should be 0, 1 or 2)");
            }
            if (from < 0 || from > 4) {
                // Linux's lseek knows whence 0 to 4 (SEEK_DATA, SEEK_HOLE); a buffered file checks before asking
                throw isBuffered(file) ? Errors.valueError("whence value " + from + " unsupported") : OSErrorBuiltins.fromErrno(22, null);
            }
            if (!file.isBinary() && from != 0 && offset != 0) {
                throw unsupported(from == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
            }
            if (from == 0 && offset < 0) {
                throw Errors.valueError((file.isBinary() ? "negative seek position " : "negative seek position ") + offset);
            }
            try {
                if (from >= 3) {
                    return file.seekDataOrHole(offset, from == 4);
                }
                return file.seek(offset, (int) from);
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    @Builtin(name = "tell", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class TellNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long tell(Object self) {
            try {
                return open(self).tell();
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    @Builtin(name = "truncate", params = {"self", "pos=", "/"})
    @GenerateNodeFactory
    abstract static class TruncateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long truncate(Object self, Object pos) {
            PFile file = writable(self, "truncate");
            try {
                long size = pos == PNone.NO_VALUE || pos == PNone.NONE ? file.tell() : PyNumber.asSize(pos);
                if (size < 0) {
                    throw OSErrorBuiltins.fromErrno(22, null); // ftruncate's EINVAL
                }
                return file.truncate(size);
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    @Builtin(name = "fileno", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FilenoNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long fileno(Object self) {
            PFile file = file(self);
            if (file.isClosed()) {
                throw file.isDetached() ? closedError(file, null) : Errors.valueError("I/O operation on closed file"); // FileIO's wording
            }
            return file.fileno(KraitContext.get(null));
        }
    }

    @Builtin(name = "readable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReadableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean readable(Object self) {
            PFile file = file(self);
            if (!file.isReadable() && file.isBinary() && !file.isUnbuffered() && !file.isDetached()) {
                return false; // BufferedWriter inherits IOBase.readable()
            }
            if (!file.isReadable() && !file.isBinary() && file.isClosed() && !file.isDetached()) {
                return false; // a text file asks its buffer, a BufferedWriter
            }
            return openAsRaw(self).isReadable();
        }
    }

    @Builtin(name = "writable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class WritableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean writable(Object self) {
            PFile file = file(self);
            if (!file.isWritable() && !file.isUnbuffered() && file.isClosed() && !file.isDetached()) {
                return false; // BufferedReader inherits IOBase.writable(); a text file asks its buffer
            }
            if (!file.isWritable() && file.isBinary() && !file.isUnbuffered() && !file.isDetached()) {
                return false;
            }
            return openAsRaw(self).isWritable();
        }
    }

    @Builtin(name = "seekable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SeekableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean seekable(Object self) {
            return openAsRaw(self).isSeekable();
        }
    }

    @Builtin(name = "isatty", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsAttyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isatty(Object self) {
            openAsRaw(self);
            return false;
        }
    }

    @Builtin(name = "__enter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class EnterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object enter(Object self) {
            openAsIOBase(self);
            return self;
        }
    }

    @Builtin(name = "__exit__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class ExitNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object exit(Object self, Object args) {
            return CloseNode.close(self);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            openAsIOBase(self);
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NextNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object next(Object self) {
            Object line = ReadLineNode.readline(self, PNone.NO_VALUE);
            if (dev.krait.runtime.protocol.PyObjectSize.size(line) == 0) {
                throw dev.krait.runtime.protocol.GeneratorSupport.stopIteration(PNone.NONE);
            }
            return line;
        }
    }

    @Builtin(name = "readall", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReadAllNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object readall(Object self) {
            PFile file = open(self);
            if (!file.isReadable()) {
                throw OSErrorBuiltins.fromErrno(9, null); // read() of a descriptor opened for writing: EBADF
            }
            return ReadNode.read(self, PNone.NO_VALUE);
        }
    }

    /** {@code readinto(b)}: reads up to len(b) bytes into the writable buffer b; the number read. */
    @Builtin(name = "readinto", params = {"self", "buffer", "/"})
    @GenerateNodeFactory
    abstract static class ReadIntoNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readinto(Object self, Object buffer) {
            PFile file = readable(self, "readinto");
            if (!(buffer instanceof dev.krait.runtime.objects.PByteArray) && !(buffer instanceof dev.krait.runtime.objects.PMemoryView) &&
                            !(buffer instanceof dev.krait.runtime.objects.PArray) && !(buffer instanceof dev.krait.runtime.objects.PMmap)) {
                throw Errors.typeError("readinto() argument must be read-write bytes-like object, not " + PyObjectType.typeName(buffer));
            }
            long room = buffer instanceof dev.krait.runtime.objects.PArray array ? (long) array.length() * array.itemSize()
                            : dev.krait.runtime.protocol.PyObjectSize.size(buffer);
            byte[] data;
            // the buffer is exported while the read waits (a pipe's writer may take its time): it cannot be resized
            var exported = buffer instanceof dev.krait.runtime.objects.PByteArray array ? array : null;
            if (exported != null) {
                exported.addExport();
            }
            try {
                data = file.readBytes(room);
            } catch (IOException e) {
                throw osError(e, null);
            } finally {
                if (exported != null) {
                    exported.removeExport();
                }
            }
            if (buffer instanceof dev.krait.runtime.objects.PArray array) {
                // an array's items are filled with the bytes read, whatever their type
                System.arraycopy(data, 0, array.storage(), 0, data.length);
                return (long) data.length;
            }
            KraitContext context = KraitContext.get(null);
            var slice = new dev.krait.runtime.objects.PSlice(context.classes().sliceClass, context.getShape(), 0L, (long) data.length, PNone.NONE);
            dev.krait.runtime.protocol.PyObjectGetItem.setItem(buffer, slice, bytesObject(data));
            return (long) data.length;
        }
    }

    /** {@code peek(size=0)} of a buffered reader: bytes ahead of the position (at least one unless at the end), not consumed. */
    @Builtin(name = "peek", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class PeekNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object peek(Object self, Object size) {
            PFile file = readable(self, "peek");
            if (!file.isSeekable()) {
                throw unsupported("peek() of a pipe is not supported by Krait yet");
            }
            try {
                return bytesObject(file.peekBytes());
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    /**
     * {@code detach()}: a text file gives away its buffer, a buffered file its raw file; the object detached from is
     * unusable from then on.
     */
    @Builtin(name = "detach", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DetachNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object detach(Object self) {
            PFile file = file(self);
            if (file.isClosed() && !file.isDetached() && isBuffered(file) && file.isWritable()) {
                throw Errors.valueError("flush of closed file");
            }
            open(self, "detach");
            var classes = KraitContext.get(null).classes();
            try {
                return file.isBinary() ? file.detach(classes.fileIOClass, true) : file.detach(bufferedClassFor(file), false);
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
    }

    /** The buffered class under a text file: as open() would have chosen for its mode. */
    private static PythonClass bufferedClassFor(PFile file) {
        var classes = KraitContext.get(null).classes();
        return file.isReadable() && file.isWritable() ? classes.bufferedRandomClass : file.isReadable() ? classes.bufferedReaderClass
                        : classes.bufferedWriterClass;
    }

    /** {@code reconfigure(*, encoding, errors, newline, line_buffering, write_through)} of a text file. */
    @Builtin(name = "reconfigure", params = {"self", "*", "encoding=", "errors=", "newline=", "line_buffering=", "write_through="})
    @GenerateNodeFactory
    abstract static class ReconfigureNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object reconfigure(Object[] args) {
            PFile file = open(args[0]);
            String encoding = optionalString(args[1], "encoding");
            String errors = optionalString(args[2], "errors");
            boolean setNewline = args[3] != PNone.NO_VALUE;
            String newline = setNewline ? optionalString(args[3], "newline") : null;
            if ((encoding != null || errors != null || setNewline) && file.hasReadText()) {
                throw unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
            if (setNewline && newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
                throw Errors.valueError("illegal newline value: " + newline);
            }
            if (encoding != null) {
                if (encoding.equals("locale")) {
                    encoding = "UTF-8";
                }
                dev.krait.runtime.bytes.Codecs.decode(new byte[0], encoding, "strict"); // an unknown encoding is a LookupError
                if (errors == null) {
                    errors = "strict"; // a new encoding resets errors, as CPython's does
                }
            }
            try {
                file.reconfigure(encoding, errors, newline, setNewline);
            } catch (IOException e) {
                throw osError(e, null);
            }
            if (args[4] != PNone.NO_VALUE && args[4] != PNone.NONE) {
                file.setLineBuffering(PyObjectIsTrue.isTrue(args[4]));
            }
            if (args[5] != PNone.NO_VALUE && args[5] != PNone.NONE) {
                file.setWriteThrough(PyObjectIsTrue.isTrue(args[5]));
            }
            return PNone.NONE;
        }

        private static String optionalString(Object value, String name) {
            if (value == PNone.NO_VALUE || value == PNone.NONE) {
                return null;
            }
            if (PBoxedValue.unwrap(value) instanceof String s) {
                return s;
            }
            throw Errors.typeError("reconfigure() argument '" + name + "' must be str or None, not " + PyObjectType.typeName(value));
        }
    }

    private static final String FILEIO_MODE_ERROR = "Must have exactly one of create/read/write/append mode and at most one plus";

    /** FileIO's mode: one of 'r', 'w', 'a', 'x', at most one '+', any 'b', nothing else (CPython's checks, in its order). */
    private static void checkFileIOMode(String mode) {
        boolean kind = false;
        boolean plus = false;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r', 'w', 'a', 'x' -> {
                    if (kind) {
                        throw Errors.valueError(FILEIO_MODE_ERROR);
                    }
                    kind = true;
                }
                case '+' -> {
                    if (plus) {
                        throw Errors.valueError(FILEIO_MODE_ERROR);
                    }
                    plus = true;
                }
                case 'b' -> {
                }
                default -> throw Errors.valueError("invalid mode: " + mode);
            }
        }
        if (!kind) {
            throw Errors.valueError(FILEIO_MODE_ERROR);
        }
    }

    /** {@code _io.FileIO(file, mode='r', closefd=True, opener=None)}: open() of the binary mode without a buffer. */
    @Builtin(name = "__new__", params = {"cls", "file", "mode=", "closefd=", "opener="})
    @GenerateNodeFactory
    abstract static class FileIONewNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object newFileIO(Object[] args) {
            String mode = args[2] == PNone.NO_VALUE ? "r" : PBoxedValue.unwrap(args[2]) instanceof String s ? s : null;
            if (mode == null) {
                throw Errors.typeError("FileIO() argument 'mode' must be str, not " + PyObjectType.typeName(args[2]));
            }
            if (BuiltinArithmetic.isInt(args[1]) && PyNumber.asSize(args[1]) < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            checkFileIOMode(mode);
            String binaryMode = mode.indexOf('b') >= 0 ? mode : mode + "b";
            Object file = OpenNode.open(new Object[]{args[1], binaryMode, 0L, PNone.NO_VALUE, PNone.NO_VALUE, PNone.NO_VALUE, args[3], args[4], args[0]});
            Object given = PBoxedValue.unwrap(args[1]);
            if (!(given instanceof String) && !(given instanceof dev.krait.runtime.objects.PBytes) && !BuiltinArithmetic.isInt(args[1])) {
                ((PFile) file).setNameObject(args[1]); // CPython's FileIO keeps a path-like object as its name
            }
            return file;
        }
    }

    /** FileIO's __init__: the file was opened by __new__ (a subclass's __init__ may call this with the same arguments). */
    @Builtin(name = "__init__", params = {"self", "file", "mode=", "closefd=", "opener="})
    @GenerateNodeFactory
    abstract static class FileIOInitNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object init(Object[] args) {
            file(args[0]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String repr(Object self) {
            PFile file = file(self);
            // CPython's FileIO repr names _io.FileIO whatever the subclass
            String type = file.isUnbuffered() ? "_io.FileIO" : "_io." + file.getPythonClass().getName();
            if (file.isDetached()) {
                // the name is the detached stream's; a text file still shows its mode and encoding
                return file.isBinary() ? "<" + type + ">"
                                : "<" + type + " mode=" + PyObjectRepr.repr(file.mode()) + " encoding=" + PyObjectRepr.repr(file.encodingName()) + ">";
            }
            if (file.isUnbuffered()) {
                if (file.isClosed()) {
                    return "<" + type + " [closed]>";
                }
                return "<" + type + " name=" + PyObjectRepr.repr(file.name()) + " mode=" + PyObjectRepr.repr(file.mode()) +
                                " closefd=" + (file.closesDescriptor() ? "True" : "False") + ">";
            }
            if (file.isBinary()) {
                return "<" + type + " name=" + PyObjectRepr.repr(file.name()) + ">";
            }
            return "<" + type + " name=" + PyObjectRepr.repr(file.name()) + " mode=" + PyObjectRepr.repr(file.mode()) +
                            " encoding=" + PyObjectRepr.repr(file.encodingName()) + ">";
        }
    }
}
