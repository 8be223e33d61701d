package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.numbers.NumberParsing;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.StringFormatting;

/** {@code float}. */
final class FloatBuiltins {
    private FloatBuiltins() {
    }

    static double self(Object self, String method) {
        if (PBoxedValue.unwrap(self) instanceof Double d) {
            return d;
        }
        throw OperatorMethods.descriptorError(method, "float", self);
    }

    static boolean isFloat(Object value) {
        return value instanceof Double;
    }

    private static boolean isReal(Object value) {
        return value instanceof Double || BuiltinArithmetic.isInt(value);
    }

    /** The operator methods and {@code real}/{@code imag}; ints are accepted as the other operand. */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().floatClass;
        OperatorMethods.binary(context, cls, FloatBuiltins::isFloat, (op, left, right) -> isReal(left) && isReal(right)
                        ? BuiltinArithmetic.binary(op, PyNumber.asDouble(left), PyNumber.asDouble(right))
                        : OperatorMethods.notImplemented(),
                        BinaryOperator.ADD, BinaryOperator.SUB, BinaryOperator.MUL, BinaryOperator.TRUEDIV, BinaryOperator.FLOORDIV,
                        BinaryOperator.MOD);
        OperatorMethods.define(context, cls, "__pow__", OperatorMethods.TERNARY, FloatBuiltins::isFloat, args -> pow(args[0], args[1], args[2]));
        OperatorMethods.define(context, cls, "__rpow__", OperatorMethods.TERNARY, FloatBuiltins::isFloat, args -> pow(args[1], args[0], args[2]));
        OperatorMethods.define(context, cls, "__divmod__", OperatorMethods.BINARY, FloatBuiltins::isFloat, args -> divmod(args[0], args[1]));
        OperatorMethods.define(context, cls, "__rdivmod__", OperatorMethods.BINARY, FloatBuiltins::isFloat, args -> divmod(args[1], args[0]));
        OperatorMethods.comparisons(context, cls, FloatBuiltins::isFloat, (op, self, other) -> isReal(other)
                        ? PyObjectRichCompare.builtinCompare(op, self, other, false)
                        : OperatorMethods.notImplemented());
        OperatorMethods.define(context, cls, "__neg__", OperatorMethods.UNARY, FloatBuiltins::isFloat, args -> -(Double) args[0]);
        OperatorMethods.define(context, cls, "__pos__", OperatorMethods.UNARY, FloatBuiltins::isFloat, args -> args[0]);
        OperatorMethods.define(context, cls, "__abs__", OperatorMethods.UNARY, FloatBuiltins::isFloat, args -> Math.abs((Double) args[0]));
        OperatorMethods.define(context, cls, "__bool__", OperatorMethods.UNARY, FloatBuiltins::isFloat, args -> (Double) args[0] != 0.0);
        OperatorMethods.define(context, cls, "__trunc__", OperatorMethods.UNARY, FloatBuiltins::isFloat, args -> FloatOps.toInt((Double) args[0]));
        OperatorMethods.define(context, cls, "__floor__", OperatorMethods.UNARY, FloatBuiltins::isFloat, args -> FloatOps.floorToInt((Double) args[0]));
        OperatorMethods.define(context, cls, "__ceil__", OperatorMethods.UNARY, FloatBuiltins::isFloat, args -> FloatOps.ceilToInt((Double) args[0]));
        OperatorMethods.define(context, cls, "__getnewargs__", OperatorMethods.UNARY, FloatBuiltins::isFloat,
                        args -> KraitContext.get(null).newTuple(new Object[]{args[0]}));
        BuiltinTypeInstaller.getset(context, cls, "real", PBoxedValue::unwrap, null);
        BuiltinTypeInstaller.getset(context, cls, "imag", self -> 0.0, null);
    }

    private static Object pow(Object base, Object exp, Object mod) {
        if (!isReal(base) || !isReal(exp)) {
            return OperatorMethods.notImplemented();
        }
        if (mod != PNone.NO_VALUE && mod != PNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return BuiltinArithmetic.binary(BinaryOperator.POW, PyNumber.asDouble(base), PyNumber.asDouble(exp));
    }

    private static Object divmod(Object a, Object b) {
        if (!isReal(a) || !isReal(b)) {
            return OperatorMethods.notImplemented();
        }
        double[] result = FloatOps.divmod(PyNumber.asDouble(a), PyNumber.asDouble(b));
        return KraitContext.get(null).newTuple(new Object[]{result[0], result[1]});
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newFloat(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            PythonClass floatClass = context.classes().floatClass;
            if (cls != floatClass) {
                return PBoxedValue.box(context, "float", floatClass, cls, newFloat(floatClass, args, kwargs));
            }
            Object x = ConstructorArgs.positionalOnly("float", args, kwargs, 1)[0];
            if (x == PNone.NO_VALUE) {
                return 0.0;
            }
            if (x instanceof String s) {
                return NumberParsing.parseFloat(s);
            }
            byte[] data = dev.krait.runtime.bytes.ByteSequences.dataOrNull(x);
            if (data != null) {
                return dev.krait.runtime.bytes.ByteSequences.parseNumber(data, dev.krait.runtime.protocol.PyObjectRepr.repr(x),
                                NumberParsing::parseFloat);
            }
            PythonClass type = PyObjectType.classOf(x);
            if (!isReal(x) && type.lookup("__float__") == null && type.lookup("__index__") == null) {
                if (PBoxedValue.unwrap(x) instanceof String s) {
                    return NumberParsing.parseFloat(s); // a str subclass without __float__
                }
                throw Errors.typeError("float() argument must be a string or a real number, not '" + PyObjectType.typeName(x) + "'");
            }
            return PyNumber.asDouble(x);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return FloatRepr.repr(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec", "/"})
    @GenerateNodeFactory
    abstract static class FormatNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String format(Object self, Object spec) {
            return StringFormatting.formatBuiltinValue(self, self(self, "__format__"), StrBuiltins.formatSpec(spec));
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long hash(Object self) {
            return FloatOps.hash(self(self, "__hash__"));
        }
    }

    @Builtin(name = "__int__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IntNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object toInt(Object self) {
            return FloatOps.toInt(self(self, "__int__"));
        }
    }

    @Builtin(name = "__float__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FloatNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object toFloat(Object self) {
            return self(self, "__float__");
        }
    }

    @Builtin(name = "is_integer", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isInteger(Object self) {
            return FloatOps.isInteger(self(self, "is_integer"));
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object ratio(Object self) {
            return KraitContext.get(null).newTuple(FloatOps.asIntegerRatio(self(self, "as_integer_ratio")));
        }
    }

    @Builtin(name = "hex", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HexNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String hex(Object self) {
            return FloatOps.hex(self(self, "hex"));
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string", "/"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class FromHexNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object fromHex(Object cls, Object string) {
            if (!(PBoxedValue.unwrap(string) instanceof String text)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            double value = FloatOps.fromHex(text);
            // float.fromhex on a subclass returns cls(value), as CPython does
            return cls == KraitContext.get(null).classes().floatClass ? (Object) value
                            : dev.krait.runtime.protocol.PyObjectCall.call(cls, value);
        }
    }

    @Builtin(name = "__round__", params = {"self", "ndigits=", "/"})
    @GenerateNodeFactory
    abstract static class RoundNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object round(Object self, Object ndigits) {
            return BuiltinFunctions.RoundNode.round(self(self, "__round__"), ndigits);
        }
    }

    @Builtin(name = "conjugate", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ConjugateNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object conjugate(Object self) {
            return self(self, "conjugate");
        }
    }

    @Builtin(name = "__getformat__", params = {"cls", "typestr", "/"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class GetFormatNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String getformat(Object cls, Object typestr) {
            if (!(typestr instanceof String s)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + PyObjectType.typeName(typestr));
            }
            if (!s.equals("double") && !s.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        }
    }
}
