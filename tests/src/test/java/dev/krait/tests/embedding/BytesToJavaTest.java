package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bytes and bytearray seen from Java: read-only arrays of ints 0..255 that display as their repr. */
class BytesToJavaTest {
    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("krait").build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void bytesIsAReadOnlyArrayOfInts() {
        Value bytes = context.eval("krait", "b'A\\xff'");
        assertTrue(bytes.hasArrayElements());
        assertEquals(2, bytes.getArraySize());
        assertEquals(65, bytes.getArrayElement(0).asInt());
        assertEquals(255, bytes.getArrayElement(1).asInt());
        assertThrows(UnsupportedOperationException.class, () -> bytes.setArrayElement(0, 1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> bytes.getArrayElement(2));
        assertEquals("b'A\\xff'", bytes.toString());
        assertEquals("bytes", bytes.getMetaObject().getMetaSimpleName());
    }

    @Test
    void bytearrayShowsItsCurrentContent() {
        Value array = context.eval("krait", "ba = bytearray(b'xy')\nba");
        context.eval("krait", "ba.append(122)");
        assertEquals(3, array.getArraySize());
        assertEquals('z', array.getArrayElement(2).asInt());
        assertEquals("bytearray(b'xyz')", array.toString());
    }
}
