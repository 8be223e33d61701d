package dev.krait.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.krait.ast.AstDump;
import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.parser.ParseMode;
import dev.krait.parser.Parser;

/**
 * Parses each ok/*.py and compares the tree with CPython 3.12's {@code ast.dump} of it (ok/*.ast), and each
 * positions/*.py with {@code ast.dump(include_attributes=True)} (positions/*.ast). Goldens come from regenerate.sh.
 */
class ParserGoldenTest {
    @TestFactory
    Stream<DynamicTest> treesMatchCPython() {
        List<Path> sources = ParserResources.files("ok", ".py");
        assertFalse(sources.isEmpty());
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            String expected = ParserResources.read(ParserResources.golden(src, ".ast")).strip();
            Mod mod = Parser.parse(ParserResources.read(src), src.toString(), ParseMode.EXEC);
            assertEquals(expected, AstDump.dump(mod));
        }));
    }

    @TestFactory
    Stream<DynamicTest> positionsMatchCPython() {
        return ParserResources.files("positions", ".py").stream().map(src -> DynamicTest.dynamicTest(
                        src.getFileName().toString(), () -> {
                            String expected = ParserResources.read(ParserResources.golden(src, ".ast")).strip();
                            Mod mod = Parser.parse(ParserResources.read(src), src.toString(), ParseMode.EXEC);
                            assertEquals(expected, AstDump.dump(mod, true));
                        }));
    }

    @Test
    void evalModeGivesExpression() {
        Mod mod = Parser.parse("a + 1\n\n", "<string>", ParseMode.EVAL);
        assertEquals("Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))",
                        AstDump.dump(mod));
    }

    @Test
    void singleModeGivesInteractive() {
        Mod mod = Parser.parse("x = 1; y = 2\n", "<stdin>", ParseMode.SINGLE);
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), " +
                        "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])", AstDump.dump(mod));
        Mod compound = Parser.parse("if x:\n    pass\n", "<stdin>", ParseMode.SINGLE);
        assertInstanceOf(Stmt.If.class, ((Mod.Interactive) compound).body().getFirst());
    }

    @Test
    void columnsCountCodePoints() {
        Mod mod = Parser.parse("s = '\uD834\uDD1E\u00e9' + x\n", "f.py", ParseMode.EXEC);
        Stmt.Assign assign = (Stmt.Assign) ((Mod.Module) mod).body().getFirst();
        Expr.BinOp add = (Expr.BinOp) assign.value();
        assertEquals(4, add.left().colOffset());
        assertEquals(8, add.left().endColOffset());
        assertEquals(11, add.right().colOffset());
    }

    @Test
    void constantsHaveJavaValues() {
        Mod mod = Parser.parse("1; 2**70; 1.5; 2j; 'a'; b'a'; None; ...; True\n", "f.py", ParseMode.EXEC);
        List<Object> values = ((Mod.Module) mod).body().stream().map(s -> {
            Expr e = ((Stmt.Expr) s).value();
            return e instanceof Expr.BinOp b ? ((Expr.Constant) b.right()).value() : ((Expr.Constant) e).value();
        }).toList();
        assertEquals(1L, values.get(0));
        assertEquals(70L, values.get(1));
        assertEquals(1.5, values.get(2));
        assertEquals(new dev.krait.ast.Imaginary(2.0), values.get(3));
        assertEquals("a", values.get(4));
        assertEquals("a", new String((byte[]) values.get(5)));
        assertEquals(dev.krait.ast.ConstantValue.NONE, values.get(6));
        assertEquals(dev.krait.ast.ConstantValue.ELLIPSIS, values.get(7));
        assertEquals(Boolean.TRUE, values.get(8));
        Mod big = Parser.parse("123456789012345678901234567890\n", "f.py", ParseMode.EXEC);
        Object bigValue = ((Expr.Constant) ((Stmt.Expr) ((Mod.Module) big).body().getFirst()).value()).value();
        assertEquals(new java.math.BigInteger("123456789012345678901234567890"), bigValue);
    }
}
