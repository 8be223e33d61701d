package dev.krait.runtime.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A Python int that does not fit in a Java {@code long}. Ints that fit are always carried as {@code long}: every
 * operation that makes a big integer passes its result through {@link #normalize}, so a {@code PInt} never holds a
 * value in long range.
 */
public final class PInt implements TruffleObject {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigInteger value;

    private PInt(BigInteger value) {
        this.value = value;
    }

    public BigInteger value() {
        return value;
    }

    /** The Python int for {@code value}: a {@code Long} when it fits, a {@code PInt} otherwise. */
    @TruffleBoundary
    public static Object normalize(BigInteger value) {
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return new PInt(value);
    }

    @TruffleBoundary
    public static BigInteger toBigInteger(Object pythonInt) {
        if (pythonInt instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (pythonInt instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((PInt) pythonInt).value;
    }

    static boolean fitsInLong(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return value.toString();
    }
}
