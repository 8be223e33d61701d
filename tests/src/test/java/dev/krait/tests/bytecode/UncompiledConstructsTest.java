package dev.krait.tests.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What golden programs cannot show (CPython compiles everything): a construct the bytecode compiler does not handle
 * yet makes the bytecode attributes raise NotImplementedError naming it, while the program still runs.
 */
class UncompiledConstructsTest {
    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("krait").build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String attributeError(String source, String attribute) {
        String program = """
                        def probe(source, attribute):
                            code = compile(source, "<test>", "exec")
                            namespace = {}
                            exec(code, namespace)
                            try:
                                getattr(code, attribute)
                            except NotImplementedError as e:
                                return "NotImplementedError: " + str(e)
                            return "compiled"
                        """;
        context.eval("krait", program);
        return context.getBindings("krait").getMember("probe").execute(source, attribute).asString();
    }

    @Test
    void longFStringIsNotCompiledYet() {
        assertEquals("NotImplementedError: Krait's bytecode compiler does not compile f-strings with more than 30 parts yet",
                        attributeError("x = 1\ns = f'" + "{x}-".repeat(20) + "'\n", "co_code"));
    }

    @Test
    void typeParametersAndStringAnnotationsCompile() {
        assertEquals("compiled", attributeError("type X = int\n", "co_code"));
        assertEquals("compiled", attributeError("def f[T](x: T) -> T:\n    return x\n", "co_consts"));
        assertEquals("compiled", attributeError("from __future__ import annotations\ndef f(x: int): pass\n", "co_linetable"));
    }

    @Test
    void ordinaryCodeCompiles() {
        assertEquals("compiled", attributeError("x = [i for i in range(3)]\n", "co_code"));
    }
}
