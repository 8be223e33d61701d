package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.numbers.NumberParsing;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.StringFormatting;

/** {@code int}. */
final class IntBuiltins {
    private IntBuiltins() {
    }

    /** The receiver of an int method as a {@code Long} or {@code PInt} (bools become 0 and 1). */
    static Object self(Object self, String method) {
        Object value = PBoxedValue.unwrap(self);
        if (!isInt(value)) {
            throw OperatorMethods.descriptorError(method, "int", self);
        }
        return BuiltinArithmetic.asInt(value);
    }

    static boolean isInt(Object value) {
        return BuiltinArithmetic.isInt(value);
    }

    /** The operator methods and the attributes ({@code real}, {@code imag}, {@code numerator}, {@code denominator}). */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().intClass;
        OperatorMethods.binary(context, cls, IntBuiltins::isInt, IntBuiltins::binary, BinaryOperator.ADD, BinaryOperator.SUB,
                        BinaryOperator.MUL, BinaryOperator.TRUEDIV, BinaryOperator.FLOORDIV, BinaryOperator.MOD, BinaryOperator.LSHIFT,
                        BinaryOperator.RSHIFT, BinaryOperator.AND, BinaryOperator.OR, BinaryOperator.XOR);
        OperatorMethods.define(context, cls, "__pow__", OperatorMethods.TERNARY, IntBuiltins::isInt, args -> pow(args[0], args[1], args[2]));
        OperatorMethods.define(context, cls, "__rpow__", OperatorMethods.TERNARY, IntBuiltins::isInt, args -> pow(args[1], args[0], args[2]));
        OperatorMethods.define(context, cls, "__divmod__", OperatorMethods.BINARY, IntBuiltins::isInt, args -> divmod(args[0], args[1]));
        OperatorMethods.define(context, cls, "__rdivmod__", OperatorMethods.BINARY, IntBuiltins::isInt, args -> divmod(args[1], args[0]));
        OperatorMethods.comparisons(context, cls, IntBuiltins::isInt, (op, self, other) -> isInt(other)
                        ? PyObjectRichCompare.builtinCompare(op, self, other, false)
                        : OperatorMethods.notImplemented());
        OperatorMethods.define(context, cls, "__neg__", OperatorMethods.UNARY, IntBuiltins::isInt, args -> PyNumber.negative(args[0]));
        OperatorMethods.define(context, cls, "__pos__", OperatorMethods.UNARY, IntBuiltins::isInt, args -> BuiltinArithmetic.asInt(args[0]));
        OperatorMethods.define(context, cls, "__invert__", OperatorMethods.UNARY, IntBuiltins::isInt, args -> PyNumber.invert(args[0]));
        OperatorMethods.define(context, cls, "__abs__", OperatorMethods.UNARY, IntBuiltins::isInt, args -> PyNumber.absolute(args[0]));
        OperatorMethods.define(context, cls, "__bool__", OperatorMethods.UNARY, IntBuiltins::isInt, args -> IntOps.big(BuiltinArithmetic.asInt(args[0])).signum() != 0);
        for (String name : new String[]{"__trunc__", "__floor__", "__ceil__"}) {
            OperatorMethods.define(context, cls, name, OperatorMethods.UNARY, IntBuiltins::isInt, args -> BuiltinArithmetic.asInt(args[0]));
        }
        OperatorMethods.define(context, cls, "__getnewargs__", OperatorMethods.UNARY, IntBuiltins::isInt,
                        args -> KraitContext.get(null).newTuple(new Object[]{BuiltinArithmetic.asInt(args[0])}));
        OperatorMethods.define(context, cls, "__round__", new String[]{"self", "ndigits=", "/"}, IntBuiltins::isInt, args -> round(args[0], args[1]));
        BuiltinTypeInstaller.getset(context, cls, "real", self -> BuiltinArithmetic.asInt(PBoxedValue.unwrap(self)), null);
        BuiltinTypeInstaller.getset(context, cls, "numerator", self -> BuiltinArithmetic.asInt(PBoxedValue.unwrap(self)), null);
        BuiltinTypeInstaller.getset(context, cls, "imag", self -> 0L, null);
        BuiltinTypeInstaller.getset(context, cls, "denominator", self -> 1L, null);
    }

    private static Object binary(BinaryOperator op, Object left, Object right) {
        if (!isInt(left) || !isInt(right)) {
            return OperatorMethods.notImplemented();
        }
        return BuiltinArithmetic.binary(op, BuiltinArithmetic.asInt(left), BuiltinArithmetic.asInt(right));
    }

    private static Object pow(Object base, Object exp, Object mod) {
        if (!isInt(base) || !isInt(exp)) {
            return OperatorMethods.notImplemented();
        }
        if (mod == PNone.NO_VALUE || mod == PNone.NONE) {
            return BuiltinArithmetic.binary(BinaryOperator.POW, BuiltinArithmetic.asInt(base), BuiltinArithmetic.asInt(exp));
        }
        if (!isInt(mod)) {
            return OperatorMethods.notImplemented();
        }
        return IntOps.powMod(BuiltinArithmetic.asInt(base), BuiltinArithmetic.asInt(exp), BuiltinArithmetic.asInt(mod));
    }

    private static Object divmod(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return OperatorMethods.notImplemented();
        }
        return KraitContext.get(null).newTuple(IntOps.divmod(BuiltinArithmetic.asInt(a), BuiltinArithmetic.asInt(b)));
    }

    private static Object round(Object self, Object ndigits) {
        Object value = BuiltinArithmetic.asInt(self);
        if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
            return value;
        }
        Object digits = PyNumber.index(ndigits);
        if (digits instanceof Long n) {
            return IntOps.round(value, n);
        }
        return IntOps.big(digits).signum() > 0 ? value : 0L;
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newInt(Object cls, Object args, Object kwargs) {
            Object[] bound = ConstructorArgs.bind("int", args, kwargs, new String[]{null, "base"});
            Object x = bound[0];
            Object base = bound[1];
            KraitContext context = KraitContext.get(null);
            if (cls != context.classes().intClass) {
                return PBoxedValue.box(context, "int", context.classes().intClass, cls, toInt(x, base));
            }
            return toInt(x, base);
        }

        /** {@code int(b"12")}: the bytes read as ASCII; errors show them as bytes. */
        private static Object parseBytes(Object x, long base) {
            byte[] data = dev.krait.runtime.bytes.ByteSequences.dataOrNull(x);
            String shown = dev.krait.runtime.bytes.BytesMethods.repr(data, data.length);
            return dev.krait.runtime.bytes.ByteSequences.parseNumber(data, shown, s -> NumberParsing.parseInt(s, base));
        }

        static Object toInt(Object x, Object base) {
            if (x == PNone.NO_VALUE) {
                if (base != PNone.NO_VALUE) {
                    throw Errors.typeError("int() missing string argument");
                }
                return 0L;
            }
            if (base != PNone.NO_VALUE) {
                boolean bytes = x instanceof dev.krait.runtime.objects.PBytes || x instanceof dev.krait.runtime.objects.PByteArray;
                // the base is checked first, as CPython does (a huge one clamps, then fails the range check)
                Object b = PyNumber.index(base);
                long radix = b instanceof Long l ? l : dev.krait.runtime.objects.PInt.toBigInteger(b).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
                if ((radix != 0 && radix < 2) || radix > 36) {
                    throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
                }
                if (bytes) {
                    return parseBytes(x, radix);
                }
                if (!(PBoxedValue.unwrap(x) instanceof String s)) {
                    throw Errors.typeError("int() can't convert non-string with explicit base");
                }
                return NumberParsing.parseInt(s, radix);
            }
            if (x instanceof String s) {
                return NumberParsing.parseInt(s, 10);
            }
            if (dev.krait.runtime.bytes.ByteSequences.isBytesLike(x)) {
                return parseBytes(x, 10);
            }
            if (BuiltinArithmetic.isInt(x)) {
                return BuiltinArithmetic.asInt(x);
            }
            if (x instanceof Double d) {
                return FloatOps.toInt(d);
            }
            Object converted = PyNumber.toIntOrNull(x);
            if (converted != null) {
                return converted;
            }
            if (PBoxedValue.unwrap(x) instanceof String s) {
                // a str subclass without __int__
                return NumberParsing.parseInt(s, 10);
            }
            throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" +
                            PyObjectType.typeName(x) + "'");
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return IntOps.toDecimalString(self(self, "__repr__"));
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
            return IntOps.hash(self(self, "__hash__"));
        }
    }

    @Builtin(name = "__index__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object index(Object self) {
            return self(self, "__index__");
        }
    }

    @Builtin(name = "__int__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IntNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object toInt(Object self) {
            return self(self, "__int__");
        }
    }

    @Builtin(name = "__float__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FloatNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double toFloat(Object self) {
            return IntOps.toDouble(self(self, "__float__"));
        }
    }

    @Builtin(name = "bit_length", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BitLengthNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long bitLength(Object self) {
            return IntOps.bitLength(self(self, "bit_length"));
        }
    }

    @Builtin(name = "bit_count", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BitCountNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long bitCount(Object self) {
            return IntOps.big(self(self, "bit_count")).abs().bitCount();
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

    @Builtin(name = "is_integer", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isInteger(Object self) {
            self(self, "is_integer");
            return true;
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object ratio(Object self) {
            return KraitContext.get(null).newTuple(new Object[]{self(self, "as_integer_ratio"), 1L});
        }
    }
}
