package dev.krait.builtins;

/**
 * erf and erfc in double precision. erf sums the series {@code exp(-x²)·Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1))}
 * (all terms positive, so nothing cancels) for small arguments and erfc uses a continued fraction for large ones.
 * (gamma and lgamma are in {@link GammaFunction}.)
 */
final class ErrorFunction {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double SQRT_PI = 1.7724538509055160;

    private ErrorFunction() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 2.5) {
            return Math.copySign(series(a), x);
        }
        return Math.copySign(1.0 - continuedFraction(a), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0.5) {
            return x > -2.5 ? 1.0 - Math.copySign(series(Math.abs(x)), x) : 2.0 - continuedFraction(-x);
        }
        return x < 2.5 ? 1.0 - series(x) : continuedFraction(x);
    }

    /** erf(a) for 0 <= a < 2.5. */
    private static double series(double a) {
        if (a == 0.0) {
            return 0.0;
        }
        double x2 = a * a;
        double term = a;
        double sum = a;
        for (int n = 1; n < 200; n++) {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(a) for a >= 2.5, by the continued fraction evaluated with Lentz's method. */
    private static double continuedFraction(double a) {
        if (a > 27.3) {
            return 0.0;
        }
        // erfc(a) = exp(-a²)/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + ...)))))
        double tiny = 1e-300;
        double f = a;
        double c = a;
        double d = 0.0;
        for (int n = 1; n < 500; n++) {
            double coefficient = n / 2.0;
            d = a + coefficient * d;
            d = d == 0.0 ? tiny : d;
            c = a + coefficient / c;
            c = c == 0.0 ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        return Math.exp(-a * a) / SQRT_PI / f;
    }
}
