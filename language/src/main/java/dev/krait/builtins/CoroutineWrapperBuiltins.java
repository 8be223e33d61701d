package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PCoroutineWrapper;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.GeneratorSupport;

/** The iterator a coroutine's {@code __await__()} returns: stepping it steps the coroutine. */
final class CoroutineWrapperBuiltins {
    private CoroutineWrapperBuiltins() {
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
        static Object next(Object self) {
            return GeneratorSupport.send(((PCoroutineWrapper) self).getCoroutine(), PNone.NONE);
        }
    }

    @Builtin(name = "send", params = {"self", "arg", "/"})
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object send(Object self, Object value) {
            return GeneratorSupport.send(((PCoroutineWrapper) self).getCoroutine(), value);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val=", "tb=", "/"})
    @GenerateNodeFactory
    abstract static class ThrowNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object throwInto(Object[] args) {
            return CoroutineBuiltins.throwIntoCoroutine(((PCoroutineWrapper) args[0]).getCoroutine(), args[1], args[2], args[3]);
        }
    }

    @Builtin(name = "close", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object close(Object self) {
            GeneratorSupport.close(((PCoroutineWrapper) self).getCoroutine());
            return PNone.NONE;
        }
    }
}
