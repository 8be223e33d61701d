package dev.krait.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.parser.ParseMode;
import dev.krait.parser.Parser;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.symtable.Scope;
import dev.krait.symtable.ScopeKind;
import dev.krait.symtable.Symbol;
import dev.krait.symtable.SymbolScope;
import dev.krait.symtable.SymbolTable;

/** The symbol table against CPython 3.12's {@code symtable} module (symtable/*.symtable) and by hand. */
class SymbolTableTest {
    private static SymbolTable table(String src) {
        return SymbolTable.build(Parser.parse(src, "f.py", ParseMode.EXEC), "f.py", src);
    }

    private static Mod.Module module(SymbolTable t) {
        return (Mod.Module) t.top().node();
    }

    /** The same one-line-per-scope form regenerate.sh writes from CPython's symtable module. */
    private static void dump(Scope s, int depth, List<String> out) {
        String kind = switch (s.kind()) {
            case MODULE -> "module";
            case FUNCTION, COMPREHENSION -> "function";
            case CLASS -> "class";
            case TYPE_PARAMS -> "type parameter";
            case TYPE_ALIAS -> "type alias";
            case TYPE_VAR_BOUND -> "TypeVar bound";
        };
        String name = switch (s.name()) {
            case "<lambda>" -> "lambda";
            case "<genexpr>" -> "genexpr";
            default -> s.name().startsWith("<generic parameters of ") ?
                            s.name().substring(23, s.name().length() - 1) : s.name();
        };
        List<String> syms = new ArrayList<>();
        for (Symbol sym : s.symbols().values()) {
            // the internal names regenerate.sh leaves out (".type_params", "__type_params__"...; ".0" is kept)
            if (sym.name().startsWith(".") && !sym.name().equals(".0") || sym.name().equals("__type_params__")) {
                continue;
            }
            syms.add(sym.name() + ":" + sym.scope() + (sym.isParameter() ? ":param" : ""));
        }
        syms.sort(null);
        out.add("  ".repeat(depth) + kind + " " + name + " " + String.join(" ", syms));
        for (Scope c : s.children()) {
            dump(c, depth + 1, out);
        }
    }

    @TestFactory
    Stream<DynamicTest> scopesMatchCPython() {
        return ParserResources.files("symtable", ".py").stream().map(src -> DynamicTest.dynamicTest(
                        src.getFileName().toString(), () -> {
                            String expected = ParserResources.read(ParserResources.golden(src, ".symtable")).strip();
                            List<String> out = new ArrayList<>();
                            dump(table(ParserResources.read(src)).top(), 0, out);
                            assertEquals(expected, String.join("\n", out).strip());
                        }));
    }

    @Test
    void closureCellsAndFreeVariables() {
        SymbolTable t = table("""
                        def outer(a, b):
                            c = 1
                            def inner():
                                return a + c
                            return inner
                        """);
        Stmt.FunctionDef outer = (Stmt.FunctionDef) module(t).body().getFirst();
        Scope os = t.scopeOf(outer);
        assertEquals(ScopeKind.FUNCTION, os.kind());
        assertEquals(List.of("a", "b", "c", "inner"), os.varnames());
        assertEquals(List.of("a", "c"), os.cellvars());
        assertEquals(List.of(), os.freevars());
        assertEquals(SymbolScope.CELL, os.lookup("a").scope());
        assertTrue(os.lookup("a").isParameter());
        Stmt.FunctionDef inner = (Stmt.FunctionDef) outer.body().get(1);
        Scope is = t.scopeOf(inner);
        assertSame(os, is.parent());
        assertEquals(List.of("a", "c"), is.freevars());
        assertEquals(SymbolScope.FREE, is.lookup("c").scope());
        assertTrue(is.isNested());
        assertFalse(is.isGenerator());
    }

    @Test
    void genericClassHandsItsParametersToItsBody() {
        SymbolTable t = table("class Box[T](Base):\n    pass\n");
        Stmt.ClassDef box = (Stmt.ClassDef) module(t).body().getFirst();
        Scope params = t.typeParamsScopeOf(box);
        Scope body = t.scopeOf(box);
        assertSame(params, body.parent());
        // as CPython's: the parameters' tuple is a cell the body reads as __type_params__, Generic[T] a local
        assertEquals(SymbolScope.CELL, params.lookup(".type_params").scope());
        assertEquals(SymbolScope.LOCAL, params.lookup(".generic_base").scope());
        assertEquals(SymbolScope.FREE, body.lookup(".type_params").scope());
        assertEquals(SymbolScope.LOCAL, body.lookup("__type_params__").scope());
    }

    @Test
    void classScopesAreSkippedForNestedFunctions() {
        SymbolTable t = table("""
                        def f():
                            x = 1
                            class C:
                                x = 2
                                def m(self):
                                    return x
                            return C
                        """);
        Stmt.FunctionDef f = (Stmt.FunctionDef) module(t).body().getFirst();
        Stmt.ClassDef c = (Stmt.ClassDef) f.body().get(1);
        Stmt.FunctionDef m = (Stmt.FunctionDef) c.body().get(1);
        assertEquals(SymbolScope.CELL, t.scopeOf(f).lookup("x").scope());
        assertEquals(SymbolScope.LOCAL, t.scopeOf(c).lookup("x").scope());
        assertTrue(t.scopeOf(c).lookup("x").isFreeInClass());
        assertEquals(SymbolScope.FREE, t.scopeOf(m).lookup("x").scope());
        assertEquals(List.of("x"), t.scopeOf(c).freevars());
    }

    @Test
    void superNeedsTheClassCell() {
        SymbolTable t = table("""
                        class A(B):
                            def m(self):
                                return super().m()
                            def n(self):
                                return 1
                        """);
        Stmt.ClassDef a = (Stmt.ClassDef) module(t).body().getFirst();
        Scope cls = t.scopeOf(a);
        assertTrue(cls.needsClassClosure());
        assertEquals(List.of("__class__"), cls.cellvars());
        Scope m = t.scopeOf(a.body().get(0));
        assertTrue(m.usesClassCell());
        assertEquals(List.of("__class__"), m.freevars());
        assertFalse(t.scopeOf(a.body().get(1)).usesClassCell());
    }

    @Test
    void comprehensionsHaveTheirOwnScope() {
        SymbolTable t = table("""
                        def f(xs, n):
                            return [x + n for x in xs if (last := x)], last
                        """);
        Stmt.FunctionDef f = (Stmt.FunctionDef) module(t).body().getFirst();
        Stmt.Return r = (Stmt.Return) f.body().getFirst();
        Expr.ListComp comp = (Expr.ListComp) ((Expr.Tuple) r.value()).elts().getFirst();
        Scope cs = t.scopeOf(comp);
        assertEquals(ScopeKind.COMPREHENSION, cs.kind());
        assertEquals("<listcomp>", cs.name());
        assertEquals(List.of(".0"), cs.parameters());
        assertEquals(List.of(".0", "x"), cs.varnames());
        // the first iterable is evaluated in the enclosing scope
        assertNull(cs.lookup("xs"));
        assertEquals(SymbolScope.FREE, cs.lookup("n").scope());
        // the walrus binds in the enclosing function
        assertEquals(SymbolScope.FREE, cs.lookup("last").scope());
        Scope fs = t.scopeOf(f);
        assertEquals(SymbolScope.CELL, fs.lookup("last").scope());
        assertEquals(List.of("last", "n"), fs.cellvars());
    }

    @Test
    void walrusInModuleComprehensionIsGlobal() {
        SymbolTable t = table("ys = [(y := v) for v in range(3)]\n");
        Scope top = t.top();
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, top.lookup("y").scope());
        Scope comp = top.children().getFirst();
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, comp.lookup("y").scope());
    }

    @Test
    void generatorsAndCoroutines() {
        SymbolTable t = table("""
                        def g(*args, **kw):
                            yield 1
                        async def c():
                            await x
                        async def ag():
                            yield 1
                        e = (i for i in range(3))
                        """);
        List<Stmt> body = module(t).body();
        Scope g = t.scopeOf(body.get(0));
        assertTrue(g.isGenerator());
        assertFalse(g.isCoroutine());
        assertTrue(g.hasVarargs());
        assertTrue(g.hasVarkeywords());
        assertEquals(List.of("args", "kw"), g.varnames());
        Scope c = t.scopeOf(body.get(1));
        assertTrue(c.isCoroutine());
        assertFalse(c.isGenerator());
        Scope ag = t.scopeOf(body.get(2));
        assertTrue(ag.isCoroutine() && ag.isGenerator());
        Expr gen = ((Stmt.Assign) body.get(3)).value();
        assertTrue(t.scopeOf(gen).isGenerator());
    }

    @Test
    void parametersComeFirstInDeclarationOrder() {
        SymbolTable t = table("def f(a, /, b, *c, d, **e):\n    z = 1\n    y = 2\n");
        Scope f = t.scopeOf(module(t).body().getFirst());
        assertEquals(List.of("a", "b", "c", "d", "e"), f.parameters());
        assertEquals(List.of("a", "b", "c", "d", "e", "z", "y"), f.varnames());
    }

    @Test
    void globalsAndImplicitGlobals() {
        SymbolTable t = table("""
                        def f():
                            global g
                            g = len(h)
                        """);
        Scope f = t.scopeOf(module(t).body().getFirst());
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, f.lookup("g").scope());
        assertTrue(f.lookup("g").isDeclaredGlobal());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, f.lookup("len").scope());
        assertTrue(f.lookup("h").isReferenced());
        assertEquals(List.of(), f.varnames());
    }

    @Test
    void privateNamesAreMangled() {
        SymbolTable t = table("class _A:\n    __x = 1\n    def m(self):\n        __y = 2\n");
        Stmt.ClassDef a = (Stmt.ClassDef) module(t).body().getFirst();
        assertEquals(SymbolScope.LOCAL, t.scopeOf(a).lookup("_A__x").scope());
        Scope m = t.scopeOf(a.body().get(1));
        assertEquals("_A__y", m.mangle("__y"));
        assertEquals("__init__", m.mangle("__init__"));
        assertEquals(List.of("self", "_A__y"), m.varnames());
    }

    @Test
    void lambdasAndTypeParameterScopes() {
        SymbolTable t = table("f = lambda x, y=1: x\ndef g[T](a: T) -> T: pass\ntype A[K] = list[K]\n");
        List<Stmt> body = module(t).body();
        Expr lam = ((Stmt.Assign) body.get(0)).value();
        assertEquals("<lambda>", t.scopeOf(lam).name());
        Scope typeParams = t.typeParamsScopeOf(body.get(1));
        assertEquals(ScopeKind.TYPE_PARAMS, typeParams.kind());
        assertSame(typeParams, t.scopeOf(body.get(1)).parent());
        Scope alias = t.scopeOf(body.get(2));
        assertEquals(ScopeKind.TYPE_ALIAS, alias.kind());
        assertEquals(SymbolScope.FREE, alias.lookup("K").scope());
    }

    @Test
    void errorsHaveCPythonLocations() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> table("def f():\n    x = 1\n    global x\n"));
        assertEquals("name 'x' is assigned to before global declaration", e.msg());
        assertEquals(3, e.lineno());
        assertEquals(5, e.offset());
        e = assertThrows(PythonSyntaxError.class, () -> table("[(i := 0) for i in range(3)]\n"));
        assertEquals("assignment expression cannot rebind comprehension iteration variable 'i'", e.msg());
        e = assertThrows(PythonSyntaxError.class, () -> table("class C:\n    [(y := 0) for i in range(3)]\n"));
        assertEquals("assignment expression within a comprehension cannot be used in a class body", e.msg());
        e = assertThrows(PythonSyntaxError.class, () -> table("def f():\n    from os import *\n"));
        assertEquals("import * only allowed at module level", e.msg());
    }
}
