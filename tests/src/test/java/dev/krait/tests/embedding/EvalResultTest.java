package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Context.eval} returns the value of the source's last expression statement, as a Python value. */
class EvalResultTest {
    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("krait").build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Value eval(String source) {
        return context.eval("krait", source);
    }

    @Test
    void lastExpressionStatementIsTheResult() {
        assertEquals(42, eval("x = 40\ny = 2\nx + y").asInt());
        assertEquals("ab", eval("def f():\n    return 'a'\nf() + 'b'").asString());
    }

    @Test
    void sourceEndingInAStatementGivesNone() {
        Value result = eval("x = 1");
        assertTrue(result.isNull());
        assertTrue(eval("None").isNull());
    }

    @Test
    void pythonPrimitivesBecomeJavaPrimitives() {
        Value i = eval("7 * 6");
        assertTrue(i.isNumber());
        assertTrue(i.fitsInInt());
        assertEquals(42L, i.asLong());
        assertEquals(2.5, eval("5 / 2").asDouble());
        assertTrue(eval("1 < 2").asBoolean());
        assertFalse(eval("not True").asBoolean());
        assertEquals("héllo", eval("'h' + 'éllo'").asString());
    }

    @Test
    void bigIntsAreBigIntegers() {
        Value big = eval("2 ** 100");
        assertTrue(big.isNumber());
        assertFalse(big.fitsInLong());
        assertTrue(big.fitsInBigInteger());
        assertEquals(BigInteger.TWO.pow(100), big.asBigInteger());
        assertEquals("1267650600228229401496703205376", big.toString());
    }

    @Test
    void primitivesHavePythonTypesAndDisplay() {
        assertEquals("int", eval("1").getMetaObject().getMetaSimpleName());
        assertEquals("float", eval("1.5").getMetaObject().getMetaSimpleName());
        assertEquals("bool", eval("True").getMetaObject().getMetaSimpleName());
        assertEquals("str", eval("'s'").getMetaObject().getMetaSimpleName());
        assertEquals("NoneType", eval("None").getMetaObject().getMetaSimpleName());
        assertEquals("True", eval("True").toString());
        assertEquals("None", eval("None").toString());
        assertEquals("1e+16", eval("1e16").toString());
        assertEquals("Ellipsis", eval("...").toString());
    }

    @Test
    void objectsDisplayAsTheirRepr() {
        assertEquals("[1, 'two', (3.0, None)]", eval("[1, 'two', (3.0, None)]").toString());
        assertEquals("{'a': [1]}", eval("{'a': [1]}").toString());
        assertEquals("<class 'int'>", eval("int").toString());
        assertEquals("Point(1, 2)", eval("""
                class Point:
                    def __init__(self, x, y):
                        self.x, self.y = x, y
                    def __repr__(self):
                        return f'Point({self.x}, {self.y})'
                Point(1, 2)
                """).toString());
    }

    @Test
    void evaluationsShareTheMainModule() {
        eval("counter = 10");
        eval("counter += 5");
        assertEquals(15, eval("counter").asInt());
    }
}
