package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.GeneratorSupport;

/** Coroutine objects ({@code async def}): {@code send}, {@code throw}, {@code close}, {@code __await__}; awaiting them is built in. */
final class CoroutineBuiltins {
    private CoroutineBuiltins() {
    }

    @Builtin(name = "send", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object send(Object self, Object value) {
            return GeneratorSupport.send((PGenerator) self, value);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val=", "tb=", "/"})
    @GenerateNodeFactory
    abstract static class ThrowNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object throwInto(Object[] args) {
            return throwIntoCoroutine((PGenerator) args[0], args[1], args[2], args[3]);
        }
    }

    /** {@code throw(typ[, val[, tb]])} into a coroutine (its own method, and its {@code __await__()} iterator's). */
    static Object throwIntoCoroutine(PGenerator coroutine, Object typ, Object val, Object tb) {
        GeneratorBuiltins.warnThreeArgumentThrow(val);
        return GeneratorSupport.throwInto(coroutine, GeneratorBuiltins.thrownException(typ, val, tb));
    }

    /** {@code __await__()}: an iterator stepping the coroutine (what a yield from / await of it goes through). */
    @Builtin(name = "__await__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AwaitNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object await(Object self) {
            dev.krait.runtime.KraitContext context = dev.krait.runtime.KraitContext.get(null);
            return new dev.krait.runtime.objects.PCoroutineWrapper(context.classes().byName("coroutine_wrapper"), context.getShape(), (PGenerator) self);
        }
    }

    @Builtin(name = "close", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object close(Object self) {
            GeneratorSupport.close((PGenerator) self);
            return PNone.NONE;
        }
    }
}
