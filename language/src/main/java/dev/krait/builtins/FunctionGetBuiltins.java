package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;

/** {@code function.__get__}: a Python function read through an instance becomes a method bound to it. */
final class FunctionGetBuiltins {
    private FunctionGetBuiltins() {
    }

    static void install(BuiltinRegistry registry, KraitContext context) {
        registry.addFunctions(context, context.classes().functionClass, FunctionGetBuiltinsFactory.getFactories(), context.classes().functionClass,
                        "builtins");
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object get(Object self, Object instance, Object owner) {
            if (instance == PNone.NONE) {
                if (owner == PNone.NONE || owner == PNone.NO_VALUE) {
                    throw dev.krait.runtime.exceptions.Errors.typeError("__get__(None, None) is invalid");
                }
                return self;
            }
            return KraitContext.get(null).newBoundMethod(instance, self);
        }
    }
}
