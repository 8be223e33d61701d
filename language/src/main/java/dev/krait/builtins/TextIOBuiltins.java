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
            stream.out().print(text);
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
                String line = context.readStdinLine();
                return line == null ? "" : line + "\n";
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
            StringBuilder sb = new StringBuilder();
            try {
                int c;
                while ((c = context.stdinReader().read()) != -1) {
                    sb.append((char) c);
                }
            } catch (java.io.IOException e) {
                throw Errors.raise(ErrorType.OSError, e.getMessage());
            }
            return sb.toString();
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

    /** The attributes of the standard streams (name, mode, encoding, errors, closed…), as CPython's TextIOWrapper. */
    static void installAttributes(KraitContext context) {
        var cls = context.classes().textIOClass;
        BuiltinTypeInstaller.getset(context, cls, "name", self -> ((PTextStream) self).name(), null);
        BuiltinTypeInstaller.getset(context, cls, "mode", self -> ((PTextStream) self).out() == null ? "r" : "w", null);
        BuiltinTypeInstaller.getset(context, cls, "encoding", self -> "utf-8", null);
        BuiltinTypeInstaller.getset(context, cls, "errors", self -> ((PTextStream) self).name().equals("<stderr>") ? "backslashreplace" : "strict", null);
        BuiltinTypeInstaller.getset(context, cls, "closed", self -> false, null);
        BuiltinTypeInstaller.getset(context, cls, "line_buffering", self -> false, null);
        BuiltinTypeInstaller.getset(context, cls, "newlines", self -> PNone.NONE, null);
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
