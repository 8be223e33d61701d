package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTextStream;
import dev.krait.runtime.protocol.CodePoints;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code sys.stdout}, {@code sys.stderr}, {@code sys.stdin}. */
final class TextIOBuiltins {
    private TextIOBuiltins() {
    }

    @Builtin(name = "write", params = {"self", "s", "/"})
    @GenerateNodeFactory
    abstract static class WriteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long write(Object self, Object s) {
            PTextStream stream = (PTextStream) self;
            if (!(dev.krait.runtime.objects.PBoxedValue.unwrap(s) instanceof String text)) {
                throw Errors.typeError("write() argument must be str, not " + PyObjectType.typeName(s));
            }
            if (stream.out() == null) {
                throw FileBuiltins.unsupported("not writable");
            }
            if (stream.writesPlainUtf8()) {
                stream.out().print(text);
            } else {
                byte[] encoded = dev.krait.runtime.bytes.Codecs.encode(text, stream.encoding() == null ? "utf-8" : stream.encoding(), errorsOf(stream));
                stream.out().write(encoded, 0, encoded.length);
            }
            if (flushesEachWrite(KraitContext.get(null), stream, text)) {
                stream.out().flush();
            }
            return CodePoints.length(text);
        }
    }

    @Builtin(name = "flush", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FlushNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object flush(Object self) {
            PTextStream stream = (PTextStream) self;
            if (stream.out() != null) {
                stream.out().flush();
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "readline", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadLineNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static String readline(Object self, Object size) {
            KraitContext context = KraitContext.get(null);
            context.flushOutput();
            try {
                return context.standardInput().readTextLine(size == PNone.NO_VALUE || size == PNone.NONE ? -1 : dev.krait.runtime.protocol.PyNumber.asSize(size));
            } catch (java.io.IOException e) {
                throw Errors.raise(ErrorType.OSError, e.getMessage());
            }
        }
    }

    @Builtin(name = "read", params = {"self", "size=", "/"})
    @GenerateNodeFactory
    abstract static class ReadNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static String read(Object self, Object size) {
            KraitContext context = KraitContext.get(null);
            context.flushOutput();
            long limit = size == PNone.NO_VALUE || size == PNone.NONE ? -1 : dev.krait.runtime.protocol.PyNumber.asSize(size);
            try {
                return context.standardInput().readText(limit);
            } catch (java.io.IOException e) {
                throw Errors.raise(ErrorType.OSError, e.getMessage());
            }
        }
    }

    @Builtin(name = "isatty", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsAttyNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isatty(Object self) {
            return false;
        }
    }

    /**
     * Whether the stream's writes go out at once: reconfigure(write_through=True), or PYTHONUNBUFFERED set in the
     * environment (CPython's -u: the binary layer is then a FileIO and the text layer writes through).
     */
    @TruffleBoundary
    static boolean writesThrough(KraitContext context, PTextStream stream) {
        Boolean writeThrough = stream.writeThroughOrNull();
        if (writeThrough == null) {
            String unbuffered = stream.out() == null ? null : context.getEnv().getEnvironment().get("PYTHONUNBUFFERED");
            writeThrough = unbuffered != null && !unbuffered.isEmpty();
            stream.setWriteThrough(writeThrough);
        }
        return writeThrough;
    }

    /** Whether writing {@code text} to the stream is followed by a flush (write-through, or line buffering and a newline). */
    static boolean flushesEachWrite(KraitContext context, PTextStream stream, String text) {
        return writesThrough(context, stream) || stream.lineBuffering() && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0);
    }

    private static String errorsOf(PTextStream stream) {
        if (stream.errors() != null) {
            return stream.errors();
        }
        return stream.name().equals("<stderr>") ? "backslashreplace" : "strict";
    }

    /** {@code reconfigure(*, encoding, errors, newline, line_buffering, write_through)} of a standard stream. */
    @Builtin(name = "reconfigure", params = {"self", "*", "encoding=", "errors=", "newline=", "line_buffering=", "write_through="})
    @GenerateNodeFactory
    abstract static class ReconfigureNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object reconfigure(Object[] args) {
            PTextStream stream = (PTextStream) args[0];
            KraitContext context = KraitContext.get(null);
            String encoding = optionalString(args[1], "encoding");
            String errors = optionalString(args[2], "errors");
            if (args[3] != PNone.NO_VALUE) {
                String newline = optionalString(args[3], "newline");
                if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
                    throw Errors.valueError("illegal newline value: " + newline);
                }
                if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
                    throw FileBuiltins.unsupported("reconfigure(newline=" + dev.krait.runtime.protocol.PyObjectRepr.repr(newline) +
                                    ") of a standard stream is not supported by Krait yet");
                }
            }
            if (encoding != null || errors != null) {
                if (encoding != null && encoding.equals("locale")) {
                    encoding = "utf-8";
                }
                String newEncoding = encoding != null ? encoding : stream.encoding() == null ? "utf-8" : stream.encoding();
                String newErrors = errors != null ? errors : encoding != null ? "strict" : errorsOf(stream);
                dev.krait.runtime.bytes.Codecs.encode("", newEncoding, newErrors); // an unknown encoding is a LookupError
                if (stream.out() != null) {
                    stream.out().flush();
                }
                String normalized = newEncoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
                boolean plain = (normalized.equals("utf_8") || normalized.equals("utf8")) &&
                                newErrors.equals(stream.name().equals("<stderr>") ? "backslashreplace" : "strict");
                stream.setEncoding(plain ? null : newEncoding, plain ? null : newErrors);
            }
            if (args[4] != PNone.NO_VALUE && args[4] != PNone.NONE) {
                stream.setLineBuffering(dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(args[4]));
            }
            if (args[5] != PNone.NO_VALUE && args[5] != PNone.NONE) {
                writesThrough(context, stream);
                stream.setWriteThrough(dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(args[5]));
            }
            return PNone.NONE;
        }

        private static String optionalString(Object value, String name) {
            if (value == PNone.NO_VALUE || value == PNone.NONE) {
                return null;
            }
            if (dev.krait.runtime.objects.PBoxedValue.unwrap(value) instanceof String s) {
                return s;
            }
            throw Errors.typeError("reconfigure() argument '" + name + "' must be str or None, not " + PyObjectType.typeName(value));
        }
    }

    /** The attributes of the standard streams (name, mode, encoding, errors, closed…), as CPython's TextIOWrapper. */
    static void installAttributes(KraitContext context) {
        var cls = context.classes().textIOClass;
        BuiltinTypeInstaller.getset(context, cls, "name", self -> ((PTextStream) self).name(), null);
        BuiltinTypeInstaller.getset(context, cls, "mode", self -> ((PTextStream) self).out() == null ? "r" : "w", null);
        cls.setTypeName("_io.TextIOWrapper");
        cls.defineOwn("__module__", "_io");
        BuiltinTypeInstaller.getset(context, cls, "encoding", self -> ((PTextStream) self).encoding() == null ? "utf-8" : ((PTextStream) self).encoding(), null);
        BuiltinTypeInstaller.getset(context, cls, "errors", self -> errorsOf((PTextStream) self), null);
        BuiltinTypeInstaller.getset(context, cls, "closed", self -> false, null);
        BuiltinTypeInstaller.getset(context, cls, "line_buffering", self -> ((PTextStream) self).lineBuffering(), null);
        BuiltinTypeInstaller.getset(context, cls, "write_through", self -> writesThrough(context, (PTextStream) self), null);
        BuiltinTypeInstaller.getset(context, cls, "newlines", self -> PNone.NONE, null);
    }

    /** {@code <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>}. */
    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PTextStream stream = (PTextStream) self;
            String encoding = stream.encoding() == null ? "utf-8" : stream.encoding();
            return "<_io.TextIOWrapper name=" + PyObjectRepr.repr(stream.name()) + " mode=" + PyObjectRepr.repr(stream.out() == null ? "r" : "w") +
                            " encoding=" + PyObjectRepr.repr(encoding) + ">";
        }
    }

    @Builtin(name = "readlines", params = {"self", "hint=", "/"})
    @GenerateNodeFactory
    abstract static class ReadLinesNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object readlines(Object self, Object hint) {
            java.util.List<Object> lines = new java.util.ArrayList<>();
            while (true) {
                String line = ReadLineNode.readline(self, PNone.NO_VALUE);
                if (line.isEmpty()) {
                    break;
                }
                lines.add(line);
            }
            return KraitContext.get(null).newList(lines.toArray());
        }
    }

    @Builtin(name = "writelines", params = {"self", "lines", "/"})
    @GenerateNodeFactory
    abstract static class WriteLinesNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object writelines(Object self, Object lines) {
            for (Object line : dev.krait.runtime.protocol.PyIter.toArray(lines)) {
                WriteNode.write(self, line);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NextNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object next(Object self) {
            String line = ReadLineNode.readline(self, PNone.NO_VALUE);
            if (line.isEmpty()) {
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
            return ((PTextStream) self).out() == null;
        }
    }

    @Builtin(name = "writable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class WritableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean writable(Object self) {
            return ((PTextStream) self).out() != null;
        }
    }

    @Builtin(name = "seekable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SeekableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean seekable(Object self) {
            return false;
        }
    }

    @Builtin(name = "fileno", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FilenoNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long fileno(Object self) {
            String name = ((PTextStream) self).name();
            return name.equals("<stdin>") ? 0 : name.equals("<stdout>") ? 1 : 2;
        }
    }
}
