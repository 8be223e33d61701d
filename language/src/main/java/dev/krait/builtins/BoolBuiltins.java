package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
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
                        args -> PyNumber.invert(args[0]));
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static boolean newBool(Object cls, Object args, Object kwargs) {
            Object x = ConstructorArgs.positionalOnly("bool", args, kwargs, 1)[0];
            return x != PNone.NO_VALUE && PyObjectIsTrue.isTrue(x);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            if (!(self instanceof Boolean b)) {
                throw OperatorMethods.descriptorError("__repr__", "bool", self);
            }
            return b ? "True" : "False";
        }
    }
}
