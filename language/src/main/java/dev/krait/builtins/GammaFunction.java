package dev.krait.builtins;

/**
 * {@code math.gamma} and {@code math.lgamma} by the method CPython uses, so that results agree to the last bit:
 * exact factorials for the integers up to 23, otherwise the Lanczos approximation with g = 6.024680040776729583740234375
 * and 13 terms (the numerator and denominator polynomials of the rational function whose denominator is
 * x(x+1)…(x+11)), evaluated in the direction that keeps it accurate, and the reflection formula (through an exact
 * sin(πx)) for negative arguments.
 */
final class GammaFunction {
    private GammaFunction() {
    }

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] NUMERATOR = {
        23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093,
        35711959237.35566804944018545154716670596, 17921034426.03720969991975575445893111267,
        6039542586.352028005064291644307297921070, 1439720407.311721673663223072794912393972,
        248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287,
        2876370.628935372441225409051620849613599, 186056.2653952234950402949897160456992822,
        8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
        2.506628274631000270164908177133837338626};
    /** The coefficients of x(x+1)…(x+11), lowest power first. */
    private static final double[] DENOMINATOR = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
        1925.0, 66.0, 1.0};
    private static final double[] FACTORIALS = new double[23];
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    static {
        FACTORIALS[0] = 1.0;
        for (int i = 1; i < FACTORIALS.length; i++) {
            FACTORIALS[i] = FACTORIALS[i - 1] * i; // exact: 22! fits in a double's 53 bits
        }
    }

    /** The rational function of the approximation at x > 0; its polynomials are summed from the small end for small x. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = NUMERATOR.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + NUMERATOR[i];
                den = den * x + DENOMINATOR[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + NUMERATOR[i];
                den = den / x + DENOMINATOR[i];
            }
        }
        return num / den;
    }

    /** sin(πx), exact at the multiples of 1/2: the argument is reduced to [-1/4, 1/4] around one of them first. */
    static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y)); // 1 - y is exact
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            case 4 -> Math.sin(Math.PI * (y - 2.0));
            default -> throw new IllegalStateException();
        };
        return Math.copySign(1.0, x) * r;
    }

    /** Γ(x) for finite x that is not a non-positive integer (the caller raises for those). */
    static double gamma(double x) {
        if (x == Math.floor(x) && x > 0 && x <= FACTORIALS.length) {
            return FACTORIALS[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            return x < 0.0 ? 0.0 / sinPi(x) : Double.POSITIVE_INFINITY; // underflows to ±0 or overflows
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double q;
        double z;
        // z: the rounding error of y, scaled as the correction it makes to the result
        if (absx > LANCZOS_G_MINUS_HALF) {
            q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinPi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtPow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtPow;
                r /= sqrtPow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtPow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtPow;
                r *= sqrtPow;
            }
        }
        return r;
    }

    /** log|Γ(x)| for finite x that is not a non-positive integer. */
    static double lgamma(double x) {
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -MathLogarithms.lnOfDouble(absx);
        }
        double r = MathLogarithms.lnOfDouble(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (MathLogarithms.lnOfDouble(absx + LANCZOS_G - 0.5) - 1.0);
        if (x < 0.0) {
            r = LOG_PI - MathLogarithms.lnOfDouble(Math.abs(sinPi(absx))) - MathLogarithms.lnOfDouble(absx) - r;
        }
        return r;
    }
}
