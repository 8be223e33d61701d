package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PMethodWrapper;

/** {@code staticmethod}. */
final class StaticMethodBuiltins {
    private StaticMethodBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "function", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object newStaticMethod(Object cls, Object function) {
            KraitContext context = KraitContext.get(null);
            return new PMethodWrapper((dev.krait.runtime.objects.PythonClass) cls, context.getShape(), function, false);
        }
    }

    @Builtin(name = "__init__", params = {"self", "function", "/"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object init(Object self, Object function) {
            MethodWrapperBuiltins.copyFunctionAttributes((PMethodWrapper) self);
            return dev.krait.runtime.objects.PNone.NONE;
        }
    }
}
