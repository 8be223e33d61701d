package dev.krait.tests.runtime;

import static dev.krait.tests.runtime.FakeObjects.dict;
import static dev.krait.tests.runtime.FakeObjects.list;
import static dev.krait.tests.runtime.PythonAssertions.assertRaises;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.text.StrFormat;

/** str.format and str.format_map against CPython 3.12. */
@org.junit.jupiter.api.extension.ExtendWith(InKraitContext.class)
class StrFormatTest {
    private static final Map<String, Object> NO_KWARGS = Map.of();

    private static String fmt(String template, Object... args) {
        return StrFormat.format(template, args, NO_KWARGS, FakeObjects.PROTOCOL);
    }

    private static String fmtKw(String template, Map<String, Object> kwargs, Object... args) {
        return StrFormat.format(template, args, kwargs, FakeObjects.PROTOCOL);
    }

    private static FakeObjects.Obj objA() {
        FakeObjects.Obj a = new FakeObjects.Obj("A");
        a.attributes.put("x", 5L);
        a.subscriptable = true;
        return a;
    }

    private static void invalid(String message, String template, Object... args) {
        assertRaises(ErrorType.ValueError, message, () -> fmt(template, args));
    }

    @Test
    void numberingAndEscapes() {
        assertEquals("1 2", fmt("{} {}", 1L, 2L));
        assertEquals("1 1", fmt("{0} {0}", 1L));
        assertEquals("{}", fmt("{{}}"));
        assertEquals("{5}", fmt("{{{0}}}", 5L));
        assertEquals("7", fmt("{00}", 7L));
        assertEquals("aba", fmt("{0}{1}{0}", "a", "b"));
        assertEquals("\u00e91\ud83d\ude00", fmt("\u00e9{0}\ud83d\ude00", 1L));
        assertRaises(ErrorType.IndexError, "Replacement index 1 out of range for positional args tuple", () -> fmt("{1}", 1L));
        invalid("cannot switch from automatic field numbering to manual field specification", "{} {1}", 1L, 2L);
        invalid("cannot switch from manual field specification to automatic field numbering", "{0} {}", 1L, 2L);
        invalid("cannot switch from manual field specification to automatic field numbering", "{0:{}}", 1L, 2L);
        invalid("Too many decimal digits in format string", "{1000000000000000000000}", 1L);
    }

    @Test
    void braceErrors() {
        invalid("Single '}' encountered in format string", "}", 1L);
        invalid("Single '{' encountered in format string", "{", 1L);
        invalid("Single '}' encountered in format string", "a}b");
        invalid("expected '}' before end of string", "a{b");
        invalid("expected '}' before end of string", "{0[a}", objA());
        invalid("expected '}' before end of string", "{0[0]", list(1L));
        invalid("Single '}' encountered in format string", "{0:{1}}}", "a", 5L);
        invalid("Single '}' encountered in format string", "{0}}", 1L);
        invalid("Single '{' encountered in format string", "{0}{", 1L);
        invalid("Single '}' encountered in format string", "{:}}{", 1L);
        invalid("unmatched '{' in format spec", "{0:", 1L);
        invalid("unmatched '{' in format spec", "{0!}", "a");
        invalid("unmatched '{' in format spec", "{!}", 1L);
        invalid("unmatched '{' in format spec", "{:{", 1L);
        invalid("end of string while looking for conversion specifier", "{0!", 1L);
        invalid("expected ':' after conversion specifier", "{0!rr}", "a");
        invalid("Unknown conversion specifier x", "{0!x}", "a");
        invalid("Max string recursion exceeded", "{0:{1:{2}}}", "a", "b", "c");
        invalid("Max string recursion exceeded", "{:{:{}}}", "a", "b", "c");
    }

    @Test
    void fieldNames() {
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("name", 3L);
        kw.put("a", dict("b", 1L));
        kw.put("x", 2L);
        assertEquals("3", fmtKw("{name}", kw));
        assertEquals("1", fmtKw("{a[b]}", kw));
        assertEquals("21", fmtKw("{x}{}", kw, 1L));
        assertRaises(ErrorType.KeyError, "name", () -> fmt("{name}"));
        assertRaises(ErrorType.KeyError, " 0 ", () -> fmt("{ 0 }", 1L));
        assertRaises(ErrorType.KeyError, "-1", () -> fmt("{-1}", 1L));
        assertEquals("5", fmt("{0.x}", objA()));
        assertEquals("('item', 'abc')", fmt("{0[abc]}", objA()));
        assertEquals("('item', 12)", fmt("{0[12]}", objA()));
        assertEquals("('item', '-1')", fmt("{0[-1]}", objA()));
        assertEquals("7", fmt("{0[0]}", list(7L)));
        assertEquals("int", fmt("{0[1]}", dict(1L, "int", "1", "str")));
        assertEquals("4", fmt("{0[ ]}", dict(" ", 4L)));
        assertEquals("4", fmt("{0[x.y]}", dict("x.y", 4L)));
        assertEquals("1", fmt("{0.real}", 1L));
        invalid("Empty attribute in format string", "{0[]}", objA());
        invalid("Empty attribute in format string", "{0.}", objA());
        invalid("Only '.' or '[' may follow ']' in format field specifier", "{0[a]x}", objA());
        assertRaises(ErrorType.AttributeError, "'int' object has no attribute 'y'", () -> fmt("{0.x.y}", objA()));
        assertRaises(ErrorType.AttributeError, "'int' object has no attribute '0'", () -> fmt("{0.0}", 1L));
        assertRaises(ErrorType.TypeError, "'int' object is not subscriptable", () -> fmt("{0.x[abc]}", objA()));
    }

    @Test
    void conversionsAndSpecs() {
        assertEquals("'a'", fmt("{0!r}", "a"));
        assertEquals("a", fmt("{0!s}", "a"));
        assertEquals("'\\xe9'", fmt("{0!a}", "\u00e9"));
        assertEquals("  'a'", fmt("{0!r:>5}", "a"));
        assertEquals("'a'  ", fmt("{0!r:{1}}", "a", 5L));
        assertEquals("a    ", fmt("{0:{1}}", "a", 5L));
        assertEquals("      3.14", fmt("{0:{1}.{2}}", 3.14159, 10L, 3L));
        assertEquals("a    ", fmt("{:{}}", "a", 5L));
        assertEquals("    a", fmt("{:{}{}}", "a", ">", 5L));
        assertEquals("5", fmt("{0:}", 5L));
        assertEquals("ff", fmt("{0:x}", 255L));
        assertEquals("x", fmt("{:}", "x"));
        assertEquals("  x", fmt("{0:>{1}}", "x", 3L));
        assertEquals("50.000000%", fmt("{:%}", 0.5));
        assertEquals("None", fmt("{}", (Object) null));
        assertEquals("True", fmt("{:{}}", true, ""));
        assertEquals("True", fmt("{}", true));
        assertEquals("1", fmt("{:d}", true));
        assertEquals("5", fmt("{!r}", 5L));
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("x", ">5");
        assertEquals("    5", fmtKw("{0:{x}}", kw, 5L));
        assertRaises(ErrorType.ValueError, "Unknown format code 'd' for object of type 'str'", () -> fmt("{:d}", "a"));
    }

    @Test
    void unusualFieldNames() {
        invalid("unexpected '{' in field name", "{0{}", 1L);
        invalid("expected '}' before end of string", "{0[}", 1L);
        assertRaises(ErrorType.KeyError, "0]", () -> fmt("{0]}", list(1L)));
        assertEquals("5", fmt("{[0]}", list(5L)));
        assertEquals("3", fmt("{.real}", 3L));
        assertEquals("  'a'", fmt("{0[0]!r:>{1}}", list("a"), 5L));
        assertEquals("'x'", fmt("{!r:}", "x"));
        assertEquals("1.5   ", fmt("{0!s:{1}}", 1.5, 6L));
        assertEquals("    ab    |", fmt("{:>5}{:<5}|", "a", "b"));
        invalid("Single '}' encountered in format string", "{0:}}", 1L);
    }

    @Test
    void formatMap() {
        assertEquals("1", StrFormat.formatMap("{x}", dict("x", 1L), FakeObjects.PROTOCOL));
        assertRaises(ErrorType.KeyError, "x", () -> StrFormat.formatMap("{x}", dict(), FakeObjects.PROTOCOL));
        assertRaises(ErrorType.ValueError, "Format string contains positional fields",
                        () -> StrFormat.formatMap("{}", dict(), FakeObjects.PROTOCOL));
    }
}
