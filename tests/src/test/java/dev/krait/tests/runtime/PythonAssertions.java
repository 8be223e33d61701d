package dev.krait.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;

/** Assertions on the Python exceptions the runtime helpers raise. */
final class PythonAssertions {
    private PythonAssertions() {
    }

    /** Asserts that {@code body} raises the Python exception {@code type} whose str() is {@code message}. */
    static void assertRaises(ErrorType type, String message, Executable body) {
        PException e = assertThrows(PException.class, body);
        assertEquals(type, e.lazyType(), "exception type");
        assertEquals(message, String.valueOf(e.lazyArgs()[0]), "exception message");
    }
}
