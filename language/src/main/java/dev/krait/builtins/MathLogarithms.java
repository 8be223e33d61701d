package dev.krait.builtins;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;

/**
 * {@code math.log}, {@code log2} and {@code log10} as CPython computes them ({@code loghelper}): an int too large
 * for a float is split into a float mantissa and a power of two ({@code log(m) + e * log(2)}), so huge ints keep
 * their precision; log2 of a float is computed from {@code log1p} with a double-double product, which makes it
 * as close to correctly rounded as C's {@code log2}.
 */
final class MathLogarithms {
    private MathLogarithms() {
    }

    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    private static final double LOG2_E_HI = 1.4426950408889634;
    private static final double LOG2_E_LO = 2.0355273740931033e-17;
    private static final double LOG10_E_HI = 0.4342944819032518;
    private static final double LOG10_E_LO = 1.098319650216765e-17;
    private static final double LOG10_2_HI = 0.3010299956639812;
    private static final double LOG10_2_LO = -2.8037281277851704e-18;

    @TruffleBoundary
    static double ln(Object x) {
        return apply(x, MathLogarithms::lnOfDouble, lnOfDouble(2.0));
    }

    @TruffleBoundary
    static double log2(Object x) {
        return apply(x, MathLogarithms::log2OfDouble, 1.0);
    }

    @TruffleBoundary
    static double log10(Object x) {
        return apply(x, MathLogarithms::log10OfDouble, log10OfDouble(2.0));
    }

    private static double apply(Object x, DoubleUnaryOperator function, double functionOfTwo) {
        if (BuiltinArithmetic.isInt(x)) {
            BigInteger value = dev.krait.runtime.numbers.IntOps.big(BuiltinArithmetic.asInt(x));
            if (value.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            if (value.bitLength() <= 1023) {
                return function.applyAsDouble(value.doubleValue());
            }
            // x = m * 2**e with m in [0.5, 1), m rounded to a float's 53 bits
            int exponent = value.bitLength();
            int shift = exponent - 64;
            BigInteger top = value.shiftRight(shift);
            if (value.getLowestSetBit() < shift) {
                top = top.setBit(0); // sticky bit: the float rounding below sees that bits were dropped
            }
            double mantissa = Math.scalb(top.doubleValue(), -64);
            return function.applyAsDouble(mantissa) + exponent * functionOfTwo;
        }
        double v = PyNumber.asDouble(x);
        if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
            return v;
        }
        if (v <= 0) {
            throw Errors.valueError("math domain error");
        }
        return function.applyAsDouble(v);
    }

    /**
     * The natural log of a positive finite float as a double-double {hi, lo} and its binary exponent: v = m * 2**e
     * with m in [sqrt(1/2), sqrt(2)), ln(m) = 2 * atanh((m - 1) / (m + 1)) summed as a short series, the leading
     * term kept in two parts. About 100 bits good, so the single rounding at the end is nearly always correct.
     */
    private static double[] lnMantissa(double v) {
        int exponent = Math.getExponent(v);
        if (exponent == Double.MIN_EXPONENT - 1) { // subnormal: normalize first
            double[] normalized = lnMantissa(v * 0x1p54);
            normalized[2] -= 54;
            return normalized;
        }
        double m = Math.scalb(v, -exponent); // in [1, 2)
        if (m > 1.4142135623730951) {
            m /= 2;
            exponent++;
        }
        double num = m - 1.0; // exact
        double den = m + 1.0;
        double denLo = (m - (den - 1.0)); // exact error of m + 1 (two-sum, |1| >= |m| or close)
        double z = num / den;
        double zLo = (Math.fma(-z, den, num) - z * denLo) / den;
        double z2 = z * z;
        double series = 0.0; // z^2/3 + z^4/5 + … (tiny next to 1)
        for (int k = 12; k >= 1; k--) {
            series = (series + 1.0 / (2 * k + 1)) * z2;
        }
        // ln(m) = 2z(1 + series) = 2z + 2z*series, with z = z + zLo
        double hi = 2 * z;
        double lo = 2 * zLo + 2 * (z + zLo) * series;
        double sum = hi + lo;
        return new double[]{sum, lo - (sum - hi), exponent};
    }

    /** {@code a * (bHi + bLo) + e * (cHi + cLo)} rounded once: a double-double {a, aLo} scaled and offset. */
    private static double combine(double aHi, double aLo, double bHi, double bLo, double e, double cHi, double cLo) {
        double p = aHi * bHi;
        double pLo = Math.fma(aHi, bHi, -p) + aHi * bLo + aLo * bHi;
        double q = e * cHi; // e is a small integer: exact with fma's help
        double qLo = Math.fma(e, cHi, -q) + e * cLo;
        double s = p + q;
        double bb = s - p;
        double sLo = (p - (s - bb)) + (q - bb);
        return s + (sLo + pLo + qLo);
    }

    static double lnOfDouble(double v) {
        double[] ln = lnMantissa(v);
        return combine(ln[0], ln[1], 1.0, 0.0, ln[2], LN2_HI, LN2_LO);
    }

    static double log2OfDouble(double v) {
        double[] ln = lnMantissa(v);
        return combine(ln[0], ln[1], LOG2_E_HI, LOG2_E_LO, ln[2], 1.0, 0.0);
    }

    static double log10OfDouble(double v) {
        double[] ln = lnMantissa(v);
        return combine(ln[0], ln[1], LOG10_E_HI, LOG10_E_LO, ln[2], LOG10_2_HI, LOG10_2_LO);
    }
}
