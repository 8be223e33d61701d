package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Python exception that escapes to Java is a PolyglotException carrying the Python type, message and stack. */
class ErrorsTest {
    private static final String PROGRAM = """
            def inner(x):
                return x + 'a'

            def outer():
                y = 1
                return inner(y)

            outer()
            """;

    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("krait").allowHostAccess(HostAccess.ALL).build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private PolyglotException evalFailing(String source) {
        return assertThrows(PolyglotException.class, () -> context.eval("krait", source));
    }

    private PolyglotException runProgram() {
        Source source = Source.newBuilder("krait", PROGRAM, "prog.py").buildLiteral();
        return assertThrows(PolyglotException.class, () -> context.eval(source));
    }

    @Test
    void pythonExceptionIsAGuestException() {
        PolyglotException error = runProgram();
        assertTrue(error.isGuestException());
        assertFalse(error.isHostException());
        assertFalse(error.isSyntaxError());
        assertFalse(error.isInternalError());
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", error.getMessage());
    }

    @Test
    void guestObjectIsThePythonException() {
        PolyglotException error = evalFailing("raise ValueError('bad', 2)");
        Value exception = error.getGuestObject();
        assertNotNull(exception);
        assertEquals("ValueError", exception.getMetaObject().getMetaSimpleName());
        assertEquals("('bad', 2)", exception.getMember("args").toString());
        assertEquals("ValueError: ('bad', 2)", error.getMessage());
    }

    @Test
    void userDefinedExceptionTypes() {
        PolyglotException error = evalFailing("""
                class InsufficientFunds(Exception):
                    pass
                raise InsufficientFunds('balance too low')
                """);
        assertTrue(error.getMessage().endsWith("InsufficientFunds: balance too low"), error.getMessage());
        assertEquals("InsufficientFunds", error.getGuestObject().getMetaObject().getMetaSimpleName());
    }

    @Test
    void stackTraceNamesPythonFunctionsWithTheirLines() {
        PolyglotException error = runProgram();
        List<String> names = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (PolyglotException.StackFrame frame : error.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()) {
                assertEquals("krait", frame.getLanguage().getId());
                names.add(frame.getRootName());
                assertNotNull(frame.getSourceLocation(), frame.toString());
                assertEquals("prog.py", frame.getSourceLocation().getSource().getName());
                lines.add(frame.getSourceLocation().getStartLine());
            }
        }
        assertEquals(List.of("inner", "outer", "<module>"), names);
        // callers show the line of the call; the innermost frame's exact line is the exception's source location
        assertEquals(List.of(6, 8), lines.subList(1, 3));
        assertEquals(2, error.getSourceLocation().getStartLine());
        assertEquals("    return x + 'a'", error.getSourceLocation().getCharacters().toString());
    }

    @Test
    void errorsFromFunctionsCalledByJava() {
        Value divide = context.eval("krait", "def divide(a, b):\n    return a / b\ndivide");
        PolyglotException error = assertThrows(PolyglotException.class, () -> divide.execute(1, 0));
        assertTrue(error.isGuestException());
        assertEquals("ZeroDivisionError: division by zero", error.getMessage());
        assertEquals("divide", error.getPolyglotStackTrace().iterator().next().getRootName());
    }

    @Test
    void pythonCanCatchItsOwnErrorsBeforeJavaSeesThem() {
        Value result = context.eval("krait", """
                try:
                    {}['missing']
                except KeyError as e:
                    caught = 'caught ' + repr(e)
                caught
                """);
        assertEquals("caught KeyError('missing')", result.asString());
    }

    @Test
    void javaExceptionsPassThroughPythonAsHostExceptions() {
        context.getBindings("krait").putMember("failing", (org.graalvm.polyglot.proxy.ProxyExecutable) args -> {
            throw new IllegalStateException("from Java");
        });
        PolyglotException error = evalFailing("def call_it():\n    failing()\ncall_it()");
        assertTrue(error.isHostException());
        assertTrue(error.asHostException() instanceof IllegalStateException);
    }

    @Test
    void syntaxErrorsAreSyntaxErrors() {
        Source source = Source.newBuilder("krait", "x = 1\ndef (:\n", "broken.py").buildLiteral();
        PolyglotException error = assertThrows(PolyglotException.class, () -> context.eval(source));
        assertTrue(error.isSyntaxError());
        assertTrue(error.getMessage().startsWith("SyntaxError"), error.getMessage());
        assertEquals(2, error.getSourceLocation().getStartLine());
    }
}
