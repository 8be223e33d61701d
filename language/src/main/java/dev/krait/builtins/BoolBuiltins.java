package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectIsTrue;

/** {@code bool}. */
final class BoolBuiltins {
    private BoolBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "x=", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean newBool(Object cls, Object x) {
            return x != PNone.NO_VALUE && PyObjectIsTrue.isTrue(x);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return (Boolean) self ? "True" : "False";
        }
    }
}
