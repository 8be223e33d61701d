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
            if (!(s instanceof String text)) {
                throw Errors.typeError("write() argument must be str, not " + PyObjectType.typeName(s));
            }
            if (stream.out() == null) {
                throw Errors.raise(ErrorType.OSError, "not writable");
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
                String line = context.stdinReader().readLine();
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
}
