package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PAnextAwaitable;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.AwaitSupport;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.GeneratorSupport;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/** {@code anext(iterator, default)}'s awaitable: passes everything to the inner one; its StopAsyncIteration becomes the default. */
final class AnextAwaitableBuiltins {
    private AnextAwaitableBuiltins() {
    }

    @TruffleBoundary
    static Object step(PAnextAwaitable self, Object sent, PException thrown) {
        AwaitSupport.Step step;
        try {
            step = AwaitSupport.advance(self.getInner(), sent, thrown);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (ExceptionMatching.matches(context, e, context.classes().byName("StopAsyncIteration"))) {
                throw GeneratorSupport.stopIteration(self.getDefaultValue());
            }
            throw e;
        }
        if (step.finished()) {
            throw GeneratorSupport.stopIteration(step.value());
        }
        return step.value();
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
            return step((PAnextAwaitable) self, PNone.NONE, null);
        }
    }

    @Builtin(name = "send", params = {"self", "value", "/"})
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object send(Object self, Object value) {
            return step((PAnextAwaitable) self, value, null);
        }
    }

    /**
     * throw() and close() are the inner iterator's, called with the arguments as given and their result returned
     * (CPython's anextawaitable_proxy); a StopAsyncIteration from them becomes StopIteration(default).
     */
    @TruffleBoundary
    static Object proxy(PAnextAwaitable self, String method, Object[] args) {
        try {
            return PyObjectCall.call(PyObjectGetAttr.get(self.getInner(), method), args);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (ExceptionMatching.matches(context, e, context.classes().byName("StopAsyncIteration"))) {
                throw GeneratorSupport.stopIteration(self.getDefaultValue());
            }
            throw e;
        }
    }

    @Builtin(name = "throw", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class ThrowNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object throwInto(Object self, Object args) {
            return proxy((PAnextAwaitable) self, "throw", ((PTuple) args).items());
        }
    }

    @Builtin(name = "close", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object close(Object self) {
            return proxy((PAnextAwaitable) self, "close", new Object[0]);
        }
    }
}
