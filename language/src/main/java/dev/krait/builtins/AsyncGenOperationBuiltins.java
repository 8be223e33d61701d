package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PAsyncGenOperation;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.AsyncGeneratorSupport;

/** The awaitables of an async generator's asend/athrow/aclose: iterators with send/throw/close. */
final class AsyncGenOperationBuiltins {
    private AsyncGenOperationBuiltins() {
    }

    @Builtin(name = "__await__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AwaitNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object await(Object self) {
            return self;
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
        static Object next(Object self) {
            return AsyncGeneratorSupport.send((PAsyncGenOperation) self, PNone.NONE);
        }
    }

    @Builtin(name = "send", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object send(Object self, Object value) {
            return AsyncGeneratorSupport.send((PAsyncGenOperation) self, value);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val=", "tb=", "/"})
    @GenerateNodeFactory
    abstract static class ThrowNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object throwInto(Object[] args) {
            return AsyncGeneratorSupport.throwInto((PAsyncGenOperation) args[0], GeneratorBuiltins.thrownException(args[1], args[2]));
        }
    }

    @Builtin(name = "close", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object close(Object self) {
            AsyncGeneratorSupport.close((PAsyncGenOperation) self);
            return PNone.NONE;
        }
    }
}
