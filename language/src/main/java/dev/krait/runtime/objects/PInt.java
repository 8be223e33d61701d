package dev.krait.runtime.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.krait.KraitLanguage;
import dev.krait.runtime.KraitContext;

/**
 * A Python int that does not fit in a Java {@code long}. Ints that fit are always carried as {@code long}: every
 * operation that makes a big integer passes its result through {@link #normalize}, so a {@code PInt} never holds a
 * value in long range.
 *
 * <p>To other languages a number that fits only in a {@link BigInteger}.
 */
@ExportLibrary(InteropLibrary.class)
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

    @ExportMessage.Ignore
    static boolean fitsInLong(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return value.toString();
    }

    // ---- interop: a number beyond long range ----

    @ExportMessage
    boolean isNumber() {
        return true;
    }

    @ExportMessage(name = "fitsInByte")
    @ExportMessage(name = "fitsInShort")
    @ExportMessage(name = "fitsInInt")
    @ExportMessage(name = "fitsInLong")
    @ExportMessage(name = "fitsInFloat")
    @ExportMessage(name = "fitsInDouble")
    boolean fitsInSmallerType() {
        return false;
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    float asFloat() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    /** Doubles hold ints beyond long range only approximately, so this is refused like the exact kinds. */
    @ExportMessage
    double asDouble() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return true;
    }

    @ExportMessage
    BigInteger asBigInteger() {
        return value;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return KraitLanguage.class;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return KraitContext.get(null).classes().intClass;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return value.toString();
    }
}
