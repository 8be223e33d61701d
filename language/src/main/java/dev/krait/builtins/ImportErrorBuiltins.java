package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;

/** {@code ImportError(*args, name=None, path=None)}. */
final class ImportErrorBuiltins {
    private ImportErrorBuiltins() {
    }

    @Builtin(name = "__init__", params = {"self", "*args", "name=", "path="})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object init(Object[] args) {
            PBaseException exception = (PBaseException) args[0];
            exception.setArgs(((PTuple) args[1]).items());
            ObjectAttributes.put(exception, "name", args[2] == PNone.NO_VALUE ? PNone.NONE : args[2]);
            ObjectAttributes.put(exception, "path", args[3] == PNone.NO_VALUE ? PNone.NONE : args[3]);
            ObjectAttributes.put(exception, "msg", exception.getArgs().length > 0 ? exception.getArgs()[0] : PNone.NONE);
            return PNone.NONE;
        }
    }
}
