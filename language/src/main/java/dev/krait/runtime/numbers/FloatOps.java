package dev.krait.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PInt;

/** Python float semantics on {@code double} where they differ from Java's operators. */
public final class FloatOps {
    private FloatOps() {
    }

    /** {@code hash(inf)}; {@code hash(-inf)} is its negation. */
    public static final long HASH_INF = 314159;

    // ---- division ----

    public static double trueDivide(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b}: the result has the sign of the divisor (a zero result too). */
    public static double mod(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("float modulo");
        }
        return modNonZero(a, b);
    }

    private static double modNonZero(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** {@code a // b}: the floor of the exact quotient, computed as CPython does from fmod. */
    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("float floor division by zero");
        }
        return floorDivNonZero(a, b);
    }

    private static double floorDivNonZero(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && (b < 0) != (m < 0)) {
            div -= 1.0;
        }
        if (div != 0) {
            double floored = Math.floor(div);
            if (div - floored > 0.5) {
                floored += 1.0;
            }
            return floored;
        }
        return Math.copySign(0.0, a / b);
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("float divmod()");
        }
        return new double[]{floorDivNonZero(a, b), modNonZero(a, b)};
    }

    // ---- power ----

    /**
     * {@code a ** b} for floats. Returns {@code null} when Python's result is a complex number (a negative finite base
     * with a non-integral exponent): the caller then computes the power in complex arithmetic. Overflow raises
     * OverflowError whose CPython args are {@code (34, 'Numerical result out of range')}; here the message is that
     * tuple's str.
     */
    public static Double pow(double a, double b) {
        if (b == 0) {
            return 1.0;
        }
        if (Double.isNaN(a)) {
            return a;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : b;
        }
        if (Double.isInfinite(b)) {
            double abs = Math.abs(a);
            if (abs == 1.0) {
                return 1.0;
            }
            return (b > 0) == (abs > 1) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean bIsOddInteger = isOddInteger(b);
        if (Double.isInfinite(a)) {
            if (b > 0) {
                return bIsOddInteger ? a : Math.abs(a);
            }
            return bIsOddInteger ? Math.copySign(0.0, a) : 0.0;
        }
        if (a == 0) {
            if (b < 0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return bIsOddInteger ? a : 0.0;
        }
        boolean negate = false;
        if (a < 0) {
            if (b != Math.floor(b)) {
                return null;
            }
            a = -a;
            negate = bIsOddInteger;
        }
        if (a == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double b) {
        return b == Math.floor(b) && Math.abs(b) < 9007199254740992.0 && (((long) b) & 1) != 0;
    }

    // ---- hashing ----

    /**
     * {@code hash(x)}: equal to the int hash for integral values ({@code x mod (2**61 - 1)} computed exactly), 314159
     * for inf and -314159 for -inf. For nan CPython 3.12 hashes the object's identity, which this function cannot see:
     * it returns 0 and the caller substitutes the identity hash of the float object.
     */
    @TruffleBoundary
    public static long hash(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? HASH_INF : -HASH_INF;
        }
        if (x == 0) {
            return 0;
        }
        // |x| = m * 2^e exactly, with m a 53-bit integer
        double ax = Math.abs(x);
        int exp = Math.getExponent(ax);
        long m;
        int e;
        if (exp < Double.MIN_EXPONENT) {
            m = Double.doubleToRawLongBits(ax) & 0xFFFFFFFFFFFFFL;
            e = -1074;
        } else {
            m = (Double.doubleToRawLongBits(ax) & 0xFFFFFFFFFFFFFL) | (1L << 52);
            e = exp - 52;
        }
        long p = IntOps.HASH_MODULUS;
        // 2^61 ≡ 1 (mod p), so 2^e ≡ 2^(e mod 61)
        int shift = Math.floorMod(e, 61);
        long h = mulMod(m % p, pow2Mod(shift), p);
        if (x < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    private static long pow2Mod(int k) {
        return (1L << k) % IntOps.HASH_MODULUS;
    }

    private static long mulMod(long a, long b, long p) {
        return Math.unsignedMultiplyHigh(a, b) == 0 && (a * b) >= 0
                        ? (a * b) % p
                        : BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(BigInteger.valueOf(p)).longValue();
    }

    // ---- conversion to int ----

    /** {@code int(x)}: truncation toward zero, as a {@code Long} or {@code PInt}. */
    public static Object toInt(double x) {
        if (x > -9.223372036854775808E18 && x < 9.223372036854775808E18) {
            return (long) x;
        }
        return toIntBig(x);
    }

    @TruffleBoundary
    private static Object toIntBig(double x) {
        checkConvertible(x);
        return PInt.normalize(new BigDecimal(x).toBigInteger());
    }

    private static void checkConvertible(double x) {
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
    }

    /** {@code math.floor(x)} and {@code math.ceil(x)} as Python ints. */
    public static Object floorToInt(double x) {
        checkConvertible(x);
        return toInt(Math.floor(x));
    }

    public static Object ceilToInt(double x) {
        checkConvertible(x);
        return toInt(Math.ceil(x));
    }

    // ---- rounding ----

    /** {@code round(x)}: the nearest int, ties to even. */
    public static Object round(double x) {
        checkConvertible(x);
        return toInt(Math.rint(x));
    }

    /** {@code round(x, ndigits)}: {@code x} rounded half-to-even at its exact decimal value. */
    @TruffleBoundary
    public static double round(double x, long ndigits) {
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = rounded.doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    // ---- float methods ----

    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && x == Math.floor(x);
    }

    /** {@code float.as_integer_ratio()}: {numerator, denominator} in lowest terms, denominator a power of two. */
    @TruffleBoundary
    public static Object[] asIntegerRatio(double x) {
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (x == 0) {
            return new Object[]{0L, 1L};
        }
        long bits = Double.doubleToRawLongBits(Math.abs(x));
        int biased = (int) (bits >>> 52);
        long m = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -m : m);
        if (e >= 0) {
            return new Object[]{PInt.normalize(num.shiftLeft(e)), 1L};
        }
        return new Object[]{PInt.normalize(num), PInt.normalize(BigInteger.ONE.shiftLeft(-e))};
    }

    /** {@code float.hex()}: "0x1.8000000000000p+0", "-0x0.0p+0", "inf", "nan". */
    @TruffleBoundary
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        String lead;
        int e;
        if (biased == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = biased - 1023;
        }
        String digits = Long.toHexString(frac);
        StringBuilder sb = new StringBuilder(sign).append("0x").append(lead).append('.');
        sb.repeat('0', 13 - digits.length()).append(digits);
        sb.append('p').append(e < 0 ? '-' : '+').append(Math.abs(e));
        return sb.toString();
    }

    /** {@code float.fromhex(s)}, correctly rounded (ties to even). */
    @TruffleBoundary
    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        while (n > i && Character.isWhitespace(s.charAt(n - 1))) {
            n--;
        }
        String body = s.substring(i, n);
        boolean negative = false;
        int p = 0;
        if (p < body.length() && (body.charAt(p) == '+' || body.charAt(p) == '-')) {
            negative = body.charAt(p) == '-';
            p++;
        }
        String rest = body.substring(p).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        BigInteger mant = BigInteger.ZERO;
        int digits = 0;
        long exp = 0;
        int k = 0;
        boolean seenPoint = false;
        for (; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '.' && !seenPoint) {
                seenPoint = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') {
                break;
            }
            mant = mant.shiftLeft(4).add(BigInteger.valueOf(d));
            digits++;
            if (seenPoint) {
                exp -= 4;
            }
        }
        if (digits == 0) {
            throw invalidHex();
        }
        if (k < rest.length()) {
            if (rest.charAt(k) != 'p') {
                throw invalidHex();
            }
            String e = rest.substring(k + 1);
            if (!e.matches("[+-]?[0-9]+")) {
                throw invalidHex();
            }
            BigInteger be = new BigInteger(e.startsWith("+") ? e.substring(1) : e);
            if (mant.signum() != 0 && be.bitLength() > 40) {
                if (be.signum() > 0) {
                    throw Errors.overflowError("hexadecimal value too large to represent as a float");
                }
                return negative ? -0.0 : 0.0;
            }
            if (be.bitLength() <= 40) {
                exp += be.longValue();
            }
        }
        if (mant.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        long top = exp + mant.bitLength();
        if (top > 1025) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        if (top < -1080) {
            return negative ? -0.0 : 0.0;
        }
        double r;
        try {
            r = exp >= 0 ? IntOps.trueDivide(mant.shiftLeft((int) exp), BigInteger.ONE)
                            : IntOps.trueDivide(mant, BigInteger.ONE.shiftLeft((int) -exp));
        } catch (dev.krait.runtime.exceptions.PException overflow) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -r : r;
    }

    private static RuntimeException invalidHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }
}
