package dev.krait.tests.runtime;

import static dev.krait.tests.runtime.PythonAssertions.assertRaises;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.numbers.NumberParsing;
import dev.krait.runtime.objects.PInt;

/** int(str, base) and float(str) against CPython 3.12. */
@org.junit.jupiter.api.extension.ExtendWith(InKraitContext.class)
class NumberParsingTest {
    private static void intIs(String expected, String s, long base) {
        assertEquals(expected, PInt.toBigInteger(NumberParsing.parseInt(s, base)).toString(), () -> "int(" + s + ", " + base + ")");
    }

    private static void intInvalid(String message, String s, long base) {
        assertRaises(ErrorType.ValueError, message, () -> NumberParsing.parseInt(s, base));
    }

    private static void floatIs(String expectedRepr, String s) {
        assertEquals(expectedRepr, FloatRepr.repr(NumberParsing.parseFloat(s)), () -> "float(" + s + ")");
    }

    private static void floatInvalid(String s, String quoted) {
        assertRaises(ErrorType.ValueError, "could not convert string to float: " + quoted, () -> NumberParsing.parseFloat(s));
    }

    @Test
    void acceptedIntLiterals() {
        intIs("12", "  12 ", 10);
        intIs("1000", "1_000", 10);
        intIs("31", "0x1f", 16);
        intIs("31", "0x_1f", 16);
        intIs("31", "0X1F", 0);
        intIs("5", "0b101", 0);
        intIs("15", "0o17", 0);
        intIs("0", "00", 0);
        intIs("0", "0_0", 0);
        intIs("35", "z", 36);
        intIs("35", "Z", 36);
        intIs("34", "\u0663\u0664", 10);
        intIs("12", "\uff11\uff12", 10);
        intIs("1", "1\u00a0", 10);
        intIs("7", "\u2003 7 \n", 10);
        intIs("12", "\u0661_\u0662", 10);
        intIs("16", "+0x10", 0);
        intIs("-3", "-0B11", 0);
        intIs("-63", "\t-0o7_7\n", 0);
        intIs("12", "\ud835\udfcf\ud835\udfd0", 10);
        intIs("177", "0b1", 16);
        intIs("123456789012345678901234567890", "123456789012345678901234567890", 10);
        intIs("-9223372036854775808", "-9223372036854775808", 10);
        intIs("1" + "0".repeat(4299), "1" + "0".repeat(4299), 10);
    }

    @Test
    void rejectedIntLiterals() {
        intInvalid("invalid literal for int() with base 10: '+_1'", "+_1", 10);
        intInvalid("invalid literal for int() with base 10: '1__0'", "1__0", 10);
        intInvalid("invalid literal for int() with base 10: '1_'", "1_", 10);
        intInvalid("invalid literal for int() with base 10: '_1'", "_1", 10);
        intInvalid("invalid literal for int() with base 0: '017'", "017", 0);
        intInvalid("invalid literal for int() with base 16: '0x'", "0x", 16);
        intInvalid("invalid literal for int() with base 10: '0x1f'", "0x1f", 10);
        intInvalid("invalid literal for int() with base 10: ''", "", 10);
        intInvalid("invalid literal for int() with base 10: '  '", "  ", 10);
        intInvalid("invalid literal for int() with base 10: '-'", "-", 10);
        intInvalid("invalid literal for int() with base 10: '- 1'", "- 1", 10);
        intInvalid("invalid literal for int() with base 0: '0b'", "0b", 0);
        intInvalid("invalid literal for int() with base 0: '0b_'", "0b_", 0);
        intInvalid("invalid literal for int() with base 0: '0_b1'", "0_b1", 0);
        intInvalid("invalid literal for int() with base 0: '0b1_'", "0b1_", 0);
        intInvalid("invalid literal for int() with base 10: '1e5'", "1e5", 10);
        intInvalid("invalid literal for int() with base 0: '0x1.5'", "0x1.5", 0);
        intInvalid("invalid literal for int() with base 10: '12\\x00'", "12\0", 10);
        intInvalid("invalid literal for int() with base 0: '0o8'", "0o8", 0);
        intInvalid("invalid literal for int() with base 8: '08'", "08", 8);
        intInvalid("invalid literal for int() with base 2: '0b2'", "0b2", 2);
        intInvalid("invalid literal for int() with base 10: '1\\u200b'", "1\u200b", 10);
        intInvalid("invalid literal for int() with base 10: \"it's\"", "it's", 10);
        intInvalid("invalid literal for int() with base 10: '" + "x".repeat(199), "x".repeat(300), 10);
        intInvalid("invalid literal for int() with base 10: '" + "9".repeat(199), "9".repeat(5000) + "x", 10);
    }

    @Test
    void baseRangeAndDigitLimit() {
        for (long base : new long[]{37, 1, -1}) {
            intInvalid("int() base must be >= 2 and <= 36, or 0", "12", base);
        }
        intInvalid("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
                        "9".repeat(5000), 10);
        intInvalid("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
                        "0".repeat(5000), 10);
        intInvalid("Exceeds the limit (4300 digits) for integer string conversion: value has 4302 digits; use sys.set_int_max_str_digits() to increase the limit",
                        "0".repeat(4301) + "1", 10);
        intIs("1".repeat(2501), "1_".repeat(2500) + "1", 10);
        assertEquals(1250, PInt.toBigInteger(NumberParsing.parseInt("1".repeat(5000), 16)).toString(16).length() / 4);
        assertEquals(5000, PInt.toBigInteger(NumberParsing.parseInt("9".repeat(5000), 10, 0)).toString().length());
    }

    @Test
    void acceptedFloatLiterals() {
        floatIs("1.5", "1.5");
        floatIs("-1500.0", "  -1.5e3  ");
        floatIs("10.5", "1_0.5");
        floatIs("0.5", ".5");
        floatIs("5.0", "5.");
        floatIs("10000000000.0", "1e1_0");
        floatIs("inf", "inf");
        floatIs("-inf", "-Infinity");
        floatIs("nan", "+nAn");
        floatIs("1.5", "\u0661.\u0665");
        floatIs("1.5", "1.5\n");
        floatIs("inf", "1e400");
        floatIs("-inf", "-1e400");
        floatIs("0.0", "1e-400");
        floatIs("0.0001", "0.1e-3");
        floatIs("12.0", "00012");
        floatIs("1000.0001", "1_000.000_1");
        floatIs("1.0", "\u20031");
        floatIs("inf", "INF");
        floatIs("3.0", "\u0663");
        floatIs("0.1", "0.1");
    }

    @Test
    void rejectedFloatLiterals() {
        floatInvalid("1__0", "'1__0'");
        floatInvalid("1_.5", "'1_.5'");
        floatInvalid("1._5", "'1._5'");
        floatInvalid(".", "'.'");
        floatInvalid("e5", "'e5'");
        floatInvalid("1e", "'1e'");
        floatInvalid("1e+", "'1e+'");
        floatInvalid("1e_5", "'1e_5'");
        floatInvalid("infinit", "'infinit'");
        floatInvalid("nan(1)", "'nan(1)'");
        floatInvalid("0x10", "'0x10'");
        floatInvalid("1d", "'1d'");
        floatInvalid("1f", "'1f'");
        floatInvalid("  ", "'  '");
        floatInvalid("", "''");
        floatInvalid("in f", "'in f'");
        floatInvalid("1,5", "'1,5'");
        floatInvalid("x".repeat(300), "'" + "x".repeat(300) + "'");
    }
}
