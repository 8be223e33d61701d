package dev.krait.builtins;

/**
 * erf, erfc, gamma and lgamma in double precision. erf sums the series {@code exp(-x²)·Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1))}
 * (all terms positive, so nothing cancels) for small arguments and erfc uses a continued fraction for large ones;
 * gamma is exact for integers up to 23 and otherwise the Lanczos approximation (g = 7, nine terms) with the
 * reflection formula for negative arguments.
 */
final class ErrorFunction {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double SQRT_PI = 1.7724538509055160;
    private static final double LANCZOS_G = 7.0;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

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

    static double gamma(double x) {
        if (x == Math.floor(x) && x > 0 && x <= 23) {
            double result = 1.0;
            for (int i = 2; i < (int) x; i++) {
                result *= i;
            }
            return result;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1.0 - x));
        }
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY;
        }
        double y = x - 1.0;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (y + i);
        }
        double t = y + LANCZOS_G + 0.5;
        if (x > 140) {
            double half = Math.pow(t, (y + 0.5) / 2);
            return Math.sqrt(2 * Math.PI) * half * (half * Math.exp(-t)) * sum;
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, y + 0.5) * Math.exp(-t) * sum;
    }

    static double lgamma(double x) {
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1.0 - x);
        }
        double y = x - 1.0;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (y + i);
        }
        double t = y + LANCZOS_G + 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
