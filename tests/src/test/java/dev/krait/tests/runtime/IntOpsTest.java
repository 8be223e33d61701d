package dev.krait.tests.runtime;

import static dev.krait.tests.runtime.PythonAssertions.assertRaises;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PInt;

/** Python int semantics against CPython 3.12. */
@org.junit.jupiter.api.extension.ExtendWith(InKraitContext.class)
class IntOpsTest {
    private static BigInteger big(String s) {
        return new BigInteger(s);
    }

    private static BigInteger pow2(int n) {
        return BigInteger.ONE.shiftLeft(n);
    }

    private static String str(Object pythonInt) {
        return PInt.toBigInteger(pythonInt).toString();
    }

    @Test
    void longOverflowGoesToPInt() {
        assertEquals("9223372036854775808", str(IntOps.add(Long.MAX_VALUE, 1L)));
        assertInstanceOf(PInt.class, IntOps.add(Long.MAX_VALUE, 1L));
        assertEquals(-9223372036854775807L - 1, IntOps.sub(-9223372036854775807L, 1L));
        assertEquals("-9223372036854775809", str(IntOps.sub(Long.MIN_VALUE, 1L)));
        assertEquals("85070591730234615847396907784232501249", str(IntOps.mul(Long.MAX_VALUE, Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, IntOps.mul(1L << 62, -2L));
        assertEquals("9223372036854775808", str(IntOps.neg(Long.MIN_VALUE)));
        assertEquals(5L, IntOps.add((Object) true, (Object) 4L));
        assertInstanceOf(Long.class, IntOps.sub((Object) PInt.normalize(big("9223372036854775808")), (Object) 1L));
    }

    @Test
    void floorDivisionAndModulo() {
        assertArrayEquals(new Object[]{-4L, 1L}, IntOps.divmod(-7L, 2L));
        assertArrayEquals(new Object[]{-4L, -1L}, IntOps.divmod(7L, -2L));
        assertEquals("-6148914691236517206", str(IntOps.floorDiv(pow2(64), big("-3"))));
        assertEquals("9223372036854775808", str(IntOps.floorDiv(Long.MIN_VALUE, -1L)));
        assertEquals(0L, IntOps.mod(Long.MIN_VALUE, -1L));
        assertEquals(2L, IntOps.mod(-7L, 3L));
        assertEquals(-2L, IntOps.mod(7L, -3L));
        assertEquals("2", str(IntOps.mod(pow2(100).add(BigInteger.ONE), big("3"))));
        assertRaises(ErrorType.ZeroDivisionError, "integer division or modulo by zero", () -> IntOps.floorDiv(1L, 0L));
        assertRaises(ErrorType.ZeroDivisionError, "integer modulo by zero", () -> IntOps.mod(1L, 0L));
        assertRaises(ErrorType.ZeroDivisionError, "integer division or modulo by zero", () -> IntOps.divmod(1L, 0L));
        assertRaises(ErrorType.ZeroDivisionError, "integer modulo by zero", () -> IntOps.mod(pow2(70), BigInteger.ZERO));
    }

    @Test
    void trueDivisionIsCorrectlyRounded() {
        assertEquals("-0.0", FloatRepr.repr(IntOps.trueDivide(0L, -5L)));
        assertEquals("0.0", FloatRepr.repr(IntOps.trueDivide(0L, 5L)));
        assertEquals("1.2676506002282294e+30", FloatRepr.repr(IntOps.trueDivide(pow2(200).add(BigInteger.ONE), pow2(100))));
        assertEquals("1.0715086071862673e+301", FloatRepr.repr(IntOps.trueDivide(pow2(1100), pow2(100))));
        assertEquals("5e-324", FloatRepr.repr(IntOps.trueDivide(BigInteger.ONE, pow2(1074))));
        assertEquals("1e-323", FloatRepr.repr(IntOps.trueDivide(big("3"), pow2(1075))));
        assertEquals("0.0", FloatRepr.repr(IntOps.trueDivide(BigInteger.ONE, pow2(1075))));
        assertEquals("5e-324", FloatRepr.repr(IntOps.trueDivide(BigInteger.ONE, big("3").shiftLeft(1073))));
        assertEquals("8.98846567431158e+307", FloatRepr.repr(IntOps.trueDivide(pow2(10000), pow2(8977))));
        assertEquals("3.7361845640931004e+147", FloatRepr.repr(IntOps.trueDivide(pow2(10000), big("3").pow(6000))));
        assertEquals("0.0", FloatRepr.repr(IntOps.trueDivide(BigInteger.ONE, BigInteger.TEN.pow(400))));
        assertEquals("-0.0", FloatRepr.repr(IntOps.trueDivide(BigInteger.ONE, BigInteger.TEN.pow(400).negate())));
        assertRaises(ErrorType.OverflowError, "integer division result too large for a float",
                        () -> IntOps.trueDivide(pow2(1030), big("3")));
        assertRaises(ErrorType.OverflowError, "integer division result too large for a float",
                        () -> IntOps.trueDivide(pow2(1024), BigInteger.ONE));
        assertRaises(ErrorType.OverflowError, "integer division result too large for a float",
                        () -> IntOps.trueDivide(pow2(1024).subtract(pow2(970)), BigInteger.ONE));
        assertRaises(ErrorType.OverflowError, "integer division result too large for a float",
                        () -> IntOps.trueDivide(BigInteger.TEN.pow(400), big("3")));
        assertRaises(ErrorType.ZeroDivisionError, "division by zero", () -> IntOps.trueDivide(1L, 0L));
    }

    @Test
    void conversionToFloat() {
        assertEquals(1.8446744073709552E19, IntOps.toDouble(pow2(64)));
        assertRaises(ErrorType.OverflowError, "int too large to convert to float", () -> IntOps.toDouble(BigInteger.TEN.pow(400)));
    }

    @Test
    void power() {
        assertEquals(1024L, IntOps.pow(2L, 10L));
        assertEquals("18446744073709551616", str(IntOps.pow(2L, 64L)));
        assertEquals(Long.MIN_VALUE, IntOps.pow(-2L, 63L));
        assertEquals("-1", str(IntOps.pow((Object) (-1L), (Object) PInt.normalize(pow2(80).add(BigInteger.ONE)))));
        assertEquals(0.5, IntOps.pow(2L, -1L));
        assertRaises(ErrorType.ZeroDivisionError, "0.0 cannot be raised to a negative power", () -> IntOps.pow(0L, -1L));
        assertRaises(ErrorType.OverflowError, "int too large to convert to float", () -> IntOps.pow(BigInteger.TEN.pow(400), big("-1")));
    }

    @Test
    void modularPower() {
        assertEquals(5L, IntOps.powMod(3L, -1L, 7L));
        assertEquals(-2L, IntOps.powMod(3L, -1L, -7L));
        assertEquals(-5L, IntOps.powMod(3L, 2L, -7L));
        assertEquals(0L, IntOps.powMod(3L, -2L, 1L));
        assertRaises(ErrorType.ValueError, "pow() 3rd argument cannot be 0", () -> IntOps.powMod(2L, 3L, 0L));
        assertRaises(ErrorType.ValueError, "base is not invertible for the given modulus", () -> IntOps.powMod(2L, -1L, 4L));
    }

    @Test
    void shifts() {
        assertRaises(ErrorType.ValueError, "negative shift count", () -> IntOps.lshift(1L, -1L));
        assertRaises(ErrorType.ValueError, "negative shift count", () -> IntOps.rshift(1L, -1L));
        assertRaises(ErrorType.OverflowError, "too many digits in integer", () -> IntOps.lshift(BigInteger.ONE, BigInteger.TEN.pow(20)));
        assertEquals(0L, IntOps.lshift(BigInteger.ZERO, BigInteger.TEN.pow(20)));
        assertEquals(0L, IntOps.rshift(big("5"), BigInteger.TEN.pow(20)));
        assertEquals(-1L, IntOps.rshift(big("-5"), BigInteger.TEN.pow(20)));
        assertEquals(-1L, IntOps.rshift(-5L, 100L));
        assertEquals("9223372036854775808", str(IntOps.lshift(1L, 63L)));
        assertEquals(Long.MIN_VALUE, IntOps.lshift(-1L, 63L));
        assertEquals("-18446744073709551616", str(IntOps.lshift(-1L, 64L)));
    }

    @Test
    void bitwiseOnNegativeNumbers() {
        assertEquals(3L, IntOps.and(-5L, 3L));
        assertEquals(-5L, IntOps.or(-5L, 3L));
        assertEquals(-8L, IntOps.xor(-5L, 3L));
        assertEquals(-6L, IntOps.invert(5L));
        assertEquals(0L, IntOps.and((Object) PInt.normalize(pow2(70).negate()), (Object) PInt.normalize(pow2(65).add(big("7")))));
        assertEquals("1180591620717411303421", str(IntOps.xor((Object) PInt.normalize(pow2(70).negate()), (Object) (-3L))));
        assertEquals(3L, IntOps.bitLength(-5L));
        assertEquals(71L, IntOps.bitLength(pow2(70)));
        assertEquals(64L, IntOps.bitLength(Long.MIN_VALUE));
    }

    @Test
    void hashes() {
        assertEquals(-2L, IntOps.hash(-1L));
        assertEquals(0L, IntOps.hash(pow2(61).subtract(BigInteger.ONE)));
        assertEquals(1L, IntOps.hash(pow2(61)));
        assertEquals(-4L, IntOps.hash(Long.MIN_VALUE));
        assertEquals(549755813888L, IntOps.hash(pow2(100)));
        assertEquals(-549755813888L, IntOps.hash(pow2(100).negate()));
        assertEquals(12345L, IntOps.hash(12345L));
    }

    @Test
    void prefixedStrings() {
        assertEquals("-0b101", IntOps.bin(-5L));
        assertEquals("-0o10", IntOps.oct(-8L));
        assertEquals("-0xff", IntOps.hex(-255L));
        assertEquals("0x0", IntOps.hex(0L));
        assertEquals("0b1" + "0".repeat(70), IntOps.bin(PInt.normalize(pow2(70))));
        assertEquals("0b1", IntOps.bin(true));
    }

    @Test
    void decimalDigitLimit() {
        assertEquals("1" + "0".repeat(4299), IntOps.toDecimalString(PInt.normalize(BigInteger.TEN.pow(4299))));
        assertRaises(ErrorType.ValueError,
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        () -> IntOps.toDecimalString(PInt.normalize(BigInteger.TEN.pow(4300))));
        assertEquals(5001, IntOps.toDecimalString(PInt.normalize(BigInteger.TEN.pow(5000)), 0).length());
    }

    @Test
    void roundingToNegativeDigits() {
        assertEquals(20L, IntOps.round(15L, -1));
        assertEquals(20L, IntOps.round(25L, -1));
        assertEquals(-20L, IntOps.round(-25L, -1));
        assertEquals(-40L, IntOps.round(-35L, -1));
        assertEquals(-20L, IntOps.round(-15L, -1));
        assertEquals(12300L, IntOps.round(12345L, -2));
        assertEquals(5L, IntOps.round(5L, 2));
        assertEquals(1L, IntOps.round(true, 0));
        assertEquals(0L, IntOps.round(7L, -1000000000000L));
        assertEquals("1" + "0".repeat(30), str(IntOps.round(PInt.normalize(BigInteger.TEN.pow(30).add(BigInteger.valueOf(5000000000L))), -10)));
        assertEquals("9223372036854775810", str(IntOps.round(Long.MAX_VALUE, -1)));
        assertEquals(8L, IntOps.bitCount(255L));
        assertEquals(8L, IntOps.bitCount(-255L));
        assertEquals(1L, IntOps.bitCount(Long.MIN_VALUE));
    }
}
