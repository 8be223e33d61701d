package dev.krait.runtime.numbers;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PInt;

/**
 * Python int arithmetic. Each operation comes as a {@code long} fast path that overflows exactly into a
 * {@link PInt}, and as a {@link BigInteger} path whose result is normalized back to a {@code Long} when it fits.
 * The {@code Object} overloads accept any Python int ({@code Long}, {@code Boolean}, {@code PInt}) and return a
 * Python int (or a {@code Double} where Python's result is a float).
 */
public final class IntOps {
    private IntOps() {
    }

    /** CPython's modulus for numeric hashes: the Mersenne prime 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    /** CPython's default for {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final long TWO_53 = 1L << 53;

    // ---- conversions ----

    /** A Python int ({@code Long}, {@code Boolean} or {@code PInt}) as a BigInteger. */
    @TruffleBoundary
    public static BigInteger big(Object pythonInt) {
        return PInt.toBigInteger(pythonInt);
    }

    static boolean isSmall(Object o) {
        return o instanceof Long || o instanceof Boolean;
    }

    static long small(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return (Long) o;
    }

    /** {@code float(n)}: correctly rounded; "int too large to convert to float" past the double range. */
    @TruffleBoundary
    public static double toDouble(BigInteger n) {
        double d = n.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    public static double toDouble(Object pythonInt) {
        if (isSmall(pythonInt)) {
            return small(pythonInt);
        }
        return toDouble(big(pythonInt));
    }

    // ---- add, sub, mul, neg, abs ----

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return addBig(a, b);
        }
        return r;
    }

    @TruffleBoundary
    private static Object addBig(long a, long b) {
        return PInt.normalize(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
    }

    @TruffleBoundary
    public static Object add(BigInteger a, BigInteger b) {
        return PInt.normalize(a.add(b));
    }

    public static Object add(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return add(small(a), small(b));
        }
        return add(big(a), big(b));
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return subBig(a, b);
        }
        return r;
    }

    @TruffleBoundary
    private static Object subBig(long a, long b) {
        return PInt.normalize(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
    }

    @TruffleBoundary
    public static Object sub(BigInteger a, BigInteger b) {
        return PInt.normalize(a.subtract(b));
    }

    public static Object sub(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return sub(small(a), small(b));
        }
        return sub(big(a), big(b));
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return mulBig(a, b);
    }

    @TruffleBoundary
    private static Object mulBig(long a, long b) {
        return PInt.normalize(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }

    @TruffleBoundary
    public static Object mul(BigInteger a, BigInteger b) {
        return PInt.normalize(a.multiply(b));
    }

    public static Object mul(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return mul(small(a), small(b));
        }
        return mul(big(a), big(b));
    }

    public static Object neg(long a) {
        if (a == Long.MIN_VALUE) {
            return negBig(BigInteger.valueOf(a));
        }
        return -a;
    }

    @TruffleBoundary
    private static Object negBig(BigInteger a) {
        return PInt.normalize(a.negate());
    }

    public static Object neg(Object a) {
        if (isSmall(a)) {
            return neg(small(a));
        }
        return negBig(big(a));
    }

    public static Object abs(Object a) {
        if (isSmall(a)) {
            long v = small(a);
            return v < 0 ? neg(v) : (Object) v;
        }
        return absBig(big(a));
    }

    @TruffleBoundary
    private static Object absBig(BigInteger a) {
        return PInt.normalize(a.abs());
    }

    // ---- division ----

    /** {@code a // b}, rounding toward negative infinity. */
    public static Object floorDiv(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return negBig(BigInteger.valueOf(a));
        }
        return Math.floorDiv(a, b);
    }

    @TruffleBoundary
    public static Object floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        return PInt.normalize(floorDivBig(a, b));
    }

    public static Object floorDiv(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return floorDiv(small(a), small(b));
        }
        return floorDiv(big(a), big(b));
    }

    private static BigInteger floorDivBig(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** {@code a % b}: the result has the sign of the divisor. */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    @TruffleBoundary
    public static Object mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        return PInt.normalize(modBig(a, b));
    }

    public static Object mod(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return mod(small(a), small(b));
        }
        return mod(big(a), big(b));
    }

    private static BigInteger modBig(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return r;
    }

    /** {@code divmod(a, b)} as a two-element array {quotient, remainder} of Python ints. */
    public static Object[] divmod(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        return new Object[]{floorDiv(a, b), Math.floorMod(a, b)};
    }

    @TruffleBoundary
    public static Object[] divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        return new Object[]{PInt.normalize(floorDivBig(a, b)), PInt.normalize(modBig(a, b))};
    }

    public static Object[] divmod(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return divmod(small(a), small(b));
        }
        return divmod(big(a), big(b));
    }

    /** {@code a / b}, correctly rounded. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        if (Math.abs(a) <= TWO_53 && Math.abs(b) <= TWO_53 && a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
            return (double) a / (double) b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    public static double trueDivide(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return trueDivide(small(a), small(b));
        }
        return trueDivide(big(a), big(b));
    }

    /**
     * {@code a / b} for any ints, correctly rounded (round-half-even) including subnormal results: the quotient is
     * computed with two guard bits and a sticky bit, then rounded once at the precision the result's exponent allows.
     */
    @TruffleBoundary
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger na = a.abs();
        BigInteger nb = b.abs();
        if (na.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (na.bitLength() <= 53 && nb.bitLength() <= 53) {
            double r = na.doubleValue() / nb.doubleValue();
            return negative ? -r : r;
        }
        int diff = na.bitLength() - nb.bitLength();
        if (diff > 1025) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        if (diff < -1080) {
            return negative ? -0.0 : 0.0;
        }
        int shift = 55 - diff;
        BigInteger num = shift >= 0 ? na.shiftLeft(shift) : na;
        BigInteger den = shift >= 0 ? nb : nb.shiftLeft(-shift);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int qbits = q.bitLength();
        // value = q * 2^-shift (plus the sticky fraction); the result's lowest kept bit weighs 2^lsbExp
        int lsbExp = Math.max(qbits - 1 - shift - 52, -1074);
        int drop = lsbExp + shift;
        BigInteger m = q.shiftRight(drop);
        BigInteger rest = q.subtract(m.shiftLeft(drop));
        BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
        int cmp = rest.compareTo(half);
        if (cmp > 0 || (cmp == 0 && (sticky || m.testBit(0)))) {
            m = m.add(BigInteger.ONE);
        }
        double r = Math.scalb(m.doubleValue(), lsbExp);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    // ---- power ----

    /** {@code a ** b}: a Python int for {@code b >= 0}, a {@code Double} for a negative exponent. */
    public static Object pow(long a, long b) {
        if (b < 0) {
            return FloatOps.pow((double) a, (double) b);
        }
        long result = 1;
        long base = a;
        long e = b;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, base);
                long lo = result * base;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                    return pow(BigInteger.valueOf(a), BigInteger.valueOf(b));
                }
                result = lo;
            }
            e >>= 1;
            if (e == 0) {
                return result;
            }
            long hi = Math.multiplyHigh(base, base);
            long lo = base * base;
            if (hi != 0 || lo < 0) {
                return pow(BigInteger.valueOf(a), BigInteger.valueOf(b));
            }
            base = lo;
        }
    }

    @TruffleBoundary
    public static Object pow(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            return FloatOps.pow(toDouble(a), toDouble(b));
        }
        if (a.signum() == 0) {
            return b.signum() == 0 ? 1L : 0L;
        }
        if (a.equals(BigInteger.ONE)) {
            return 1L;
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return b.testBit(0) ? -1L : 1L;
        }
        if (b.bitLength() > 31 || (long) b.intValue() * a.bitLength() > Integer.MAX_VALUE) {
            throw Errors.memoryError("");
        }
        return PInt.normalize(a.pow(b.intValue()));
    }

    public static Object pow(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return pow(small(a), small(b));
        }
        return pow(big(a), big(b));
    }

    /** Three-argument {@code pow(a, b, m)}; a negative exponent uses the modular inverse of {@code a}. */
    @TruffleBoundary
    public static Object powMod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = m.abs();
        if (am.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger base = a.mod(am);
        BigInteger exp = b;
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.modPow(exp, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PInt.normalize(r);
    }

    public static Object powMod(Object a, Object b, Object m) {
        return powMod(big(a), big(b), big(m));
    }

    // ---- shifts and bitwise operations (two's complement of infinite width) ----

    public static Object lshift(long a, long n) {
        if (n < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a == 0) {
            return 0L;
        }
        if (n < 63) {
            long r = a << n;
            if (r >> n == a) {
                return r;
            }
        }
        return lshift(BigInteger.valueOf(a), BigInteger.valueOf(n));
    }

    @TruffleBoundary
    public static Object lshift(BigInteger a, BigInteger n) {
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return 0L;
        }
        if (n.bitLength() > 63) {
            throw Errors.overflowError("too many digits in integer");
        }
        if (n.bitLength() > 31 || n.intValue() > Integer.MAX_VALUE - a.bitLength() - 1) {
            throw Errors.memoryError("");
        }
        return PInt.normalize(a.shiftLeft(n.intValue()));
    }

    public static Object lshift(Object a, Object n) {
        if (isSmall(a) && isSmall(n)) {
            return lshift(small(a), small(n));
        }
        return lshift(big(a), big(n));
    }

    public static long rshift(long a, long n) {
        if (n < 0) {
            throw Errors.valueError("negative shift count");
        }
        return a >> Math.min(n, 63);
    }

    @TruffleBoundary
    public static Object rshift(BigInteger a, BigInteger n) {
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (n.bitLength() > 31) {
            return a.signum() < 0 ? -1L : 0L;
        }
        return PInt.normalize(a.shiftRight(n.intValue()));
    }

    public static Object rshift(Object a, Object n) {
        if (isSmall(a) && isSmall(n)) {
            return rshift(small(a), small(n));
        }
        return rshift(big(a), big(n));
    }

    @TruffleBoundary
    public static Object and(BigInteger a, BigInteger b) {
        return PInt.normalize(a.and(b));
    }

    @TruffleBoundary
    public static Object or(BigInteger a, BigInteger b) {
        return PInt.normalize(a.or(b));
    }

    @TruffleBoundary
    public static Object xor(BigInteger a, BigInteger b) {
        return PInt.normalize(a.xor(b));
    }

    public static Object and(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return small(a) & small(b);
        }
        return and(big(a), big(b));
    }

    public static Object or(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return small(a) | small(b);
        }
        return or(big(a), big(b));
    }

    public static Object xor(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return small(a) ^ small(b);
        }
        return xor(big(a), big(b));
    }

    /** {@code ~a}, which is {@code -a - 1}. */
    public static Object invert(Object a) {
        if (isSmall(a)) {
            return ~small(a);
        }
        return invertBig(big(a));
    }

    @TruffleBoundary
    private static Object invertBig(BigInteger a) {
        return PInt.normalize(a.not());
    }

    /** {@code int.bit_length()}: the bits of {@code abs(a)}. */
    public static long bitLength(long a) {
        if (a == Long.MIN_VALUE) {
            return 64;
        }
        return 64 - Long.numberOfLeadingZeros(Math.abs(a));
    }

    @TruffleBoundary
    public static long bitLength(BigInteger a) {
        return a.abs().bitLength();
    }

    public static long bitLength(Object a) {
        if (isSmall(a)) {
            return bitLength(small(a));
        }
        return bitLength(big(a));
    }

    /** {@code int.bit_count()}: the number of one bits in {@code abs(a)}. */
    public static long bitCount(Object a) {
        if (a instanceof Long l && l != Long.MIN_VALUE) {
            return Long.bitCount(Math.abs(l));
        }
        return bitCountBig(big(a));
    }

    @TruffleBoundary
    private static long bitCountBig(BigInteger a) {
        return a.abs().bitCount();
    }

    /** {@code round(a, ndigits)} for an int: unchanged for {@code ndigits >= 0}, else rounded half-to-even. */
    @TruffleBoundary
    public static Object round(Object a, long ndigits) {
        if (ndigits >= 0) {
            return a instanceof Boolean b ? (Object) (b ? 1L : 0L) : a;
        }
        BigInteger v = big(a);
        // 10**k exceeds |v| by more than a factor of two once k passes the digit count, so the result is 0
        if (-ndigits > (long) (v.abs().bitLength() * 0.30103) + 2) {
            return 0L;
        }
        BigInteger unit = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = v.divideAndRemainder(unit);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(unit);
        }
        int cmp = r.shiftLeft(1).compareTo(unit);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PInt.normalize(q.multiply(unit));
    }

    // ---- hashing ----

    /** {@code hash(n)}: the sign times {@code abs(n) mod (2**61 - 1)}, with -1 mapped to -2. */
    public static long hash(long a) {
        long h;
        if (a == Long.MIN_VALUE) {
            h = -Long.remainderUnsigned(a, HASH_MODULUS);
        } else {
            h = Math.abs(a) % HASH_MODULUS;
            if (a < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hash(BigInteger a) {
        long h = a.abs().mod(BIG_HASH_MODULUS).longValue();
        if (a.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(Object a) {
        if (isSmall(a)) {
            return hash(small(a));
        }
        return hash(big(a));
    }

    // ---- text ----

    /** {@code bin(a)}, {@code oct(a)}, {@code hex(a)}: the sign, then "0b"/"0o"/"0x", then the digits. */
    @TruffleBoundary
    public static String toPrefixedString(Object a, int radix) {
        String prefix = switch (radix) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> throw new IllegalArgumentException("radix " + radix);
        };
        BigInteger v = big(a);
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    public static String bin(Object a) {
        return toPrefixedString(a, 2);
    }

    public static String oct(Object a) {
        return toPrefixedString(a, 8);
    }

    public static String hex(Object a) {
        return toPrefixedString(a, 16);
    }

    /**
     * {@code str(a)}. {@code maxStrDigits} is the context's {@code sys.get_int_max_str_digits()} (0 for no limit);
     * a longer decimal string raises CPython's ValueError.
     */
    @TruffleBoundary
    public static String toDecimalString(Object a, int maxStrDigits) {
        if (isSmall(a)) {
            return Long.toString(small(a));
        }
        BigInteger v = big(a);
        checkDecimalDigits(v, maxStrDigits);
        return v.toString();
    }

    /**
     * Raises CPython's ValueError when {@code v} has more than {@code maxStrDigits} decimal digits (0: no limit); every
     * int-to-decimal-text conversion (str, repr, format with 'd' or 'n', %d) checks this.
     */
    @TruffleBoundary
    public static void checkDecimalDigits(BigInteger v, int maxStrDigits) {
        if (maxStrDigits > 0 && exceedsDigitLimit(v, maxStrDigits)) {
            throw Errors.valueError("Exceeds the limit (" + maxStrDigits +
                            " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    public static String toDecimalString(Object a) {
        if (isSmall(a) || big(a).bitLength() < MIN_LIMIT_BITS) {
            return toDecimalString(a, 0);
        }
        return toDecimalString(a, maxStrDigits());
    }

    /** The smallest limit sys.set_int_max_str_digits accepts (besides 0), in digits and as a safe bit count below it. */
    public static final int MIN_MAX_STR_DIGITS = 640;
    private static final int MIN_LIMIT_BITS = 2000;

    /** The running context's limit ({@code sys.set_int_max_str_digits}); 0 means none. */
    public static int maxStrDigits() {
        return dev.krait.runtime.KraitContext.get(null).getIntMaxStrDigits();
    }

    /** Whether {@code |v|} has more than {@code limit} decimal digits. */
    static boolean exceedsDigitLimit(BigInteger v, int limit) {
        // a number of b bits has at least floor((b-1)·log10(2)) + 1 digits and at most ceil(b·log10(2))
        int bits = v.abs().bitLength();
        double log2of10 = 3.321928094887362;
        if ((long) Math.ceil(bits / log2of10) <= limit) {
            return false;
        }
        if ((long) ((bits - 1) / log2of10) + 1 > limit + 1) {
            return true;
        }
        return v.abs().compareTo(BigInteger.TEN.pow(limit)) >= 0;
    }
}
