package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;

/**
 * The rest of the {@code math} module: hyperbolic functions, the error and gamma functions, and the floating-point
 * decomposition helpers (frexp, ldexp, nextafter, ulp, remainder), plus sumprod.
 */
final class MathSpecialFunctions {
    private MathSpecialFunctions() {
    }

    private static double domainError() {
        throw Errors.valueError("math domain error");
    }

    private static double checkRange(double result, double input) {
        if (Double.isInfinite(result) && !Double.isInfinite(input)) {
            throw Errors.overflowError("math range error");
        }
        return result;
    }

    @Builtin(name = "sinh", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class SinhNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double sinh(Object x) {
            double v = PyNumber.asDouble(x);
            return checkRange(Math.sinh(v), v);
        }
    }

    @Builtin(name = "cosh", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class CoshNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double cosh(Object x) {
            double v = PyNumber.asDouble(x);
            return checkRange(Math.cosh(v), v);
        }
    }

    @Builtin(name = "tanh", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class TanhNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double tanh(Object x) {
            return StrictMath.tanh(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "asinh", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class AsinhNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double asinh(Object x) {
            double v = PyNumber.asDouble(x);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) {
                return v;
            }
            double a = Math.abs(v);
            double result = a > 1e150 ? Math.log(a) + Math.log(2.0) : Math.log1p(a + a * a / (1.0 + Math.sqrt(1.0 + a * a)));
            return Math.copySign(result, v);
        }
    }

    @Builtin(name = "acosh", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class AcoshNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double acosh(Object x) {
            double v = PyNumber.asDouble(x);
            if (v < 1.0) {
                return domainError();
            }
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return v;
            }
            if (v > 1e150) {
                return Math.log(v) + Math.log(2.0);
            }
            double t = v - 1.0;
            return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
    }

    @Builtin(name = "atanh", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class AtanhNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double atanh(Object x) {
            double v = PyNumber.asDouble(x);
            if (Math.abs(v) >= 1.0) {
                return domainError();
            }
            return 0.5 * Math.log1p(2.0 * v / (1.0 - v));
        }
    }

    @Builtin(name = "cbrt", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class CbrtNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double cbrt(Object x) {
            return Math.cbrt(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "exp2", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class Exp2Node extends BuiltinNode.Builtin1 {
        @Specialization
        static double exp2(Object x) {
            double v = PyNumber.asDouble(x);
            return checkRange(Math.pow(2.0, v), v);
        }
    }

    @Builtin(name = "expm1", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class Expm1Node extends BuiltinNode.Builtin1 {
        @Specialization
        static double expm1(Object x) {
            double v = PyNumber.asDouble(x);
            return checkRange(Math.expm1(v), v);
        }
    }

    @Builtin(name = "log1p", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class Log1pNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double log1p(Object x) {
            double v = PyNumber.asDouble(x);
            if (v <= -1.0) {
                return domainError();
            }
            return Math.log1p(v);
        }
    }

    @Builtin(name = "erf", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class ErfNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double erf(Object x) {
            return ErrorFunction.erf(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "erfc", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class ErfcNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double erfc(Object x) {
            return ErrorFunction.erfc(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "gamma", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class GammaNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double gamma(Object x) {
            double v = PyNumber.asDouble(x);
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                return v;
            }
            if (v == Double.NEGATIVE_INFINITY || v == Math.floor(v) && v <= 0) {
                return domainError();
            }
            return checkRange(GammaFunction.gamma(v), v);
        }
    }

    @Builtin(name = "lgamma", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class LgammaNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double lgamma(Object x) {
            double v = PyNumber.asDouble(x);
            if (Double.isNaN(v)) {
                return v;
            }
            if (Double.isInfinite(v)) {
                return Double.POSITIVE_INFINITY;
            }
            if (v == Math.floor(v) && v <= 0) {
                return domainError();
            }
            return checkRange(GammaFunction.lgamma(v), v);
        }
    }

    @Builtin(name = "frexp", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class FrexpNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object frexp(Object x) {
            double v = PyNumber.asDouble(x);
            KraitContext context = KraitContext.get(null);
            if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) {
                return context.newTuple(new Object[]{v, 0L});
            }
            int exponent = Math.getExponent(v);
            if (exponent == Double.MIN_EXPONENT - 1) {
                // subnormal: scale into the normal range first
                v *= 0x1p54;
                exponent = Math.getExponent(v) - 54;
                double mantissa = Math.scalb(v, -(Math.getExponent(v) + 1));
                return context.newTuple(new Object[]{mantissa, (long) exponent + 1});
            }
            // scaling the value down (not dividing by 2**(e+1), which is infinite for e = 1023)
            double mantissa = Math.scalb(v, -(exponent + 1));
            return context.newTuple(new Object[]{mantissa, (long) exponent + 1});
        }
    }

    @Builtin(name = "ldexp", params = {"x", "i", "/"})
    @GenerateNodeFactory
    abstract static class LdexpNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static double ldexp(Object x, Object i) {
            double v = PyNumber.asDouble(x);
            // any int, subclasses too (PyLong_Check), but nothing that only converts to one
            if (!PyObjectType.classOf(i).isSubclassOf(KraitContext.get(null).classes().intClass)) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            Object exponent = BuiltinArithmetic.asInt(BuiltinArithmetic.isInt(i) ? i : PyNumber.index(i));
            int e = exponent instanceof Long l ? (int) Math.max(Math.min(l, 1_000_000), -1_000_000) : (((dev.krait.runtime.objects.PInt) exponent).value().signum() > 0 ? 1_000_000 : -1_000_000);
            if (v == 0.0 || Double.isInfinite(v) || Double.isNaN(v)) {
                return v;
            }
            return checkRange(Math.scalb(v, e), v);
        }
    }

    @Builtin(name = "nextafter", params = {"x", "y", "/", "*", "steps="})
    @GenerateNodeFactory
    abstract static class NextAfterNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static double nextafter(Object x, Object y, Object steps) {
            double from = PyNumber.asDouble(x);
            double to = PyNumber.asDouble(y);
            if (steps == PNone.NO_VALUE || steps == PNone.NONE) {
                return Math.nextAfter(from, to);
            }
            java.math.BigInteger count = dev.krait.runtime.objects.PInt.toBigInteger(PyNumber.index(steps));
            if (count.signum() < 0) {
                throw Errors.valueError("steps must be a non-negative integer");
            }
            // an unsigned 64-bit count, saturated (no float is more steps than that away)
            long n = count.bitLength() > 64 ? -1L : count.longValue();
            if (Double.isNaN(from) || Double.isNaN(to) || n == 0) {
                return Double.isNaN(to) && !Double.isNaN(from) ? to : from;
            }
            if (from == to) {
                return to;
            }
            // doubles in order are consecutive integers in this encoding: n steps are one addition
            long start = ordered(from);
            long end = ordered(to);
            long distance = end > start ? end - start : start - end;
            if (Long.compareUnsigned(n, distance) >= 0) {
                return to;
            }
            return fromOrdered(end > start ? start + n : start - n);
        }

        /** The double's place among all doubles as a signed integer (both zeros are 0). */
        private static long ordered(double value) {
            long bits = Double.doubleToRawLongBits(value);
            return bits >= 0 ? bits : Long.MIN_VALUE - bits;
        }

        private static double fromOrdered(long place) {
            return Double.longBitsToDouble(place >= 0 ? place : Long.MIN_VALUE - place);
        }
    }

    @Builtin(name = "ulp", params = {"x", "/"})
    @GenerateNodeFactory
    abstract static class UlpNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double ulp(Object x) {
            double v = PyNumber.asDouble(x);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Math.abs(v);
            }
            v = Math.abs(v);
            if (v == Double.MAX_VALUE) {
                return v - Math.nextDown(v);
            }
            return Math.nextUp(v) - v;
        }
    }

    @Builtin(name = "remainder", params = {"x", "y", "/"})
    @GenerateNodeFactory
    abstract static class RemainderNode extends BuiltinNode.Builtin2 {
        @Specialization
        static double remainder(Object x, Object y) {
            double a = PyNumber.asDouble(x);
            double b = PyNumber.asDouble(y);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            if (Double.isInfinite(a) || b == 0.0) {
                return domainError();
            }
            if (Double.isInfinite(b)) {
                return a;
            }
            return Math.IEEEremainder(a, b);
        }
    }

    @Builtin(name = "sumprod", params = {"p", "q", "/"})
    @GenerateNodeFactory
    abstract static class SumProdNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object sumprod(Object p, Object q) {
            // in step, so that an endless input next to a finite one is an error, not a hang
            Object left = PyIter.getIter(p);
            Object right = PyIter.getIter(q);
            Object total = 0L;
            while (true) {
                Object a = PyIter.next(left);
                Object b = PyIter.next(right);
                if (a == null || b == null) {
                    if (a != b) {
                        throw Errors.valueError("Inputs are not the same length");
                    }
                    return total;
                }
                total = PyNumber.binaryOp(dev.krait.runtime.protocol.BinaryOperator.ADD, total,
                                PyNumber.binaryOp(dev.krait.runtime.protocol.BinaryOperator.MUL, a, b));
            }
        }
    }
}
