package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;

/** {@code method} ({@code types.MethodType}): a function bound to an object. */
final class MethodBuiltins {
    private MethodBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "function", "instance", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newMethod(Object cls, Object function, Object instance) {
            if (!BuiltinFunctions.CallableNode.callable(function)) {
                throw Errors.typeError("first argument must be callable");
            }
            if (instance == PNone.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return KraitContext.get(null).newBoundMethod(instance, function);
        }
    }
}
