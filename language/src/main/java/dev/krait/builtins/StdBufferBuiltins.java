package dev.krait.builtins;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTextStream;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * The binary streams under the standard text streams: {@code sys.stdout.buffer} and {@code sys.stderr.buffer}
 * (BufferedWriter, or FileIO when PYTHONUNBUFFERED is set, as in CPython), {@code sys.stdin.buffer}
 * (BufferedReader) and their {@code raw} FileIO streams. They write to the same output as the text streams (so text
 * and bytes keep their order) and read from the same input buffer.
 */
final class StdBufferBuiltins {
    private StdBufferBuiltins() {
    }

    /** Installs the methods and attributes of the three classes, and the {@code buffer} attribute of the text streams. */
    static void install(BuiltinRegistry registry, KraitContext context) {
        var classes = context.classes();
        for (PythonClass cls : new PythonClass[]{classes.stdBufferClass, classes.stdinBufferClass, classes.stdRawClass}) {
            java.util.Set<String> absent = cls == classes.stdRawClass ? java.util.Set.of("read1", "peek", "detach")
                            : cls == classes.stdBufferClass ? java.util.Set.of("readall", "peek") : java.util.Set.of("readall");
            registry.addFunctions(context, cls, StdBufferBuiltinsFactory.getFactories().stream()
                            .filter(f -> !absent.contains(f.getNodeClass().getAnnotation(Builtin.class).name())).toList(), cls, "_io");
            cls.defineOwn("__module__", "_io");
            cls.setTypeName("_io." + cls.getName());
            BuiltinTypeInstaller.getset(context, cls, "name", self -> stream(self).name(), null);
            BuiltinTypeInstaller.getset(context, cls, "mode", self -> stream(self).out() == null ? "rb" : "wb", null);
            BuiltinTypeInstaller.getset(context, cls, "closed", self -> stream(self).isClosed(), null);
            if (cls == classes.stdRawClass) {
                BuiltinTypeInstaller.getset(context, cls, "closefd", self -> false, null);
            } else {
                BuiltinTypeInstaller.getset(context, cls, "raw", self -> stream(self).binaryStream(classes.stdRawClass), null);
            }
        }
        BuiltinTypeInstaller.getset(context, classes.textIOClass, "buffer", self -> bufferOf(context, (PTextStream) self), null);
    }

    @TruffleBoundary
    private static Object bufferOf(KraitContext context, PTextStream stream) {
        var classes = context.classes();
        if (stream.out() == null) {
            return stream.binaryStream(classes.stdinBufferClass);
        }
        return stream.binaryStream(TextIOBuiltins.writesThrough(context, stream) ? classes.stdRawClass : classes.stdBufferClass);
    }

    private static PTextStream stream(Object self) {
        return (PTextStream) self;
    }

    private static PTextStream open(Object self) {
        PTextStream stream = stream(self);
        if (stream.isClosed()) {
            throw Errors.valueError(stream.getPythonClass() == KraitContext.get(null).classes().stdRawClass ? "I/O operation on closed file"
                            : "I/O operation on closed file.");
        }
        return stream;
    }

    private static PTextStream reading(Object self, String operation) {
        PTextStream stream = stream(self);
        boolean raw = stream.getPythonClass() == KraitContext.get(null).classes().stdRawClass;
        if (stream.out() != null && !raw) {
            throw FileBuiltins.unsupported(operation.equals("read1") ? "read1" : "read");
        }
        open(self);
        if (stream.out() != null) {
            throw FileBuiltins.unsupported("File not open for reading");
        }
        KraitContext.get(null).flushOutput();
        return stream;
    }

    private static PTextStream writing(Object self) {
        PTextStream stream = stream(self);
        boolean raw = stream.getPythonClass() == KraitContext.get(null).classes().stdRawClass;
        if (stream.out() == null && !raw) {
            throw FileBuiltins.unsupported("write");
        }
        open(self);
        if (stream.out() == null) {
            throw FileBuiltins.unsupported("File not open for writing");
        }
        return stream;
    }

    private static long size(Object size) {
        return size == PNone.NO_VALUE || size == PNone.NONE ? -1 : PyNumber.asSize(size);
    }

    private static PException osError(IOException e) {
        return FileBuiltins.osError(e, null);
    }

    private static boolean isRaw(PTextStream stream) {
        return stream.getPythonClass() == KraitContext.get(null).classes().stdRawClass;
    }

    @Builtin(name = "write", params = {"self", "b", "/"})
    @GenerateNodeFactory
    abstract static class WriteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long write(Object self, Object data) {
            PTextStream stream = writing(self);
            byte[] bytes = ByteSequences.require(data);
            stream.out().write(bytes, 0, bytes.length);
            if (isRaw(stream)) {
                stream.out().flush();
            }
            return bytes.length;
        }
    }

    @Builtin(name = "writelines", params = {"self", "lines", "/"})
    @GenerateNodeFactory
    abstract static class WriteLinesNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object writelines(Object self, Object lines) {
            open(self);
            for (Object line : dev.krait.runtime.protocol.PyIter.toArray(lines)) {
                WriteNode.write(self, line);
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
            PTextStream stream = open(self);
            if (stream.out() != null) {
                stream.out().flush();
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object read(Object self, Object size) {
            PTextStream stream = reading(self, "read");
            var input = KraitContext.get(null).standardInput();
            long limit = size(size);
            try {
                // a raw read of a size is one read: what has arrived
                return FileBuiltins.bytesObject(isRaw(stream) && limit >= 0 ? input.read1(limit) : input.read(limit));
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "readall", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReadAllNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object readall(Object self) {
            return ReadNode.read(self, PNone.NO_VALUE);
        }
    }

    @Builtin(name = "read1", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class Read1Node extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object read1(Object self, Object size) {
            reading(self, "read1");
            try {
                return FileBuiltins.bytesObject(KraitContext.get(null).standardInput().read1(size(size)));
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "peek", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class PeekNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object peek(Object self, Object size) {
            reading(self, "peek");
            try {
                return FileBuiltins.bytesObject(KraitContext.get(null).standardInput().peek());
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "readline", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadLineNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readline(Object self, Object size) {
            reading(self, "readline");
            try {
                return FileBuiltins.bytesObject(KraitContext.get(null).standardInput().readLine(size(size)));
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "readlines", params = {"self", "hint=", "/"})
    @GenerateNodeFactory
    abstract static class ReadLinesNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, Object hint) {
            open(self);
            long limit = size(hint);
            java.util.List<Object> lines = new java.util.ArrayList<>();
            long total = 0;
            while (true) {
                Object line = ReadLineNode.readline(self, PNone.NO_VALUE);
                long length = dev.krait.runtime.protocol.PyObjectSize.size(line);
                if (length == 0) {
                    break;
                }
                lines.add(line);
                total += length;
                if (limit > 0 && total >= limit) {
                    break;
                }
            }
            return KraitContext.get(null).newList(lines.toArray());
        }
    }

    @Builtin(name = "readinto", params = {"self", "buffer", "/"})
    @GenerateNodeFactory
    abstract static class ReadIntoNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readinto(Object self, Object buffer) {
            PTextStream stream = reading(self, "readinto");
            long room = dev.krait.runtime.protocol.PyObjectSize.size(buffer);
            byte[] data;
            try {
                var input = KraitContext.get(null).standardInput();
                data = isRaw(stream) ? input.read1(room) : input.read(room);
            } catch (IOException e) {
                throw osError(e);
            }
            KraitContext context = KraitContext.get(null);
            var slice = new dev.krait.runtime.objects.PSlice(context.classes().sliceClass, context.getShape(), 0L, (long) data.length, PNone.NONE);
            dev.krait.runtime.protocol.PyObjectGetItem.setItem(buffer, slice, FileBuiltins.bytesObject(data));
            return (long) data.length;
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            open(self);
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

    @Builtin(name = "readable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReadableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean readable(Object self) {
            return open(self).out() == null;
        }
    }

    @Builtin(name = "writable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class WritableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean writable(Object self) {
            return open(self).out() != null;
        }
    }

    @Builtin(name = "seekable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SeekableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean seekable(Object self) {
            open(self);
            return false;
        }
    }

    @Builtin(name = "isatty", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsAttyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isatty(Object self) {
            open(self);
            return false;
        }
    }

    @Builtin(name = "fileno", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FilenoNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long fileno(Object self) {
            String name = open(self).name();
            return name.equals("<stdin>") ? 0 : name.equals("<stdout>") ? 1 : 2;
        }
    }

    @Builtin(name = "close", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object close(Object self) {
            PTextStream stream = stream(self);
            if (stream.out() != null) {
                stream.out().flush();
            }
            stream.setClosed(true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String repr(Object self) {
            PTextStream stream = stream(self);
            String name = PyObjectRepr.repr(stream.name());
            if (isRaw(stream)) {
                return stream.isClosed() ? "<_io.FileIO [closed]>"
                                : "<_io.FileIO name=" + name + " mode='" + (stream.out() == null ? "rb" : "wb") + "' closefd=False>";
            }
            return "<_io." + stream.getPythonClass().getName() + " name=" + name + ">";
        }
    }
}
