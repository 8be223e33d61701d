package dev.krait.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.numbers.FloatRepr;

/** repr(float) against CPython 3.12. */
class FloatReprTest {
    private static void check(String expected, double x) {
        assertEquals(expected, FloatRepr.repr(x), () -> "repr of " + x);
    }

    @Test
    void exponentNotationOutsideMinusFourToSixteen() {
        check("1e+16", 1e16);
        check("1.5e-05", 1.5e-5);
        check("1e-05", 1e-5);
        check("1.2345678901234568e+16", 12345678901234567.0);
        check("1e+22", 1e22);
        check("1e-07", 1e-7);
        check("5e-324", 5e-324);
        check("1.7976931348623157e+308", Double.MAX_VALUE);
        check("1e+301", 1e301);
    }

    @Test
    void fixedNotationInside() {
        check("123456789012345.0", 123456789012345.0);
        check("1234567890123456.0", 1234567890123456.0);
        check("1000000000000000.0", 1e15);
        check("0.0001", 0.0001);
        check("0.001", 0.001);
        check("0.1", 0.1);
        check("0.3333333333333333", 1.0 / 3);
        check("2.5", 2.5);
        check("100.0", 100.0);
        check("123.456", 123.456);
        check("0.0", 0.0);
    }

    @Test
    void specialValues() {
        check("-0.0", -0.0);
        check("inf", Double.POSITIVE_INFINITY);
        check("-inf", Double.NEGATIVE_INFINITY);
        check("nan", Double.NaN);
        check("-1.5", -1.5);
    }
}
