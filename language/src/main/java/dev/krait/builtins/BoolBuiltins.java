package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyObjectIsTrue;

/** {@code bool}. */
final class BoolBuiltins {
    private BoolBuiltins() {
    }

    /** {@code & | ^} keep bools bool; with any other int they are int's. */
    static void installOperators(KraitContext context) {
        OperatorMethods.binary(context, context.classes().boolClass, value -> value instanceof Boolean, (op, left, right) -> {
            if (left instanceof Boolean || right instanceof Boolean) {
                if (BuiltinArithmetic.isInt(left) && BuiltinArithmetic.isInt(right)) {
                    return BuiltinArithmetic.binary(op, left, right);
                }
            }
            return OperatorMethods.notImplemented();
        }, BinaryOperator.AND, BinaryOperator.OR, BinaryOperator.XOR);
        OperatorMethods.define(context, context.classes().boolClass, "__invert__", OperatorMethods.UNARY, value -> value instanceof Boolean,
                        args -> dev.krait.runtime.protocol.PyNumber.invert(args[0]));
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static boolean newBool(Object cls, Object args, Object kwargs) {
            Object[] items = ((dev.krait.runtime.objects.PTuple) args).items();
            if (((dev.krait.runtime.objects.PDict) kwargs).size() != 0) {
                throw dev.krait.runtime.exceptions.Errors.typeError("bool() takes no keyword arguments");
            }
            if (items.length > 1) {
                throw dev.krait.runtime.exceptions.Errors.typeError("bool expected at most 1 argument, got " + items.length);
            }
            return items.length == 1 && PyObjectIsTrue.isTrue(items[0]);
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
