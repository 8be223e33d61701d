package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.ComplexOps;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PComplex;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.text.FormatSpec;

/** {@code complex}: construction, arithmetic with ints and floats, repr, hash and format. */
final class ComplexBuiltins {
    private ComplexBuiltins() {
    }

    static PComplex newComplex(double real, double imag) {
        KraitContext context = KraitContext.get(null);
        return new PComplex(context.classes().complexClass, context.getShape(), real, imag);
    }

    private static PComplex newComplex(double[] parts) {
        return newComplex(parts[0], parts[1]);
    }

    static boolean isComplex(Object value) {
        return value instanceof PComplex;
    }

    /** An operand as (real, imag), or null when it is not a number complex arithmetic takes. */
    private static double[] parts(Object value) {
        Object v = PBoxedValue.unwrap(value);
        if (v instanceof PComplex c) {
            return new double[]{c.real(), c.imag()};
        }
        if (v instanceof Double || BuiltinArithmetic.isInt(v)) {
            return new double[]{PyNumber.asDouble(v), 0.0};
        }
        return null;
    }

    private static Object arithmetic(BinaryOperator op, Object left, Object right) {
        double[] a = parts(left);
        double[] b = parts(right);
        if (a == null || b == null) {
            return OperatorMethods.notImplemented();
        }
        return newComplex(switch (op) {
            case ADD -> ComplexOps.add(a[0], a[1], b[0], b[1]);
            case SUB -> ComplexOps.sub(a[0], a[1], b[0], b[1]);
            case MUL -> ComplexOps.mul(a[0], a[1], b[0], b[1]);
            case TRUEDIV -> ComplexOps.div(a[0], a[1], b[0], b[1]);
            default -> throw new IllegalStateException(op.toString());
        });
    }

    private static Object power(Object base, Object exponent, Object mod) {
        if (mod != PNone.NO_VALUE && mod != PNone.NONE) {
            throw Errors.valueError("complex modulo");
        }
        double[] a = parts(base);
        double[] b = parts(exponent);
        if (a == null || b == null) {
            return OperatorMethods.notImplemented();
        }
        return newComplex(ComplexOps.pow(a[0], a[1], b[0], b[1]));
    }

    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().complexClass;
        OperatorMethods.binary(context, cls, ComplexBuiltins::isComplex, ComplexBuiltins::arithmetic, BinaryOperator.ADD, BinaryOperator.SUB,
                        BinaryOperator.MUL, BinaryOperator.TRUEDIV);
        OperatorMethods.define(context, cls, "__pow__", OperatorMethods.TERNARY, ComplexBuiltins::isComplex, args -> power(args[0], args[1], args[2]));
        OperatorMethods.define(context, cls, "__rpow__", OperatorMethods.TERNARY, ComplexBuiltins::isComplex, args -> power(args[1], args[0], args[2]));
        OperatorMethods.comparisons(context, cls, ComplexBuiltins::isComplex, (op, self, other) -> {
            if ((op == CompareOperator.EQ || op == CompareOperator.NE) && dev.krait.runtime.protocol.BuiltinArithmetic.isInt(other)) {
                // an int is compared exactly with the real part (no conversion to float, which may overflow)
                PComplex a = (PComplex) self;
                boolean equal = a.imag() == 0 &&
                                dev.krait.runtime.protocol.PyObjectRichCompare.builtinCompare(CompareOperator.EQ, a.real(), other) == Boolean.TRUE;
                return op == CompareOperator.EQ ? equal : !equal;
            }
            if (op != CompareOperator.EQ && op != CompareOperator.NE) {
                return OperatorMethods.notImplemented();
            }
            double[] b = parts(other);
            if (b == null) {
                return OperatorMethods.notImplemented();
            }
            PComplex a = (PComplex) self;
            boolean equal = a.real() == b[0] && a.imag() == b[1];
            return op == CompareOperator.EQ ? equal : !equal;
        });
        OperatorMethods.define(context, cls, "__neg__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> newComplex(-((PComplex) args[0]).real(), -((PComplex) args[0]).imag()));
        OperatorMethods.define(context, cls, "__pos__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> newComplex(((PComplex) args[0]).real(), ((PComplex) args[0]).imag()));
        OperatorMethods.define(context, cls, "__abs__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> ComplexOps.abs(((PComplex) args[0]).real(), ((PComplex) args[0]).imag()));
        OperatorMethods.define(context, cls, "__bool__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> ((PComplex) args[0]).real() != 0.0 || ((PComplex) args[0]).imag() != 0.0);
        OperatorMethods.define(context, cls, "__hash__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> ComplexOps.hash(((PComplex) args[0]).real(), ((PComplex) args[0]).imag()));
        OperatorMethods.define(context, cls, "__repr__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> ComplexOps.repr(((PComplex) args[0]).real(), ((PComplex) args[0]).imag()));
        OperatorMethods.define(context, cls, "conjugate", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> newComplex(((PComplex) args[0]).real(), -((PComplex) args[0]).imag()));
        // an exact complex is its own __complex__; a subclass's gives a plain complex
        OperatorMethods.define(context, cls, "__complex__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> args[0] instanceof PComplex c && c.getPythonClass() == cls ? c : newComplex(((PComplex) args[0]).real(), ((PComplex) args[0]).imag()));
        OperatorMethods.define(context, cls, "__getnewargs__", OperatorMethods.UNARY, ComplexBuiltins::isComplex,
                        args -> KraitContext.get(null).newTuple(new Object[]{((PComplex) args[0]).real(), ((PComplex) args[0]).imag()}));
        OperatorMethods.define(context, cls, "__format__", OperatorMethods.BINARY, ComplexBuiltins::isComplex,
                        args -> format((PComplex) args[0], StrBuiltins.formatSpec(args[1])));
        BuiltinTypeInstaller.getset(context, cls, "real", self -> ((PComplex) self).real(), null);
        BuiltinTypeInstaller.getset(context, cls, "imag", self -> ((PComplex) self).imag(), null);
    }

    /** format(z, spec): with a presentation type both parts in it ("1.00+2.00j"); without, repr-like in parentheses. */
    @TruffleBoundary
    private static String format(PComplex z, String spec) {
        if (spec.isEmpty()) {
            return ComplexOps.repr(z.real(), z.imag());
        }
        FormatSpec parsed = FormatSpec.parse(spec, "complex", 0);
        if ("eEfFgGn".indexOf(parsed.type) < 0 && parsed.type != 0) {
            throw Errors.valueError("Unknown format code '" + Character.toString(parsed.type) + "' for object of type 'complex'");
        }
        if (parsed.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (parsed.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        parsed.checkFloatPrecision();
        String precision = parsed.precision >= 0 ? "." + parsed.precision : "";
        String body;
        String grouping = parsed.grouping == 0 ? "" : Character.toString(parsed.grouping);
        if (parsed.type == 0 && parsed.precision < 0 && grouping.isEmpty()) {
            body = ComplexOps.repr(z.real(), z.imag());
            if (parsed.sign == '+' || parsed.sign == ' ') {
                body = signed(body, parsed.sign);
            }
        } else {
            // no presentation type: repr-like parts ("" keeps float's repr digits), or 'g' with a precision
            String type = parsed.type != 0 ? Character.toString(parsed.type) : parsed.precision < 0 ? "" : "g";
            String sign = parsed.sign == 0 ? "" : Character.toString(parsed.sign);
            boolean realShown = parsed.type != 0 || z.real() != 0.0 || Math.copySign(1.0, z.real()) < 0;
            boolean reprLike = parsed.type == 0 && parsed.precision < 0;
            String flags = (parsed.noNegativeZero ? "z" : "") + (parsed.alternate ? "#" : "") + grouping + precision + type;
            String imag = complexPart(z.imag(), (realShown ? "+" : sign) + flags, reprLike) + "j";
            if (realShown) {
                String real = complexPart(z.real(), sign + flags, reprLike);
                body = parsed.type == 0 ? "(" + real + imag + ")" : real + imag;
            } else {
                body = imag;
            }
        }
        if (parsed.width <= body.length()) {
            return body;
        }
        parsed.checkPadding(body.length());
        int padding = parsed.width - body.length();
        String fill = Character.toString(parsed.fill);
        return switch (parsed.align) {
            case '<' -> body + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + body + fill.repeat(padding - padding / 2);
            default -> fill.repeat(padding) + body;
        };
    }

    /** One part of a formatted complex; repr-like parts drop a float's ".0", as complex's repr does ("1+2j"). */
    private static String complexPart(double value, String spec, boolean reprLike) {
        String text = FormatSpec.formatDouble(value, spec);
        return reprLike && text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String signed(String repr, char sign) {
        boolean parenthesized = repr.startsWith("(");
        String inner = parenthesized ? repr.substring(1) : repr;
        if (inner.startsWith("-")) {
            return repr;
        }
        return (parenthesized ? "(" : "") + sign + inner;
    }

    @Builtin(name = "__new__", params = {"cls", "real=", "imag="})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newComplexObject(Object cls, Object real, Object imag) {
            KraitContext context = KraitContext.get(null);
            PythonClass complexClass = context.classes().complexClass;
            if (cls != complexClass) {
                if (!(cls instanceof PythonClass subclass) || !subclass.isSubclassOf(complexClass)) {
                    throw Errors.typeError("complex.__new__(X): X is not a type object (" + PyObjectType.typeName(cls) + ")");
                }
                // a subclass's instance is a complex object of that class
                PComplex value = (PComplex) exactComplex(context, real, imag);
                return new PComplex(subclass, context.getShape(), value.real(), value.imag());
            }
            return exactComplex(context, real, imag);
        }

        private static Object exactComplex(KraitContext context, Object real, Object imag) {
            if (real == PNone.NO_VALUE) {
                if (imag == PNone.NO_VALUE) {
                    return newComplex(0.0, 0.0);
                }
                real = 0L;
            }
            Object r = PBoxedValue.unwrap(real);
            if (r instanceof String s) {
                if (imag != PNone.NO_VALUE) {
                    throw Errors.typeError("complex() can't take second arg if first is a string");
                }
                double[] parsed = ComplexOps.parse(s);
                if (parsed == null) {
                    throw Errors.valueError("complex() arg is a malformed string");
                }
                return newComplex(parsed);
            }
            if (PBoxedValue.unwrap(imag) instanceof String) {
                throw Errors.typeError("complex() second arg can't be a string");
            }
            double[] a = operand(real, "first argument must be a string or a number");
            if (imag == PNone.NO_VALUE) {
                if (real instanceof PComplex c && c.getPythonClass() == context.classes().complexClass) {
                    return c;
                }
                return newComplex(a);
            }
            // a complex (subclass too) as the second argument gives its value as it is, without __complex__
            double[] b = PBoxedValue.unwrap(imag) instanceof PComplex ic ? new double[]{ic.real(), ic.imag()}
                            : operand(imag, "second argument must be a number");
            // only complex arguments bring their other part in (complex(0.0, -0.0) keeps the -0.0)
            double realPart = PBoxedValue.unwrap(imag) instanceof PComplex ? a[0] - b[1] : a[0];
            double imagPart = PBoxedValue.unwrap(real) instanceof PComplex ? b[0] + a[1] : b[0];
            return newComplex(realPart, imagPart);
        }

        /** A constructor argument as (real, imag): a complex, a real number, or an object with __complex__/__float__/__index__. */
        private static double[] operand(Object value, String error) {
            PythonClass type = PyObjectType.classOf(value);
            PythonClass complexClass = KraitContext.get(null).classes().complexClass;
            // a subclass's own __complex__ (of complex, int, float…) decides its value, as CPython asks __complex__ first
            Object special = type.lookup("__complex__");
            boolean ownComplex = special != null && special != complexClass.lookup("__complex__");
            double[] p = ownComplex ? null : parts(value);
            if (p != null) {
                return p;
            }
            if (type.lookup("__complex__") != null) {
                Object result = PyObjectCall.callSpecial(value, "__complex__");
                String what = "__complex__ returned non-complex (type " + PyObjectType.typeName(result) + ")";
                if (!(result instanceof PComplex c)) {
                    throw Errors.typeError(what);
                }
                if (c.getPythonClass() != KraitContext.get(null).classes().complexClass) {
                    dev.krait.runtime.protocol.PyErrWarn.warnStrictSubclassResult(what, "complex");
                }
                return new double[]{c.real(), c.imag()};
            }
            if (type.lookup("__float__") != null || type.lookup("__index__") != null) {
                return new double[]{PyNumber.asDouble(value), 0.0};
            }
            throw Errors.typeError("complex() " + error + ", not '" + PyObjectType.typeName(value) + "'");
        }
    }
}
