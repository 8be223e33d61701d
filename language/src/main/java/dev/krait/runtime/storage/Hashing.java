package dev.krait.runtime.storage;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.objects.PInt;

/**
 * Hash and equality of the key types the storages handle without calling back into Python: {@code str}
 * ({@code String}), {@code int} ({@code Long}, {@code PInt}), {@code bool} ({@code Boolean}) and {@code float}
 * ({@code Double}).
 *
 * <p>Numeric hashes follow CPython exactly, because set iteration order is derived from them: a number's hash is its
 * value reduced modulo the Mersenne prime 2**61-1 (with the sign kept, and -1 mapped to -2), so equal numbers of
 * different types hash alike. A float {@code m * 2**e} reduces to {@code m * 2**(e mod 61)} because 2**61 is 1 modulo
 * that prime. String hashes are deterministic (CPython randomizes them per process, so no order is promised).
 */
public final class Hashing {
    /** The modulus of numeric hashes: the Mersenne prime 2**61-1. */
    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INF_HASH = 314159;
    private static final double TWO_63 = 9223372036854775808.0;

    private Hashing() {
    }

    /** Whether the storages hash and compare {@code key} themselves, without the {@link KeyProtocol}. */
    public static boolean isBuiltinKey(Object key) {
        return key instanceof String || key instanceof Long || key instanceof Double || key instanceof Boolean ||
                        key instanceof PInt;
    }

    /** Python's {@code hash(key)}: directly for builtin keys, through {@code protocol} for everything else. */
    public static long hash(Object key, KeyProtocol protocol) {
        if (key instanceof String s) {
            return stringHash(s);
        }
        if (key instanceof Long l) {
            return numericHash(l.longValue());
        }
        if (key instanceof Double d) {
            return floatHash(d);
        }
        if (key instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (key instanceof PInt p) {
            return numericHash(p.value());
        }
        return protocol.hash(key);
    }

    /** The hash of a builtin numeric key ({@code Long}, {@code PInt}, {@code Double}, {@code Boolean}). */
    public static long numericHash(Object number) {
        if (number instanceof Long l) {
            return numericHash(l.longValue());
        }
        if (number instanceof Double d) {
            return floatHash(d);
        }
        if (number instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return numericHash(((PInt) number).value());
    }

    /** {@code hash(n)} for an int in long range. */
    public static long numericHash(long n) {
        long magnitude = n < 0 ? -n : n; // Long.MIN_VALUE stays itself: read it as unsigned 2**63
        long reduced = Long.remainderUnsigned(magnitude, MODULUS);
        return finish(n < 0 ? -reduced : reduced);
    }

    /** {@code hash(n)} for any int. */
    @TruffleBoundary
    public static long numericHash(BigInteger n) {
        long reduced = n.abs().mod(BIG_MODULUS).longValue();
        return finish(n.signum() < 0 ? -reduced : reduced);
    }

    /**
     * {@code hash(x)} for a float that is not NaN. CPython hashes a NaN by the identity of the float object; use
     * {@link #floatHash(Double)} with the boxed value for that.
     */
    public static long numericHash(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? INF_HASH : -INF_HASH;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biasedExponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biasedExponent == 0) {
            exponent = -1074; // subnormal: mantissa * 2**-1074
        } else {
            mantissa |= 1L << 52;
            exponent = biasedExponent - 1075;
        }
        if (mantissa == 0) {
            return 0;
        }
        long reduced = rotateLeft61(mantissa, Math.floorMod(exponent, 61));
        if (reduced == MODULUS) {
            reduced = 0;
        }
        return finish(bits < 0 ? -reduced : reduced);
    }

    /** {@code hash(x)} for a float object: NaNs hash by identity, as in CPython 3.10+. */
    public static long floatHash(Double x) {
        double v = x;
        if (Double.isNaN(v)) {
            return identityHash(x);
        }
        return numericHash(v);
    }

    /** CPython's pointer hash idea applied to Java identity: stable for the object's lifetime, never -1. */
    @TruffleBoundary
    public static long identityHash(Object o) {
        return System.identityHashCode(o);
    }

    /**
     * A deterministic 64-bit hash of a string: Java's hash code, which the string caches (as CPython caches str
     * hashes), spread over 64 bits by a murmur-style finalizer; never -1.
     */
    @TruffleBoundary
    public static long stringHash(String s) {
        long h = s.hashCode();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == -1 ? -2 : h;
    }

    /** Multiplication by 2**k modulo 2**61-1 is a rotation of the low 61 bits. */
    private static long rotateLeft61(long value, int k) {
        if (k == 0) {
            return value;
        }
        return ((value << k) & MODULUS) | (value >>> (61 - k));
    }

    private static long finish(long h) {
        return h == -1 ? -2 : h;
    }

    /**
     * Python {@code stored == lookedUp} for keys with equal hashes: identity first, then directly for two builtin
     * keys, otherwise through {@code protocol}.
     */
    public static boolean equal(Object stored, Object lookedUp, KeyProtocol protocol) {
        if (stored == lookedUp) {
            return true;
        }
        if (isBuiltinKey(stored) && isBuiltinKey(lookedUp)) {
            return builtinEqual(stored, lookedUp);
        }
        return protocol.equal(stored, lookedUp);
    }

    /** Python {@code ==} between two builtin keys (strings never equal numbers; numbers compare exactly). */
    public static boolean builtinEqual(Object a, Object b) {
        if (a instanceof String sa) {
            return b instanceof String sb && sa.equals(sb);
        }
        if (b instanceof String) {
            return false;
        }
        return numericEqual(a, b);
    }

    /** Exact equality of two Python numbers among Long, PInt, Double and Boolean. */
    public static boolean numericEqual(Object a, Object b) {
        if (a instanceof Double da) {
            return b instanceof Double db ? da.doubleValue() == db.doubleValue() : floatEqualsInt(da, b);
        }
        if (b instanceof Double db) {
            return floatEqualsInt(db, a);
        }
        if (a instanceof PInt pa) {
            return b instanceof PInt pb && pa.value().equals(pb.value());
        }
        if (b instanceof PInt) {
            return false; // a PInt is never in long range
        }
        return asLong(a) == asLong(b);
    }

    private static long asLong(Object smallInt) {
        if (smallInt instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return (Long) smallInt;
    }

    private static boolean floatEqualsInt(double d, Object integer) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
            return false;
        }
        if (integer instanceof PInt p) {
            return bigEqualsIntegralDouble(p.value(), d);
        }
        if (d >= TWO_63 || d < -TWO_63) {
            return false;
        }
        return (long) d == asLong(integer);
    }

    @TruffleBoundary
    private static boolean bigEqualsIntegralDouble(BigInteger n, double d) {
        return new BigDecimal(d).toBigIntegerExact().equals(n);
    }
}
