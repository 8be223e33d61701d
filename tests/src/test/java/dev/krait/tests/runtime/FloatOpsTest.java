package dev.krait.tests.runtime;

import static dev.krait.tests.runtime.PythonAssertions.assertRaises;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.objects.PInt;

/** Python float semantics against CPython 3.12. */
class FloatOpsTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    private static void same(String expectedRepr, double actual) {
        assertEquals(expectedRepr, FloatRepr.repr(actual));
    }

    @Test
    void divisionByZeroMessages() {
        assertRaises(ErrorType.ZeroDivisionError, "float floor division by zero", () -> FloatOps.floorDiv(1, 0));
        assertRaises(ErrorType.ZeroDivisionError, "float modulo", () -> FloatOps.mod(1, 0));
        assertRaises(ErrorType.ZeroDivisionError, "float divmod()", () -> FloatOps.divmod(1, 0));
        assertRaises(ErrorType.ZeroDivisionError, "float division by zero", () -> FloatOps.trueDivide(1, 0));
    }

    @Test
    void moduloHasSignOfDivisor() {
        same("0.5", FloatOps.mod(-7.5, 2));
        same("-0.5", FloatOps.mod(7.5, -2));
        same("0.0", FloatOps.mod(-0.0, 5));
        same("-0.0", FloatOps.mod(0.0, -5));
        same("nan", FloatOps.mod(INF, 2));
        same("5.0", FloatOps.mod(5, INF));
        same("inf", FloatOps.mod(-5, INF));
    }

    @Test
    void floorDivision() {
        double[] r = FloatOps.divmod(-7.5, 2);
        same("-4.0", r[0]);
        same("0.5", r[1]);
        r = FloatOps.divmod(7.5, -2);
        same("-4.0", r[0]);
        same("-0.5", r[1]);
        r = FloatOps.divmod(0.0, -2);
        same("-0.0", r[0]);
        same("-0.0", r[1]);
        same("-0.0", FloatOps.floorDiv(-0.0, 5));
        same("0.0", FloatOps.floorDiv(1, INF));
        same("-1.0", FloatOps.floorDiv(-1, INF));
        same("nan", FloatOps.floorDiv(INF, 1));
        same("inf", FloatOps.floorDiv(1e300, 1e-300));
    }

    @Test
    void power() {
        assertRaises(ErrorType.OverflowError, "(34, 'Numerical result out of range')", () -> FloatOps.pow(10, 400));
        assertRaises(ErrorType.OverflowError, "(34, 'Numerical result out of range')", () -> FloatOps.pow(-2, 1e300));
        assertRaises(ErrorType.ZeroDivisionError, "0.0 cannot be raised to a negative power", () -> FloatOps.pow(0, -1));
        assertRaises(ErrorType.ZeroDivisionError, "0.0 cannot be raised to a negative power", () -> FloatOps.pow(-0.0, -1.5));
        assertNull(FloatOps.pow(-8, 1.0 / 3));
        same("64.0", FloatOps.pow(-8, 2));
        same("-0.125", FloatOps.pow(-8, -1));
        same("1.0", FloatOps.pow(NAN, 0));
        same("1.0", FloatOps.pow(1, NAN));
        same("1.0", FloatOps.pow(-1, INF));
        same("inf", FloatOps.pow(0.5, -INF));
        same("-inf", FloatOps.pow(-INF, 3));
        same("-0.0", FloatOps.pow(-INF, -3));
        same("inf", FloatOps.pow(-INF, 2));
        same("1.0", FloatOps.pow(0, 0));
        same("-0.0", FloatOps.pow(-0.0, 3));
        same("inf", FloatOps.pow(-INF, 0.5));
    }

    @Test
    void hashes() {
        assertEquals(1152921504606846977L, FloatOps.hash(1.5));
        assertEquals(-2L, FloatOps.hash(-1.0));
        assertEquals(314159L, FloatOps.hash(INF));
        assertEquals(-314159L, FloatOps.hash(-INF));
        assertEquals(1822893315824342674L, FloatOps.hash(1e100));
        assertEquals(-52920977297143526L, FloatOps.hash(-2.5e-300));
        assertEquals(230584300921369408L, FloatOps.hash(0.1));
        assertEquals(12345L, FloatOps.hash(12345.0));
        assertEquals(0L, FloatOps.hash(-0.0));
    }

    @Test
    void rounding() {
        assertEquals(2L, FloatOps.round(2.5));
        assertEquals(0L, FloatOps.round(-0.5));
        assertEquals(4L, FloatOps.round(3.5));
        assertEquals("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
                        PInt.toBigInteger(FloatOps.round(1e300)).toString());
        assertRaises(ErrorType.OverflowError, "cannot convert float infinity to integer", () -> FloatOps.round(INF));
        assertRaises(ErrorType.ValueError, "cannot convert float NaN to integer", () -> FloatOps.round(NAN));
        same("2.67", FloatOps.round(2.675, 2));
        same("0.12", FloatOps.round(0.125, 2));
        same("-0.0", FloatOps.round(-0.4, 0));
        same("1230.0", FloatOps.round(1234.5, -1));
        same("5e-324", FloatOps.round(5e-324, 400));
        same("0.0", FloatOps.round(123.456, -400));
        same("-0.0", FloatOps.round(-123.456, -400));
        same("0.0", FloatOps.round(0.5, 0));
        same("2.0", FloatOps.round(1.5, 0));
        same("1e+22", FloatOps.round(1e22, 2));
        same("0.28", FloatOps.round(0.285, 2));
        same("-0.0", FloatOps.round(-0.0, 1));
        assertRaises(ErrorType.OverflowError, "rounded value too large to represent", () -> FloatOps.round(Double.MAX_VALUE, -308));
        assertRaises(ErrorType.OverflowError, "rounded value too large to represent", () -> FloatOps.round(Double.MAX_VALUE, -307));
    }

    @Test
    void integerRatio() {
        assertRaises(ErrorType.OverflowError, "cannot convert Infinity to integer ratio", () -> FloatOps.asIntegerRatio(INF));
        assertRaises(ErrorType.ValueError, "cannot convert NaN to integer ratio", () -> FloatOps.asIntegerRatio(NAN));
        assertArrayEquals(new Object[]{3602879701896397L, 36028797018963968L}, FloatOps.asIntegerRatio(0.1));
        assertArrayEquals(new Object[]{-5L, 2L}, FloatOps.asIntegerRatio(-2.5));
        assertArrayEquals(new Object[]{0L, 1L}, FloatOps.asIntegerRatio(0.0));
        assertEquals(PInt.toBigInteger(FloatOps.round(1e300)), PInt.toBigInteger(FloatOps.asIntegerRatio(1e300)[0]));
        assertTrue(FloatOps.isInteger(3.0));
        assertFalse(FloatOps.isInteger(INF));
        assertFalse(FloatOps.isInteger(NAN));
        assertFalse(FloatOps.isInteger(0.5));
    }

    @Test
    void hexFormatting() {
        assertEquals("0x1.8000000000000p+0", FloatOps.hex(1.5));
        assertEquals("0x0.0p+0", FloatOps.hex(0.0));
        assertEquals("-0x0.0p+0", FloatOps.hex(-0.0));
        assertEquals("inf", FloatOps.hex(INF));
        assertEquals("-inf", FloatOps.hex(-INF));
        assertEquals("nan", FloatOps.hex(NAN));
        assertEquals("0x0.0000000000001p-1022", FloatOps.hex(5e-324));
        assertEquals("0x1.999999999999ap-4", FloatOps.hex(0.1));
        assertEquals("0x1.7e43c8800759cp+996", FloatOps.hex(1e300));
        assertEquals("-0x1.0000000000000p+1", FloatOps.hex(-2.0));
        assertEquals("0x1.0000000000000p-1022", FloatOps.hex(2.2250738585072014e-308));
        assertEquals("0x1.fffffffffffffp+1023", FloatOps.hex(Double.MAX_VALUE));
    }

    @Test
    void hexParsing() {
        same("3.0", FloatOps.fromHex("0x1.8p1"));
        same("-3.0", FloatOps.fromHex("  -0X1.8P+1 "));
        same("1.0", FloatOps.fromHex("1"));
        same("1.0", FloatOps.fromHex("1."));
        same("0.5", FloatOps.fromHex(".8"));
        same("inf", FloatOps.fromHex("inf"));
        same("-inf", FloatOps.fromHex("-Infinity"));
        same("nan", FloatOps.fromHex("nan"));
        same("5e-324", FloatOps.fromHex("0x1p-1074"));
        same("0.0", FloatOps.fromHex("0x1p-1075"));
        same("5e-324", FloatOps.fromHex("0x3p-1076"));
        same("1.7976931348623157e+308", FloatOps.fromHex("0x1.fffffffffffff7p1023"));
        same("5e-324", FloatOps.fromHex("0x.8p-1073"));
        same("1.0000000000000002", FloatOps.fromHex("0x1.0000000000000801p0"));
        same("1.0", FloatOps.fromHex("0x1.00000000000008p0"));
        same("1.0000000000000004", FloatOps.fromHex("0x1.00000000000018p0"));
        same("0.0", FloatOps.fromHex("1p-99999999999999999999"));
        same("0.0", FloatOps.fromHex("0x0p99999999999999999999"));
        for (String bad : new String[]{"x1", "0x", "0x.", "0xg", "0x1p", "1p+", "0x1_0", "0x1.8p1 x"}) {
            assertRaises(ErrorType.ValueError, "invalid hexadecimal floating-point string", () -> FloatOps.fromHex(bad));
        }
        for (String big : new String[]{"0x1.fffffffffffff8p1023", "0x1p1024", "1p99999999999999999999"}) {
            assertRaises(ErrorType.OverflowError, "hexadecimal value too large to represent as a float", () -> FloatOps.fromHex(big));
        }
    }

    @Test
    void truncationToInt() {
        assertRaises(ErrorType.OverflowError, "cannot convert float infinity to integer", () -> FloatOps.toInt(INF));
        assertRaises(ErrorType.ValueError, "cannot convert float NaN to integer", () -> FloatOps.toInt(NAN));
        assertEquals("-100000000000000000000", PInt.toBigInteger(FloatOps.toInt(-1e20)).toString());
        assertEquals(-2L, FloatOps.toInt(-2.9));
    }
}
