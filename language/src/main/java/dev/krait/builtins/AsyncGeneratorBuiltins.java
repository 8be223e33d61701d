package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PAsyncGenOperation.Mode;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.AsyncGeneratorSupport;

/** Async generator objects: {@code __aiter__}, {@code __anext__}, {@code asend}, {@code athrow}, {@code aclose}. */
final class AsyncGeneratorBuiltins {
    private AsyncGeneratorBuiltins() {
    }

    @Builtin(name = "__aiter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AIterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object aiter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__anext__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ANextNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object anext(Object self) {
            return AsyncGeneratorSupport.operation((PGenerator) self, Mode.ASEND, PNone.NONE, null);
        }
    }

    @Builtin(name = "asend", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class ASendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object asend(Object self, Object value) {
            return AsyncGeneratorSupport.operation((PGenerator) self, Mode.ASEND, value, null);
        }
    }

    @Builtin(name = "athrow", params = {"self", "typ", "val=", "tb=", "/"})
    @GenerateNodeFactory
    abstract static class AThrowNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object athrow(Object[] args) {
            return AsyncGeneratorSupport.operation((PGenerator) args[0], Mode.ATHROW, PNone.NONE,
                            GeneratorBuiltins.thrownException(args[1], args[2]));
        }
    }

    @Builtin(name = "aclose", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ACloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object aclose(Object self) {
            return AsyncGeneratorSupport.operation((PGenerator) self, Mode.ACLOSE, PNone.NONE, null);
        }
    }
}
