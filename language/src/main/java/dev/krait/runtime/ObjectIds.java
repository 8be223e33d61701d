package dev.krait.runtime;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PythonObject;

/**
 * {@code id(obj)}: unique among the objects alive at one time and constant over an object's life, as CPython's
 * addresses are. Heap objects are numbered when first asked (address-like numbers, 16 apart). Ints, floats and strs
 * are compared by value by {@code is} here (Java boxes them afresh), so their ids come from their values, in ranges
 * above every address-like id: equal values have one id, different ones never share it (a str's id is a 64-bit
 * digest of its text). Small ints, bools and the other Java-side objects get address-like ids too.
 */
public final class ObjectIds {
    private ObjectIds() {
    }

    private static final long SMALL_INT_BASE = 0x7f0000100000L;
    private static final long FALSE_ID = 0x7f0000080000L;
    private static final long TRUE_ID = 0x7f0000080020L;
    /** Numbered objects start above the fixed ids. */
    private static final long OBJECT_BASE = 0x7f0100000000L;
    private static final AtomicLong NEXT = new AtomicLong();

    /** Objects that are not PythonObjects (a big int, a code object, a cell…): numbered too, held weakly. */
    private static final Map<Object, Long> OTHER_IDS = Collections.synchronizedMap(new WeakHashMap<>());

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger INT_RANGE = TWO_64.shiftLeft(2);
    private static final BigInteger FLOAT_RANGE = TWO_64.multiply(BigInteger.valueOf(6));
    private static final BigInteger STR_RANGE = TWO_64.shiftLeft(3);

    @TruffleBoundary
    public static Object id(Object obj) {
        if (obj instanceof PythonObject object) {
            return objectId(object);
        }
        if (obj instanceof Long l) {
            if (l >= -5 && l <= 256) {
                return SMALL_INT_BASE + l * 32;
            }
            return PInt.normalize(INT_RANGE.add(unsigned(l ^ Long.MIN_VALUE)));
        }
        if (obj instanceof Boolean b) {
            return b ? TRUE_ID : FALSE_ID;
        }
        if (obj instanceof Double d) {
            return PInt.normalize(FLOAT_RANGE.add(unsigned(Double.doubleToLongBits(d))));
        }
        if (obj instanceof String s) {
            return PInt.normalize(STR_RANGE.add(unsigned(digest(s))));
        }
        return OTHER_IDS.computeIfAbsent(obj, k -> nextId());
    }

    /** The address-like id of an object (what default reprs show). */
    @TruffleBoundary
    public static long address(Object obj) {
        Object id = id(obj);
        return id instanceof Long l ? l : OTHER_IDS.computeIfAbsent(obj, k -> nextId());
    }

    private static long objectId(PythonObject object) {
        long id = object.getObjectId();
        if (id == 0) {
            id = nextId();
            object.setObjectId(id);
        }
        return id;
    }

    private static long nextId() {
        return OBJECT_BASE + NEXT.incrementAndGet() * 16;
    }

    private static BigInteger unsigned(long value) {
        BigInteger result = BigInteger.valueOf(value);
        return value < 0 ? result.add(TWO_64) : result;
    }

    /** A 64-bit FNV-1a digest of the text and its length: distinct texts practically never share one. */
    private static long digest(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= s.length();
        h *= 0x9e3779b97f4a7c15L;
        return h ^ (h >>> 29);
    }
}
