package dev.krait.tests.runtime;

import static dev.krait.tests.runtime.FakeObjects.dict;
import static dev.krait.tests.runtime.FakeObjects.list;
import static dev.krait.tests.runtime.FakeObjects.tuple;
import static dev.krait.tests.runtime.PythonAssertions.assertRaises;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.text.PercentFormat;

/** printf-style str % args against CPython 3.12. */
@org.junit.jupiter.api.extension.ExtendWith(InKraitContext.class)
class PercentFormatTest {
    private static String fmt(String template, Object args) {
        return PercentFormat.format(template, args, FakeObjects.PROTOCOL);
    }

    private static void check(String expected, String template, Object args) {
        assertEquals(expected, fmt(template, args), () -> template);
    }

    private static FakeObjects.Obj withIndex(long v) {
        FakeObjects.Obj o = new FakeObjects.Obj("I");
        o.index = v;
        return o;
    }

    @Test
    void argumentCountErrors() {
        assertRaises(ErrorType.TypeError, "not enough arguments for format string", () -> fmt("%s %s", tuple(1L)));
        assertRaises(ErrorType.TypeError, "not all arguments converted during string formatting", () -> fmt("%s", tuple(1L, 2L)));
        assertRaises(ErrorType.TypeError, "not enough arguments for format string", () -> fmt("%s", tuple()));
        assertRaises(ErrorType.TypeError, "not all arguments converted during string formatting", () -> fmt("x", 5L));
        assertRaises(ErrorType.TypeError, "not all arguments converted during string formatting", () -> fmt("x", "abc"));
        assertRaises(ErrorType.TypeError, "not enough arguments for format string", () -> fmt("%s %s", dict("a", 1L)));
        assertRaises(ErrorType.TypeError, "not enough arguments for format string", () -> fmt("%(a)s %s", dict("a", 1L)));
        assertRaises(ErrorType.TypeError, "not enough arguments for format string", () -> fmt("%s %s %s", tuple(1L, 2L)));
        check("x", "x", tuple());
        check("x", "x", list());
        check("x", "x", dict());
        check("x", "x", list(1L));
        check("()", "%s", tuple(tuple()));
        check("abc", "%s", "abc");
        check("{'a': 1}", "%s", dict("a", 1L));
        check("[1, 2]", "%s", list(1L, 2L));
    }

    @Test
    void formatStringErrors() {
        assertRaises(ErrorType.ValueError, "unsupported format character 'z' (0x7a) at index 1", () -> fmt("%z", 1L));
        assertRaises(ErrorType.ValueError, "unsupported format character 'z' (0x7a) at index 2", () -> fmt("a%zb", 1L));
        assertRaises(ErrorType.ValueError, "unsupported format character '$' (0x24) at index 2", () -> fmt("%3$s", 1L));
        assertRaises(ErrorType.ValueError, "unsupported format character '%' (0x25) at index 2", () -> fmt("%5%", tuple(1L)));
        assertRaises(ErrorType.ValueError, "unsupported format character '%' (0x25) at index 4", () -> fmt("%(x)%", dict("x", 1L)));
        assertRaises(ErrorType.ValueError, "incomplete format", () -> fmt("%", 1L));
        assertRaises(ErrorType.ValueError, "incomplete format", () -> fmt("abc%", tuple()));
        assertRaises(ErrorType.ValueError, "incomplete format key", () -> fmt("%(a", dict("a", 1L)));
        assertRaises(ErrorType.TypeError, "format requires a mapping", () -> fmt("%(a)s", 1L));
        assertRaises(ErrorType.KeyError, "a", () -> fmt("%(a)s", dict()));
        assertRaises(ErrorType.TypeError, "list indices must be integers or slices, not str", () -> fmt("%(a)s", list(1L)));
        assertRaises(ErrorType.TypeError, "* wants int", () -> fmt("%*d", tuple("x", 1L)));
        assertRaises(ErrorType.TypeError, "* wants int", () -> fmt("%.*f", tuple(2.0, 1.0)));
        check("%", "%%", tuple());
    }

    @Test
    void conversionTypeErrors() {
        assertRaises(ErrorType.TypeError, "%d format: a real number is required, not str", () -> fmt("%d", "x"));
        assertRaises(ErrorType.TypeError, "%d format: a real number is required, not list", () -> fmt("%d %d", list(1L, 2L)));
        assertRaises(ErrorType.TypeError, "%c requires int or char", () -> fmt("%c", "ab"));
        assertRaises(ErrorType.TypeError, "%c requires int or char", () -> fmt("%c", 1.5));
        assertRaises(ErrorType.TypeError, "%c requires int or char", () -> fmt("%c", ""));
        assertRaises(ErrorType.OverflowError, "%c arg not in range(0x110000)", () -> fmt("%c", -1L));
        assertRaises(ErrorType.OverflowError, "%c arg not in range(0x110000)", () -> fmt("%c", 0x110000L));
        assertRaises(ErrorType.TypeError, "%x format: an integer is required, not float", () -> fmt("%x", 1.5));
        assertRaises(ErrorType.TypeError, "%o format: an integer is required, not str", () -> fmt("%o", "a"));
        assertRaises(ErrorType.TypeError, "must be real number, not str", () -> fmt("%f", "a"));
        assertRaises(ErrorType.TypeError, "must be real number, not NoneType", () -> fmt("%e", tuple((Object) null)));
        assertRaises(ErrorType.OverflowError, "cannot convert float infinity to integer", () -> fmt("%d", Double.POSITIVE_INFINITY));
        assertRaises(ErrorType.ValueError, "cannot convert float NaN to integer", () -> fmt("%d", Double.NaN));
        assertRaises(ErrorType.OverflowError, "int too large to convert to float", () -> fmt("%f", PInt.normalize(BigInteger.TEN.pow(400))));
        assertRaises(ErrorType.ValueError,
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        () -> fmt("%d", PInt.normalize(BigInteger.TEN.pow(5000))));
        FakeObjects.Obj withInt = new FakeObjects.Obj("N");
        withInt.intValue = 9L;
        check("9", "%d", withInt);
        assertRaises(ErrorType.TypeError, "%x format: an integer is required, not N", () -> fmt("%x", withInt));
        FakeObjects.Obj withFloat = new FakeObjects.Obj("F");
        withFloat.floatValue = 2.5;
        check("2.500000", "%f", withFloat);
        assertRaises(ErrorType.TypeError, "%d format: a real number is required, not F", () -> fmt("%d", withFloat));
        check("7", "%x", withIndex(7));
        check("7", "%d", withIndex(7));
        check("7.000000", "%f", withIndex(7));
    }

    @Test
    void integerConversions() {
        check("3", "%d", 3.7);
        check("-3", "%d", -3.7);
        check("1", "%i", true);
        check("5", "%u", 5L);
        check("-0042", "%05d", -42L);
        check("+42", "%+d", 42L);
        check(" 42", "% d", 42L);
        check("00042", "%.5d", 42L);
        check("0x0002a", "%#.5x", 42L);
        check("0o10", "%#o", 8L);
        check("0XFF", "%#X", 255L);
        check("42   |", "%-05d|", 42L);
        check("-ff", "%x", -255L);
        check("-0xff", "%#x", -255L);
        check("56BC75E2D63100000", "%X", PInt.normalize(BigInteger.TEN.pow(20)));
        check("100000000000000000000", "%d", PInt.normalize(BigInteger.TEN.pow(20)));
        check("5", "%.d", 5L);
        check("     -0042", "%10.4d", -42L);
        check("0xff      |", "%-#10x|", 255L);
        check("0x000000ff", "%#010x", 255L);
        check("0x000000ff", "%0#10x", 255L);
        check("-005", "%.3d", -5L);
        check("+005", "%+.3x", 5L);
        check("0o005", "%#.3o", 5L);
        check(" 5", "% x", 5L);
        check("5       |", "%0-8d|", 5L);
        check(" 0042", "% 05d", 42L);
        check("1", "%x", true);
        check("5", "%hd", 5L);
        check("5", "%ld", 5L);
    }

    @Test
    void floatConversions() {
        check("-00003.142", "%010.3f", -3.14159);
        check("2.", "%#.0f", 2.0);
        check("1e-05", "%g", 1e-5);
        check("1.00000", "%#g", 1.0);
        check("1E+20", "%G", 1e20);
        check("1.250000E+01", "%E", 12.5);
        check("0000000inf", "%010f", Double.POSITIVE_INFINITY);
        check("nan       |", "%-10f|", Double.NaN);
        check("+inf", "%+f", Double.POSITIVE_INFINITY);
        check("1.000000", "%Lf", 1.0);
        check("2", "%.f", 1.5);
        check("+1.235e+04", "%+.3e", 12345.678);
        check("1.000000", "%f", true);
        check("0.50%", "%.2f%%", 0.5);
        check("0.100000000000000005551115123125782702118158340454101562500000", "%.60f", 0.1);
        check("+3.14   |", "%-+08.2f|", 3.14159);
    }

    @Test
    void widthPrecisionAndStrings() {
        check("   42", "%*d", tuple(5L, 42L));
        check("42   |", "%-*d|", tuple(5L, 42L));
        check("42   ", "%*d", tuple(-5L, 42L));
        check("3.14", "%.*f", tuple(2L, 3.14159));
        check("   2.500", "%*.*f", tuple(8L, 3L, 2.5));
        check("", "%.*s", tuple(-1L, "abc"));
        check("   ab|", "%5.2s|", "abc");
        check("ab   |", "%-5s|", "ab");
        check("'\u00e9'", "%r", "\u00e9");
        check("'\\xe9'", "%a", "\u00e9");
        check("'", "%.1r", "\u00e9");
        check("None", "%s", tuple((Object) null));
        check("    A|", "%5c|", 65L);
        check("x  |", "%-3c|", "x");
        check("A", "%c", 65L);
        check("\u00e9", "%c", "\u00e9");
        check("\u0001", "%c", true);
        check("\u0001", "%c", tuple(1L));
        check("abc", "%.3s", "abcdef");
        check("", "%.0s", "abc");
        check("5%", "%s%%", 5L);
        check("1 'x'", "%(a)s %(b)r", dict("a", 1L, "b", "x"));
        check("5", "%((a))s", dict("(a)", 5L));
        check("q 'q'", "%(a)s %(a)r", dict("a", "q"));
        check("True 1.5 [1]", "%s %s %s", tuple(true, 1.5, list(1L)));
        check("\ud83d\ude00 x", "\ud83d\ude00 %s", "x");
    }
}
