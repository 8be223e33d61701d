package dev.krait.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.storage.Hashing;

/**
 * Complex arithmetic on (real, imag) pairs with CPython's results: Smith's division, integer powers by repeated
 * squaring up to 100, the polar formula beyond, and CPython's repr and hash.
 */
public final class ComplexOps {
    private ComplexOps() {
    }

    public static double[] add(double ar, double ai, double br, double bi) {
        return new double[]{ar + br, ai + bi};
    }

    public static double[] sub(double ar, double ai, double br, double bi) {
        return new double[]{ar - br, ai - bi};
    }

    public static double[] mul(double ar, double ai, double br, double bi) {
        return new double[]{ar * br - ai * bi, ar * bi + ai * br};
    }

    /** a / b by Smith's method (scaling by the larger component of b); ZeroDivisionError for b == 0. */
    public static double[] div(double ar, double ai, double br, double bi) {
        double absReal = Math.abs(br);
        double absImag = Math.abs(bi);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                throw Errors.raise(ErrorType.ZeroDivisionError, "complex division by zero");
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[]{(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absImag >= absReal) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[]{(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[]{Double.NaN, Double.NaN};
    }

    /** a ** b. */
    @TruffleBoundary
    public static double[] pow(double ar, double ai, double br, double bi) {
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            return powInt(ar, ai, (long) br);
        }
        return powGeneral(ar, ai, br, bi);
    }

    private static double[] powGeneral(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            return new double[]{1.0, 0.0};
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                throw Errors.raise(ErrorType.ZeroDivisionError, "0.0 to a negative or complex power");
            }
            return new double[]{0.0, 0.0};
        }
        double magnitude = Math.hypot(ar, ai);
        double length = Math.pow(magnitude, br);
        double angle = Math.atan2(ai, ar);
        double phase = angle * br;
        if (bi != 0.0) {
            length /= Math.exp(angle * bi);
            phase += bi * Math.log(magnitude);
        }
        double[] result = {length * Math.cos(phase), length * Math.sin(phase)};
        if (Double.isInfinite(result[0]) || Double.isInfinite(result[1])) {
            if (!Double.isInfinite(ar) && !Double.isInfinite(ai) && !Double.isInfinite(br) && !Double.isInfinite(bi)) {
                throw Errors.raise(ErrorType.OverflowError, "complex exponentiation");
            }
        }
        return result;
    }

    private static double[] powInt(double ar, double ai, long n) {
        if (n == 0) {
            return new double[]{1.0, 0.0};
        }
        if (ar == 0.0 && ai == 0.0 && n < 0) {
            throw Errors.raise(ErrorType.ZeroDivisionError, "0.0 to a negative or complex power");
        }
        double[] power = powUnsigned(ar, ai, Math.abs(n));
        double[] result = n > 0 ? power : div(1.0, 0.0, power[0], power[1]);
        if ((Double.isInfinite(result[0]) || Double.isInfinite(result[1])) && !Double.isInfinite(ar) && !Double.isInfinite(ai)) {
            throw Errors.raise(ErrorType.OverflowError, "complex exponentiation");
        }
        return result;
    }

    /** x ** n for n > 0 by repeated squaring, multiplying in the powers whose bit is set. */
    private static double[] powUnsigned(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double[] r = mul(rr, ri, pr, pi);
                rr = r[0];
                ri = r[1];
            }
            mask <<= 1;
            double[] p = mul(pr, pi, pr, pi);
            pr = p[0];
            pi = p[1];
        }
        return new double[]{rr, ri};
    }

    /** abs(z): the hypotenuse; OverflowError when it overflows from finite parts. */
    public static double abs(double real, double imag) {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return Double.POSITIVE_INFINITY;
        }
        double result = Math.hypot(real, imag);
        if (Double.isInfinite(result)) {
            throw Errors.raise(ErrorType.OverflowError, "absolute value too large");
        }
        return result;
    }

    /** CPython's repr: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}; components as short as repr keeps them, no ".0". */
    @TruffleBoundary
    public static String repr(double real, double imag) {
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return component(imag) + "j";
        }
        String imagText = component(imag);
        String sign = imagText.startsWith("-") ? "" : "+";
        return "(" + component(real) + sign + imagText + "j)";
    }

    private static String component(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        String text = FloatRepr.repr(x);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** CPython's complex hash: hash(real) + 1000003 * hash(imag), wrapping. */
    public static long hash(double real, double imag) {
        long h = Hashing.numericHash(real) + 1000003L * Hashing.numericHash(imag);
        return h == -1 ? -2 : h;
    }

    /** complex(s): "1+2j", "-3.5j", "(1-1j)", "inf+nanj", "j", with surrounding whitespace; null when malformed. */
    @TruffleBoundary
    public static double[] parse(String s) {
        String t = s.strip();
        if (t.startsWith("(") && t.endsWith(")") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.indexOf(' ') >= 0 || t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0) {
            return null;
        }
        char last = t.charAt(t.length() - 1);
        if (last != 'j' && last != 'J') {
            Double real = parseComponent(t);
            return real == null ? null : new double[]{real, 0.0};
        }
        String body = t.substring(0, t.length() - 1);
        // the split between real and imaginary parts: the last sign not right after an exponent marker
        for (int i = body.length() - 1; i > 0; i--) {
            char c = body.charAt(i);
            if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                Double real = parseComponent(body.substring(0, i));
                Double imag = parseImaginary(body.substring(i));
                return real == null || imag == null ? null : new double[]{real, imag};
            }
        }
        Double imag = parseImaginary(body);
        return imag == null ? null : new double[]{0.0, imag};
    }

    private static Double parseImaginary(String text) {
        if (text.isEmpty() || text.equals("+")) {
            return 1.0;
        }
        if (text.equals("-")) {
            return -1.0;
        }
        return parseComponent(text);
    }

    private static Double parseComponent(String text) {
        if (text.isEmpty() || Character.isWhitespace(text.charAt(0))) {
            return null;
        }
        try {
            return NumberParsing.parseFloat(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
