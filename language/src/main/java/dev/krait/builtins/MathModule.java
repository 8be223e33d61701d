package dev.krait.builtins;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectType;

/** The {@code math} module. */
public final class MathModule {
    private MathModule() {
    }

    public static PModule create(KraitContext context) {
        PModule math = context.newModule("math");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, math, MathModuleFactory.getFactories(), null, "math");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, math, MathSpecialFunctionsFactory.getFactories(), null, "math");
        ObjectAttributes.put(math, "pi", Math.PI);
        ObjectAttributes.put(math, "e", Math.E);
        ObjectAttributes.put(math, "tau", 2 * Math.PI);
        ObjectAttributes.put(math, "inf", Double.POSITIVE_INFINITY);
        ObjectAttributes.put(math, "nan", Double.NaN);
        return math;
    }

    static double domain(double result, double input) {
        if (Double.isNaN(result) && !Double.isNaN(input)) {
            throw Errors.valueError("math domain error");
        }
        return result;
    }

    @Builtin(name = "sqrt", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class SqrtNode extends BuiltinNode.Builtin1 {
        @Specialization(guards = "isNonNegative(x)")
        static double sqrt(double x) {
            return Math.sqrt(x);
        }

        @Specialization(guards = "x >= 0")
        static double sqrt(long x) {
            return Math.sqrt(x);
        }

        static boolean isNonNegative(double x) {
            return x >= 0;
        }

        @Fallback
        static double sqrtGeneric(Object x) {
            double value = PyNumber.asDouble(x);
            if (value < 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.sqrt(value);
        }
    }

    @Builtin(name = "sin", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class SinNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double sin(Object x) {
            double v = PyNumber.asDouble(x);
            if (Double.isInfinite(v)) {
                throw Errors.valueError("math domain error");
            }
            return Math.sin(v);
        }
    }

    @Builtin(name = "cos", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class CosNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double cos(Object x) {
            double v = PyNumber.asDouble(x);
            if (Double.isInfinite(v)) {
                throw Errors.valueError("math domain error");
            }
            return Math.cos(v);
        }
    }

    @Builtin(name = "tan", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class TanNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double tan(Object x) {
            double v = PyNumber.asDouble(x);
            if (Double.isInfinite(v)) {
                throw Errors.valueError("math domain error");
            }
            return Math.tan(v);
        }
    }

    @Builtin(name = "asin", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AsinNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double asin(Object x) {
            double v = PyNumber.asDouble(x);
            return domain(Math.asin(v), v);
        }
    }

    @Builtin(name = "acos", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AcosNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double acos(Object x) {
            double v = PyNumber.asDouble(x);
            return domain(Math.acos(v), v);
        }
    }

    @Builtin(name = "atan", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AtanNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double atan(Object x) {
            return Math.atan(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "atan2", params = {"y", "x", "/"})
    @GenerateNodeFactory
    public abstract static class Atan2Node extends BuiltinNode.Builtin2 {
        @Specialization
        static double atan2(Object y, Object x) {
            return Math.atan2(PyNumber.asDouble(y), PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "exp", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class ExpNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double exp(Object x) {
            double v = PyNumber.asDouble(x);
            double result = Math.exp(v);
            if (Double.isInfinite(result) && !Double.isInfinite(v)) {
                throw Errors.overflowError("math range error");
            }
            return result;
        }
    }

    @Builtin(name = "log", params = {"x", "base=", "/"})
    @GenerateNodeFactory
    public abstract static class LogNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static double log(Object x, Object base) {
            double result = ln(x);
            if (base != PNone.NO_VALUE) {
                double denominator = ln(base);
                if (denominator == 0.0) {
                    throw Errors.zeroDivisionError("float division by zero");
                }
                result = result / denominator;
            }
            return result;
        }

        static double ln(Object x) {
            return MathLogarithms.ln(x);
        }
    }

    @Builtin(name = "log2", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class Log2Node extends BuiltinNode.Builtin1 {
        @Specialization
        static double log2(Object x) {
            return MathLogarithms.log2(x);
        }
    }

    @Builtin(name = "log10", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class Log10Node extends BuiltinNode.Builtin1 {
        @Specialization
        static double log10(Object x) {
            return MathLogarithms.log10(x);
        }
    }

    @Builtin(name = "pow", params = {"x", "y", "/"})
    @GenerateNodeFactory
    public abstract static class PowNode extends BuiltinNode.Builtin2 {
        @Specialization
        static double pow(Object x, Object y) {
            double a = PyNumber.asDouble(x);
            double b = PyNumber.asDouble(y);
            // C99's pow where Java's differs: 1 ** nan, 1 ** inf and (-1) ** ±inf are 1
            if (a == 1.0 || b == 0.0) {
                return 1.0;
            }
            if (a == -1.0 && Double.isInfinite(b)) {
                return 1.0;
            }
            if (a == 0.0 && b < 0 && !Double.isInfinite(b)) {
                throw Errors.valueError("math domain error");
            }
            double result = Math.pow(a, b);
            if (Double.isNaN(result) && !Double.isNaN(a) && !Double.isNaN(b)) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(result) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
                throw Errors.overflowError("math range error");
            }
            return result;
        }
    }

    @Builtin(name = "floor", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class FloorNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object floor(Object x) {
            if (BuiltinArithmetic.isInt(x)) {
                return BuiltinArithmetic.asInt(x);
            }
            if (x instanceof Double d) {
                return FloatOps.floorToInt(d);
            }
            Object method = PyObjectType.classOf(x).lookup("__floor__");
            if (method != null) {
                return PyObjectCall.callSpecial(x, "__floor__");
            }
            return FloatOps.floorToInt(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "ceil", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class CeilNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object ceil(Object x) {
            if (BuiltinArithmetic.isInt(x)) {
                return BuiltinArithmetic.asInt(x);
            }
            if (x instanceof Double d) {
                return FloatOps.ceilToInt(d);
            }
            Object method = PyObjectType.classOf(x).lookup("__ceil__");
            if (method != null) {
                return PyObjectCall.callSpecial(x, "__ceil__");
            }
            return FloatOps.ceilToInt(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "trunc", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class TruncNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object trunc(Object x) {
            if (BuiltinArithmetic.isInt(x)) {
                return BuiltinArithmetic.asInt(x);
            }
            if (x instanceof Double d) {
                return FloatOps.toInt(d);
            }
            Object result = PyObjectCall.callSpecial(x, "__trunc__");
            if (result == null) {
                throw Errors.typeError("type " + PyObjectType.typeName(x) + " doesn't define __trunc__ method");
            }
            return result;
        }
    }

    @Builtin(name = "fabs", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class FabsNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double fabs(Object x) {
            return Math.abs(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "factorial", params = {"n", "/"})
    @GenerateNodeFactory
    public abstract static class FactorialNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object factorial(Object n) {
            if (n instanceof Double) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            Object value = PyNumber.index(n);
            if (!(value instanceof Long l) || l < 0) {
                if (value instanceof Long || IntOps.big(value).signum() < 0) {
                    throw Errors.valueError("factorial() not defined for negative values");
                }
                throw Errors.overflowError("factorial() argument should not exceed 9223372036854775807");
            }
            BigInteger result = BigInteger.ONE;
            for (long i = 2; i <= l; i++) {
                result = result.multiply(BigInteger.valueOf(i));
            }
            return PInt.normalize(result);
        }
    }

    @Builtin(name = "gcd", params = {"*integers"})
    @GenerateNodeFactory
    public abstract static class GcdNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object gcd(Object integers) {
            BigInteger result = BigInteger.ZERO;
            for (Object item : ((dev.krait.runtime.objects.PTuple) integers).items()) {
                result = result.gcd(IntOps.big(PyNumber.index(item)));
            }
            return PInt.normalize(result);
        }
    }

    @Builtin(name = "lcm", params = {"*integers"})
    @GenerateNodeFactory
    public abstract static class LcmNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object lcm(Object integers) {
            BigInteger result = BigInteger.ONE;
            for (Object item : ((dev.krait.runtime.objects.PTuple) integers).items()) {
                BigInteger value = IntOps.big(PyNumber.index(item)).abs();
                if (value.signum() == 0) {
                    return 0L;
                }
                result = result.divide(result.gcd(value)).multiply(value);
            }
            return PInt.normalize(result);
        }
    }

    @Builtin(name = "isqrt", params = {"n", "/"})
    @GenerateNodeFactory
    public abstract static class IsqrtNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object isqrt(Object n) {
            BigInteger value = IntOps.big(PyNumber.index(n));
            if (value.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PInt.normalize(value.sqrt());
        }
    }

    @Builtin(name = "hypot", params = {"*coordinates"})
    @GenerateNodeFactory
    public abstract static class HypotNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static double hypot(Object coordinates) {
            Object[] items = ((dev.krait.runtime.objects.PTuple) coordinates).items();
            double[] values = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = PyNumber.asDouble(items[i]);
            }
            return vectorNorm(values);
        }
    }

    @Builtin(name = "degrees", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class DegreesNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double degrees(Object x) {
            return Math.toDegrees(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "radians", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class RadiansNode extends BuiltinNode.Builtin1 {
        @Specialization
        static double radians(Object x) {
            return Math.toRadians(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "isnan", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class IsNanNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isnan(Object x) {
            return Double.isNaN(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "isinf", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class IsInfNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isinf(Object x) {
            return Double.isInfinite(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "isfinite", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean isfinite(Object x) {
            return Double.isFinite(PyNumber.asDouble(x));
        }
    }

    @Builtin(name = "copysign", params = {"x", "y", "/"})
    @GenerateNodeFactory
    public abstract static class CopySignNode extends BuiltinNode.Builtin2 {
        @Specialization
        static double copysign(Object x, Object y) {
            return Math.copySign(PyNumber.asDouble(x), PyNumber.asDouble(y));
        }
    }

    @Builtin(name = "fmod", params = {"x", "y", "/"})
    @GenerateNodeFactory
    public abstract static class FmodNode extends BuiltinNode.Builtin2 {
        @Specialization
        static double fmod(Object x, Object y) {
            double a = PyNumber.asDouble(x);
            double b = PyNumber.asDouble(y);
            double result = a % b;
            if (Double.isNaN(result) && !Double.isNaN(a) && !Double.isNaN(b)) {
                throw Errors.valueError("math domain error");
            }
            return result;
        }
    }

    @Builtin(name = "isclose", params = {"a", "b", "*", "rel_tol=", "abs_tol="})
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends BuiltinNode.BuiltinN {
        @Specialization
        static boolean isclose(Object[] args) {
            double a = PyNumber.asDouble(args[0]);
            double b = PyNumber.asDouble(args[1]);
            double rel = args[2] == PNone.NO_VALUE ? 1e-09 : PyNumber.asDouble(args[2]);
            double abs = args[3] == PNone.NO_VALUE ? 0.0 : PyNumber.asDouble(args[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (a == b) {
                return true;
            }
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return false;
            }
            double diff = Math.abs(b - a);
            return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
        }
    }

    @Builtin(name = "fsum", params = {"seq", "/"})
    @GenerateNodeFactory
    public abstract static class FsumNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static double fsum(Object seq) {
            // the exact sum of the finite items, correctly rounded once; infinities and NaNs as CPython's msum
            // treats them (a finite running sum that no longer fits a double is an intermediate overflow)
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            double infinities = 0.0;
            double specials = 0.0;
            double magnitude = 0.0;
            for (Object item : PyIter.toArray(seq)) {
                double v = PyNumber.asDouble(item);
                if (!Double.isFinite(v)) {
                    if (Double.isInfinite(v)) {
                        infinities += v;
                    }
                    specials += v;
                    continue;
                }
                total = total.add(new java.math.BigDecimal(v));
                magnitude += Math.abs(v);
                if (magnitude > 1e307 && Double.isInfinite(total.doubleValue())) {
                    throw Errors.overflowError("intermediate overflow in fsum");
                }
            }
            if (specials != 0.0 || Double.isNaN(specials)) {
                if (Double.isNaN(infinities)) {
                    throw Errors.valueError("-inf + inf in fsum");
                }
                return specials;
            }
            return total.doubleValue();
        }
    }

    @Builtin(name = "prod", params = {"iterable", "/", "*", "start="})
    @GenerateNodeFactory
    public abstract static class ProdNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object prod(Object iterable, Object start) {
            Object result = start == PNone.NO_VALUE ? 1L : start;
            for (Object item : PyIter.toArray(iterable)) {
                result = PyNumber.binaryOp(dev.krait.runtime.protocol.BinaryOperator.MUL, result, item);
            }
            return result;
        }
    }

    @Builtin(name = "comb", params = {"n", "k", "/"})
    @GenerateNodeFactory
    public abstract static class CombNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object comb(Object n, Object k) {
            BigInteger nn = IntOps.big(PyNumber.index(n));
            BigInteger kk = IntOps.big(PyNumber.index(k));
            if (nn.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (kk.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (kk.compareTo(nn) > 0) {
                return 0L;
            }
            long kl = Math.min(kk.longValueExact(), nn.subtract(kk).longValueExact());
            BigInteger result = BigInteger.ONE;
            for (long i = 0; i < kl; i++) {
                result = result.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return PInt.normalize(result);
        }
    }

    @Builtin(name = "perm", params = {"n", "k=", "/"})
    @GenerateNodeFactory
    public abstract static class PermNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object perm(Object n, Object k) {
            BigInteger nn = IntOps.big(PyNumber.index(n));
            BigInteger kk = k == PNone.NO_VALUE || k == PNone.NONE ? nn : IntOps.big(PyNumber.index(k));
            if (nn.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (kk.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (kk.compareTo(nn) > 0) {
                return 0L;
            }
            BigInteger result = BigInteger.ONE;
            for (long i = 0; i < kk.longValueExact(); i++) {
                result = result.multiply(nn.subtract(BigInteger.valueOf(i)));
            }
            return PInt.normalize(result);
        }
    }

    @Builtin(name = "modf", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class ModfNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object modf(Object x) {
            double v = PyNumber.asDouble(x);
            double whole = v < 0 ? Math.ceil(v) : Math.floor(v);
            double fraction = Double.isInfinite(v) ? Math.copySign(0.0, v) : Math.copySign(v - whole, v);
            return KraitContext.get(null).newTuple(new Object[]{fraction, whole});
        }
    }

    @Builtin(name = "dist", params = {"p", "q", "/"})
    @GenerateNodeFactory
    public abstract static class DistNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static double dist(Object p, Object q) {
            Object[] a = PyIter.toArray(p);
            Object[] b = PyIter.toArray(q);
            if (a.length != b.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] differences = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                differences[i] = PyNumber.asDouble(a[i]) - PyNumber.asDouble(b[i]);
            }
            return vectorNorm(differences);
        }
    }

    /**
     * The Euclidean norm of a vector as hypot() and dist() give it: infinite if a coordinate is, else NaN if one is,
     * else the square root of the sum of squares, accumulated in double-double precision (each square split exactly
     * with fma, the sums kept exact with two-sum) after scaling by a power of two (so nothing overflows or
     * underflows), and the root corrected once with the remainder — so the result is the correctly rounded root in
     * all but rare cases.
     */
    static double vectorNorm(double[] values) {
        double largest = 0;
        boolean nan = false;
        for (double value : values) {
            double magnitude = Math.abs(value);
            if (Double.isInfinite(magnitude)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(magnitude);
            largest = Math.max(largest, magnitude);
        }
        if (nan) {
            return Double.NaN;
        }
        if (largest == 0 || values.length == 1) {
            return largest;
        }
        int scale = Math.getExponent(largest);
        double high = 0;
        double low = 0;
        for (double value : values) {
            double x = Math.scalb(value, -scale);
            double square = x * x;
            double squareError = Math.fma(x, x, -square);
            double sum = high + square;
            double sumError = (high - (sum - (sum - high))) + (square - (sum - high));
            high = sum;
            low += sumError + squareError;
        }
        double total = high + low;
        low -= total - high;
        double root = Math.sqrt(total);
        double remainder = Math.fma(-root, root, total) + low;
        return Math.scalb(root + remainder / (2 * root), scale);
    }
}
