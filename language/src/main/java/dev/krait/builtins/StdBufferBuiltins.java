package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTextStream;
import dev.krait.runtime.objects.PythonClass;

/**
 * {@code sys.stdout.buffer} and {@code sys.stderr.buffer}: the binary streams under the text ones, writing bytes to
 * the same output (so text and bytes keep their order).
 */
final class StdBufferBuiltins {
    private StdBufferBuiltins() {
    }

    /** Installs the methods and the {@code buffer} attribute of the text streams. */
    static void install(BuiltinRegistry registry, KraitContext context) {
        PythonClass buffer = context.classes().stdBufferClass;
        registry.addFunctions(context, buffer, StdBufferBuiltinsFactory.getFactories(), buffer, "_io");
        buffer.defineOwn("__module__", "_io");
        BuiltinTypeInstaller.getset(context, context.classes().textIOClass, "buffer", self -> bufferOf(context, (PTextStream) self), null);
    }

    @TruffleBoundary
    private static Object bufferOf(KraitContext context, PTextStream stream) {
        if (stream.out() == null) {
            throw FileBuiltins.unsupported("sys.stdin.buffer is not supported by Krait yet");
        }
        return stream.binaryStream(context.classes().stdBufferClass);
    }

    @Builtin(name = "write", params = {"self", "b", "/"})
    @GenerateNodeFactory
    abstract static class WriteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long write(Object self, Object data) {
            byte[] bytes = ByteSequences.require(data);
            ((PTextStream) self).out().write(bytes, 0, bytes.length);
            return bytes.length;
        }
    }

    @Builtin(name = "flush", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FlushNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object flush(Object self) {
            ((PTextStream) self).out().flush();
            return PNone.NONE;
        }
    }
}
