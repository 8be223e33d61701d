package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.numbers.NumberParsing;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.StringFormatting;

/** {@code int}. */
final class IntBuiltins {
    private IntBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "x=", "/", "base="})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newInt(Object cls, Object x, Object base) {
            KraitContext context = KraitContext.get(null);
            if (cls != context.classes().intClass) {
                throw Errors.notImplementedError("subclassing 'int' is not supported by Krait yet");
            }
            return toInt(x, base);
        }

        static Object toInt(Object x, Object base) {
            if (x == PNone.NO_VALUE) {
                if (base != PNone.NO_VALUE) {
                    throw Errors.typeError("int() missing string argument");
                }
                return 0L;
            }
            if (base != PNone.NO_VALUE) {
                if (!(x instanceof String s)) {
                    throw Errors.typeError("int() can't convert non-string with explicit base");
                }
                Object b = PyNumber.index(base);
                return NumberParsing.parseInt(s, b instanceof Long l ? l : Long.MAX_VALUE);
            }
            if (x instanceof String s) {
                return NumberParsing.parseInt(s, 10);
            }
            if (BuiltinArithmetic.isInt(x)) {
                return BuiltinArithmetic.asInt(x);
            }
            if (x instanceof Double d) {
                return FloatOps.toInt(d);
            }
            PythonClass type = PyObjectType.classOf(x);
            for (String method : new String[]{"__int__", "__index__", "__trunc__"}) {
                if (type.lookup(method) != null) {
                    Object result = PyObjectCall.callSpecial(x, method);
                    if (!BuiltinArithmetic.isInt(result)) {
                        throw Errors.typeError(method + " returned non-int (type " + PyObjectType.typeName(result) + ")");
                    }
                    return BuiltinArithmetic.asInt(result);
                }
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
            return IntOps.toDecimalString(BuiltinArithmetic.asInt(self));
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec", "/"})
    @GenerateNodeFactory
    abstract static class FormatNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String format(Object self, Object spec) {
            return StringFormatting.formatValue(self, (String) spec);
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long hash(Object self) {
            return IntOps.hash(BuiltinArithmetic.asInt(self));
        }
    }

    @Builtin(name = "__index__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object index(Object self) {
            return BuiltinArithmetic.asInt(self);
        }
    }

    @Builtin(name = "__int__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IntNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object toInt(Object self) {
            return BuiltinArithmetic.asInt(self);
        }
    }

    @Builtin(name = "__float__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FloatNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double toFloat(Object self) {
            return IntOps.toDouble(BuiltinArithmetic.asInt(self));
        }
    }

    @Builtin(name = "bit_length", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BitLengthNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long bitLength(Object self) {
            return IntOps.bitLength(BuiltinArithmetic.asInt(self));
        }
    }

    @Builtin(name = "bit_count", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class BitCountNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long bitCount(Object self) {
            return IntOps.big(BuiltinArithmetic.asInt(self)).abs().bitCount();
        }
    }

    @Builtin(name = "conjugate", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ConjugateNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object conjugate(Object self) {
            return BuiltinArithmetic.asInt(self);
        }
    }

    @Builtin(name = "is_integer", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isInteger(Object self) {
            return true;
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object ratio(Object self) {
            return KraitContext.get(null).newTuple(new Object[]{BuiltinArithmetic.asInt(self), 1L});
        }
    }
}
