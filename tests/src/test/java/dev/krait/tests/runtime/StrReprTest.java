package dev.krait.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.krait.runtime.text.StrRepr;

/** repr(str) and ascii(str) against CPython 3.12. */
class StrReprTest {
    @Test
    void quoteChoice() {
        assertEquals("\"a'b\"", StrRepr.repr("a'b"));
        assertEquals("'a\"b'", StrRepr.repr("a\"b"));
        assertEquals("'a\\'b\"c'", StrRepr.repr("a'b\"c"));
        assertEquals("''", StrRepr.repr(""));
    }

    @Test
    void escapesNonPrintableCharacters() {
        assertEquals("'\\n\\t\\r\\x00\\x7f\\x80\\xa0\\xad \u00e9\\u2028\\ud800\ud83d\ude00\\U000e0001\\u0378\\\\'",
                        StrRepr.repr("\n\t\r\u0000\u007f\u0080\u00a0\u00ad \u00e9\u2028\ud800\ud83d\ude00\udb40\udc01\u0378\\"));
        assertEquals("'\\u3000\\u200b\\ufeff\ud800\udc00\\ue000'", StrRepr.repr("\u3000\u200b\ufeff\ud800\udc00\ue000"));
    }

    @Test
    void asciiEscapesEverythingOutsideAscii() {
        assertEquals("'\\xe9\\u2028\\U0001f600\\n\\'\"'", StrRepr.ascii("\u00e9\u2028\ud83d\ude00\n'\""));
        assertEquals("[\\xe9]", StrRepr.escapeNonAscii("[\u00e9]"));
    }
}
