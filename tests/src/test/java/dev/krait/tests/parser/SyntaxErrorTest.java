package dev.krait.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.krait.ast.Mod;
import dev.krait.parser.ParseMode;
import dev.krait.parser.Parser;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.symtable.SymbolTable;

/**
 * Each case of errors/cases.txt must fail as CPython 3.12's {@code compile(src, 'f.py', 'exec')} does
 * (errors/expected.tsv: type, message, line, offset, and whether codeop sees incomplete input).
 */
class SyntaxErrorTest {
    private static void compile(String src) {
        Mod mod = Parser.parse(src, "f.py", ParseMode.EXEC);
        SymbolTable.build(mod, "f.py", src);
    }

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        Path dir = ParserResources.dir("errors");
        String[] cases = ParserResources.read(dir.resolve("cases.txt")).split("\n===\n", -1);
        List<String> expected = ParserResources.read(dir.resolve("expected.tsv")).lines().toList();
        assertEquals(cases.length, expected.size(), "regenerate errors/expected.tsv");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            String src = cases[i].endsWith("\n") ? cases[i] : cases[i] + "\n";
            String[] want = expected.get(i).split("\t", -1);
            String name = i + ": " + src.strip().replace("\n", "\\n");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> compile(src));
                String got = String.join("\t", e.errorType(), e.msg(), "" + e.lineno(), "" + e.offset(),
                                "" + e.incompleteInput());
                assertEquals(String.join("\t", want), got);
                assertEquals("f.py", e.filename());
            }));
        }
        return tests.stream();
    }

    @Test
    void errorCarriesTheOffendingLine() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> compile("x = 1\ny = = 2\nz = 3\n"));
        assertEquals("y = = 2\n", e.text());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
    }

    @Test
    void symbolTableErrorsCarryTheLineWhenGivenTheSource() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> compile("def f():\n    return\nreturn 1\n"));
        assertEquals("'return' outside function", e.msg());
        assertEquals("return 1\n", e.text());
    }

    @Test
    void completeInputIsNotReportedIncomplete() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> compile("1 +\n"));
        assertEquals(false, e.incompleteInput());
    }

    @Test
    void nestingTooDeepForTheStackIsARecursionError() throws InterruptedException {
        String src = "x = " + "-".repeat(100_000) + "1\n";
        PythonSyntaxError[] caught = new PythonSyntaxError[1];
        // a small stack makes the overflow certain whatever -Xss the test JVM runs with
        Thread t = new Thread(null, () -> {
            try {
                compile(src);
            } catch (PythonSyntaxError e) {
                caught[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertEquals("RecursionError", caught[0].errorType());
        assertEquals("maximum recursion depth exceeded during compilation", caught[0].msg());
    }

    @Test
    void nullCharactersAreRejected() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> compile("x = '\0'\n"));
        assertEquals("source code string cannot contain null bytes", e.msg());
        assertEquals(0, e.lineno());
    }

    @Test
    void evalModeDoesNotSkipIndentation() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parse("  1", "<string>",
                        ParseMode.EVAL));
        assertEquals("IndentationError", e.errorType());
        assertEquals("unexpected indent", e.msg());
    }

    @Test
    void singleModeTakesOneStatement() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parse("x = 1\ny = 2\n", "<stdin>",
                        ParseMode.SINGLE));
        assertEquals("multiple statements found while compiling a single statement", e.msg());
        assertEquals(1, e.lineno());
        assertEquals(6, e.offset());
    }

    @Test
    void replContinuationCases() {
        for (String src : List.of("if x:\n", "def f(a,\n", "x = [1,\n", "s = '''abc\n", "x = 1 + \\\n",
                        "class C:\n", "for i in y:\n", "while (a and\n", "try:\n", "with a:\n", "@dec\ndef f():\n", "@dec\n",
                        "match x:\n    case 1:\n", "f'{x\n", "if x:\n    pass\nelif y:\n")) {
            PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> compile(src), src);
            assertTrue(e.incompleteInput(), src);
        }
    }
}
