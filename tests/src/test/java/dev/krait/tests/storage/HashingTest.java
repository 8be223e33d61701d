package dev.krait.tests.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.storage.Hashing;

/** Numeric hashes equal CPython 3.12's (the values below were printed by it), and equality crosses numeric types. */
class HashingTest {
    private static Object bigInt(String digits) {
        return PInt.normalize(new BigInteger(digits));
    }

    @Test
    void intHashesMatchCPython() {
        assertEquals(0, Hashing.numericHash(0L));
        assertEquals(-2, Hashing.numericHash(-1L));
        assertEquals(-2, Hashing.numericHash(-2L));
        assertEquals(12345, Hashing.numericHash(12345L));
        assertEquals(0, Hashing.numericHash(2305843009213693951L)); // 2**61-1
        assertEquals(2305843009213693950L, Hashing.numericHash(2305843009213693950L));
        assertEquals(1, Hashing.numericHash(2305843009213693952L)); // 2**61
        assertEquals(-2, Hashing.numericHash(-2305843009213693952L)); // -2**61 reduces to -1
        assertEquals(0, Hashing.numericHash(-2305843009213693951L));
        assertEquals(-4, Hashing.numericHash(Long.MIN_VALUE));
        assertEquals(3, Hashing.numericHash(Long.MAX_VALUE));
    }

    @Test
    void bigIntHashesMatchCPython() {
        assertEquals(4, Hashing.numericHash(bigInt("9223372036854775808")));
        assertEquals(549755813888L, Hashing.numericHash(bigInt("1267650600228229401496703205376")));
        assertEquals(-549755813888L, Hashing.numericHash(bigInt("-1267650600228229401496703205376")));
        assertEquals(465258685558744706L, Hashing.numericHash(bigInt("1000000000000000000000000000000")));
    }

    @Test
    void floatHashesMatchCPython() {
        assertEquals(1152921504606846976L, Hashing.numericHash(0.5));
        assertEquals(1152921504606846977L, Hashing.numericHash(1.5));
        assertEquals(-1152921504606846977L, Hashing.numericHash(-1.5));
        assertEquals(1224995262755759164L, Hashing.numericHash(1e300));
        assertEquals(482449582752280463L, Hashing.numericHash(1e-300));
        assertEquals(326484311674566659L, Hashing.numericHash(3.14159));
        assertEquals(314159, Hashing.numericHash(Double.POSITIVE_INFINITY));
        assertEquals(-314159, Hashing.numericHash(Double.NEGATIVE_INFINITY));
        assertEquals(16777216, Hashing.numericHash(Double.MIN_VALUE)); // 5e-324
        assertEquals(288230376275168533L, Hashing.numericHash(123456789.125));
        assertEquals(0, Hashing.numericHash(-0.0));
        assertEquals(524288, Hashing.numericHash(Math.pow(2, 80)));
        assertEquals(-2, Hashing.numericHash(-1.0));
    }

    @Test
    void equalNumbersHashAlike() {
        assertEquals(Hashing.numericHash((Object) 1L), Hashing.numericHash((Object) 1.0));
        assertEquals(Hashing.numericHash((Object) 1L), Hashing.numericHash((Object) Boolean.TRUE));
        assertEquals(Hashing.numericHash((Object) 0L), Hashing.numericHash((Object) Boolean.FALSE));
        assertEquals(Hashing.numericHash(bigInt("1267650600228229401496703205376")), Hashing.numericHash(Math.pow(2, 100)));
        assertEquals(Hashing.numericHash(Long.MIN_VALUE), Hashing.numericHash(-Math.pow(2, 63)));
        for (long n = -2000; n <= 2000; n += 7) {
            assertEquals(Hashing.numericHash(n), Hashing.numericHash((double) n));
            assertEquals(Hashing.numericHash(n), Hashing.numericHash(BigInteger.valueOf(n)));
        }
    }

    @Test
    void nanHashesByIdentity() {
        Double nan = Double.NaN;
        assertEquals(Hashing.floatHash(nan), Hashing.floatHash(nan));
        assertNotEquals(-1, Hashing.floatHash(nan));
    }

    @Test
    void stringHashIsDeterministicAndNeverMinusOne() {
        assertEquals(Hashing.stringHash("spam"), Hashing.stringHash(new String("spam")));
        assertNotEquals(Hashing.stringHash("spam"), Hashing.stringHash("eggs"));
        for (int i = 0; i < 10000; i++) {
            assertNotEquals(-1, Hashing.stringHash("k" + i));
        }
    }

    @Test
    void builtinEqualityFollowsPython() {
        assertTrue(Hashing.builtinEqual(1L, 1.0));
        assertTrue(Hashing.builtinEqual(1.0, Boolean.TRUE));
        assertTrue(Hashing.builtinEqual(Boolean.FALSE, 0L));
        assertTrue(Hashing.builtinEqual(bigInt("1267650600228229401496703205376"), Math.pow(2, 100)));
        assertTrue(Hashing.builtinEqual(Long.MIN_VALUE, -Math.pow(2, 63)));
        assertFalse(Hashing.builtinEqual(Long.MAX_VALUE, Math.pow(2, 63))); // 2**63-1 != 2.0**63
        assertFalse(Hashing.builtinEqual(9007199254740993L, 9007199254740992.0)); // 2**53+1 vs 2.0**53
        assertFalse(Hashing.builtinEqual(bigInt("1267650600228229401496703205377"), Math.pow(2, 100)));
        assertFalse(Hashing.builtinEqual(1L, 1.5));
        assertFalse(Hashing.builtinEqual("1", 1L));
        assertFalse(Hashing.builtinEqual(Double.NaN, Double.NaN));
        assertTrue(Hashing.builtinEqual("a", new String("a")));
    }
}
