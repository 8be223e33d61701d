package dev.krait.symtable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.krait.ast.Alias;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Mod;
import dev.krait.ast.Node;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.ast.TypeParam;
import dev.krait.ast.WithItem;
import dev.krait.parser.PythonSyntaxError;

/**
 * Builds a {@link SymbolTable} in two passes, as CPython does: a walk over the AST records how each name is used in
 * each scope, then an analysis from the top resolves every name (local, global, free, cell) knowing which names the
 * enclosing function scopes bind. Errors CPython's compiler raises (rather than its symtable) are held back until the
 * walk is complete, so that a symtable error later in the source wins as it does in CPython.
 */
final class SymbolTableBuilder {
    private final String filename;
    private final String[] lines;
    private SymbolTable table;
    private Scope cur;
    private PythonSyntaxError compilerError;
    /** Per function-like scope, the first {@code return value}, to check "return with value in async generator". */
    private final Map<Scope, Stmt.Return> returnsWithValue = new HashMap<>();
    /** Per scope, the first global/nonlocal statement naming each name: where CPython reports conflicts. */
    private final Map<Scope, Map<String, Node>> directives = new HashMap<>();

    SymbolTableBuilder(String filename, String source) {
        this.filename = filename;
        this.lines = source == null ? null : source.split("(?<=\n)", -1);
    }

    SymbolTable build(Mod mod) {
        Scope top = new Scope(ScopeKind.MODULE, "top", mod, null, null);
        table = new SymbolTable(top);
        table.scopes.put(mod, top);
        cur = top;
        switch (mod) {
            case Mod.Module m -> {
                checkFutureImports(m.body());
                visitBody(m.body());
            }
            case Mod.Interactive m -> visitBody(m.body());
            case Mod.Expression m -> visitExpr(m.body());
        }
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
        finish(top);
        if (compilerError != null) {
            throw compilerError;
        }
        return table;
    }

    // ---- errors ----

    private PythonSyntaxError error(String msg, Node n) {
        String text = lines != null && n.lineno() >= 1 && n.lineno() <= lines.length ? lines[n.lineno() - 1] : null;
        return new PythonSyntaxError("SyntaxError", msg, filename, n.lineno(), n.colOffset() + 1, n.endLineno(),
                        n.endColOffset() + 1, text, false);
    }

    private void compilerError(String msg, Node n) {
        if (compilerError == null) {
            compilerError = error(msg, n);
        }
    }

    // ---- scopes and definitions ----

    private Scope enter(ScopeKind kind, String name, Object node, String privateName) {
        Scope s = new Scope(kind, name, node, cur, privateName);
        table.scopes.put(node, s);
        cur = s;
        return s;
    }

    private void exit(Scope s) {
        cur = s.parent();
    }

    private Symbol addDef(String name, int flag, Node location) {
        return addDef(cur, name, flag, location);
    }

    private Symbol addDef(Scope scope, String name, int flag, Node location) {
        String mangled = SymbolTable.mangle(scope.privateName, name);
        Symbol sym = scope.symbols.computeIfAbsent(mangled, Symbol::new);
        if ((flag & Symbol.DEF_PARAM) != 0) {
            if ((sym.flags & Symbol.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", location);
            }
            scope.parameters.add(mangled);
        }
        sym.flags |= flag;
        if ((flag & Symbol.DEF_GLOBAL) != 0 && scope != table.top()) {
            // as in CPython, a global declaration anywhere makes the module's name explicitly global too
            table.top().symbols.computeIfAbsent(mangled, Symbol::new).flags |= Symbol.DEF_GLOBAL;
        }
        return sym;
    }

    private boolean inAsyncFunction(Scope s) {
        return s.kind() == ScopeKind.FUNCTION && s.isCoroutine;
    }

    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division",
                    "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
                    "generator_stop", "annotations");

    /**
     * Under {@code from __future__ import annotations} annotations are kept as strings and never evaluated, so
     * their names belong to no scope (CPython gives each its own hidden annotation scope).
     */
    private boolean futureAnnotations;

    private void visitAnnotation(Expr annotation) {
        if (!futureAnnotations) {
            visitExpr(annotation);
        } else {
            checkStringAnnotation(annotation);
        }
    }

    /**
     * An annotation kept as a string still may not hold a named expression, a yield or an await outside a nested
     * scope (CPython visits it in an annotation scope that refuses them).
     */
    private void checkStringAnnotation(Object node) {
        switch (node) {
            case Expr.NamedExpr n -> throw error("named expression cannot be used within an annotation", n);
            case Expr.Yield y -> throw error("yield expression cannot be used within an annotation", y);
            case Expr.YieldFrom y -> throw error("yield expression cannot be used within an annotation", y);
            case Expr.Await a -> throw error("await expression cannot be used within an annotation", a);
            case Expr.Lambda l -> {
            }
            case Expr.ListComp c -> {
            }
            case Expr.SetComp c -> {
            }
            case Expr.DictComp c -> {
            }
            case Expr.GeneratorExp g -> {
            }
            case Record record -> {
                for (Object child : dev.krait.ast.AstChildren.of(record)) {
                    if (child instanceof List<?> list) {
                        for (Object item : list) {
                            if (item != null) { // a dict display's ** entry has no key
                                checkStringAnnotation(item);
                            }
                        }
                    } else if (child != null) {
                        checkStringAnnotation(child);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** {@code from __future__ import x}: only known features, and only at the top of the module. */
    private void checkFutureImports(List<Stmt> body) {
        boolean atTop = true;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (!atTop) {
                    throw error("from __future__ imports must occur at the beginning of the file", s);
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        futureAnnotations = true;
                    }
                    if (a.name().equals("braces")) {
                        throw error("not a chance", s);
                    }
                    if (!FUTURE_FEATURES.contains(a.name())) {
                        throw error("future feature " + a.name() + " is not defined", s);
                    }
                }
            } else if (!(i == 0 && s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c &&
                            c.value() instanceof String)) {
                atTop = false;
            }
        }
    }

    // ---- statements ----

    private void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                            f.typeParams(), false);
            case Stmt.AsyncFunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(),
                            f.returns(), f.typeParams(), true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> {
                if (!cur.kind().isFunctionLike() || cur.kind() != ScopeKind.FUNCTION) {
                    compilerError("'return' outside function", r);
                }
                if (r.value() != null) {
                    returnsWithValue.putIfAbsent(cur, r);
                    visitExpr(r.value());
                }
                if (cur.exceptStarLoopDepth >= 0) {
                    // CPython's compiler reports a constant's return at the constant when it is on the same line
                    boolean atValue = r.value() instanceof Expr.Constant && r.value().lineno() == r.lineno();
                    compilerError(EXCEPT_STAR_JUMP, atValue ? r.value() : r);
                }
            }
            case Stmt.Delete d -> d.targets().forEach(this::visitExpr);
            case Stmt.Assign a -> {
                visitExpr(a.value());
                for (Expr t : a.targets()) {
                    checkStarredTarget(t);
                    visitExpr(t);
                }
            }
            case Stmt.TypeAlias t -> typeAlias(t);
            case Stmt.AugAssign a -> {
                visitExpr(a.value());
                if (a.target() instanceof Expr.Attribute attribute) {
                    visitExpr(attribute.value()); // x.__debug__ += 1 compiles (CPython checks no attribute name here)
                } else {
                    visitExpr(a.target());
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    checkDebugName(n.id(), n, false);
                }
                if (a.target() instanceof Expr.Name n && a.simple() == 1) {
                    Symbol existing = cur.symbols.get(SymbolTable.mangle(cur.privateName, n.id()));
                    if (existing != null && (existing.flags & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0 &&
                                    cur.kind() != ScopeKind.MODULE) {
                        boolean global = (existing.flags & Symbol.DEF_GLOBAL) != 0;
                        throw error("annotated name '" + n.id() + "' can't be " + (global ? "global" : "nonlocal"),
                                        a);
                    }
                    addDef(n.id(), Symbol.DEF_ANNOT | Symbol.DEF_LOCAL, n);
                } else if (a.target() instanceof Expr.Name n) {
                    // a parenthesized name, (x): int, binds it only when a value is assigned
                    if (a.value() != null) {
                        addDef(n.id(), Symbol.DEF_LOCAL, n);
                    }
                } else {
                    visitExpr(a.target());
                }
                visitAnnotation(a.annotation());
                if (a.value() != null) {
                    visitExpr(a.value());
                }
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.AsyncFor f -> {
                if (!inAsyncFunction(cur)) {
                    compilerError("'async for' outside async function", f);
                }
                loop(f.target(), f.iter(), f.body(), f.orelse());
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                cur.loopDepth++;
                visitBody(w.body());
                cur.loopDepth--;
                visitBody(w.orelse());
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                visitBody(i.body());
                visitBody(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body());
            case Stmt.AsyncWith w -> {
                if (!inAsyncFunction(cur)) {
                    compilerError("'async with' outside async function", w);
                }
                with(w.items(), w.body());
            }
            case Stmt.Match m -> {
                visitExpr(m.subject());
                for (int i = 0; i < m.cases().size(); i++) {
                    MatchCase c = m.cases().get(i);
                    if (compilerError == null) {
                        try {
                            PatternChecks.check(c.pattern(), c.guard() != null || i == m.cases().size() - 1, this::error);
                        } catch (PythonSyntaxError e) {
                            compilerError = e;
                        }
                    }
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitBody(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                }
                if (r.cause() != null) {
                    visitExpr(r.cause());
                }
            }
            case Stmt.Try t -> tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> {
                int outer = cur.exceptStarLoopDepth;
                visitBody(t.body());
                for (ExceptHandler h : t.handlers()) {
                    // a break/continue/return here that leaves the clause is an error, before any "outside loop"
                    cur.exceptStarLoopDepth = cur.loopDepth;
                    visitHandler(h);
                    cur.exceptStarLoopDepth = outer;
                }
                visitBody(t.orelse());
                visitBody(t.finalbody());
            }
            case Stmt.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Stmt.Import i -> imports(i.names(), i);
            case Stmt.ImportFrom i -> imports(i.names(), i);
            case Stmt.Global g -> declare(g, g.names(), true);
            case Stmt.Nonlocal n -> declare(n, n.names(), false);
            case Stmt.Expr e -> visitExpr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
                if (cur.exceptStarLoopDepth == cur.loopDepth) {
                    compilerError(EXCEPT_STAR_JUMP, b);
                } else if (cur.loopDepth == 0) {
                    compilerError("'break' outside loop", b);
                }
            }
            case Stmt.Continue c -> {
                if (cur.exceptStarLoopDepth == cur.loopDepth) {
                    compilerError(EXCEPT_STAR_JUMP, c);
                } else if (cur.loopDepth == 0) {
                    compilerError("'continue' not properly in loop", c);
                }
            }
        }
    }

    private static final String EXCEPT_STAR_JUMP = "'break', 'continue' and 'return' cannot appear in an except* block";

    private void checkStarredTarget(Expr target) {
        if (target instanceof Expr.Starred s) {
            compilerError("starred assignment target must be in a list or tuple", s);
        }
        List<Expr> elts = target instanceof Expr.Tuple t ? t.elts() : target instanceof Expr.List l ? l.elts() : null;
        if (elts != null) {
            boolean seen = false;
            for (Expr e : elts) {
                if (e instanceof Expr.Starred s) {
                    if (seen) {
                        compilerError("multiple starred expressions in assignment", target);
                    }
                    seen = true;
                    checkStarredTarget(s.value());
                } else {
                    checkStarredTarget(e);
                }
            }
        }
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        visitExpr(iter);
        checkStarredTarget(target);
        visitExpr(target);
        cur.loopDepth++;
        visitBody(body);
        cur.loopDepth--;
        visitBody(orelse);
    }

    private void with(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            visitExpr(item.contextExpr());
            if (item.optionalVars() != null) {
                visitExpr(item.optionalVars());
            }
        }
        visitBody(body);
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitBody(body);
        for (ExceptHandler h : handlers) {
            visitHandler(h);
        }
        visitBody(orelse);
        visitBody(finalbody);
    }

    private void visitHandler(ExceptHandler h) {
        if (h.type() != null) {
            visitExpr(h.type());
        }
        if (h.name() != null) {
            checkDebugName(h.name(), h, false);
            addDef(h.name(), Symbol.DEF_LOCAL, h);
        }
        visitBody(h.body());
    }

    private void imports(List<Alias> names, Stmt stmt) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (cur.kind() != ScopeKind.MODULE) {
                    throw error("import * only allowed at module level", a);
                }
                continue;
            }
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            checkDebugName(bound, stmt, false); // CPython points at the statement
            addDef(bound, Symbol.DEF_IMPORT, a);
        }
    }

    private void declare(Stmt stmt, List<String> names, boolean global) {
        String what = global ? "global" : "nonlocal";
        if (!global && cur.kind() == ScopeKind.MODULE) {
            throw error("nonlocal declaration not allowed at module level", stmt);
        }
        for (String name : names) {
            Symbol sym = cur.symbols.get(SymbolTable.mangle(cur.privateName, name));
            int flags = sym == null ? 0 : sym.flags;
            if ((flags & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & Symbol.DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & Symbol.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & Symbol.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, stmt);
            }
            if (global && (flags & Symbol.DEF_NONLOCAL) != 0 || !global && (flags & Symbol.DEF_GLOBAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", directive(cur, name, stmt));
            }
            directives.computeIfAbsent(cur, k -> new HashMap<>()).putIfAbsent(
                            SymbolTable.mangle(cur.privateName, name), stmt);
            addDef(name, global ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, stmt);
        }
    }

    private void functionDef(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                    Expr returns, List<TypeParam> typeParams, boolean isAsync) {
        checkDebugName(name, node, false);
        addDef(name, Symbol.DEF_LOCAL, node);
        visitDefaults(args);
        decorators.forEach(this::visitExpr);
        Scope typeScope = null;
        if (!typeParams.isEmpty()) {
            typeScope = enterTypeParams(node, name, typeParams);
            // the defaults were evaluated outside; the type-parameter scope receives them as its parameters
            if (!args.defaults().isEmpty()) {
                addDef(".defaults", Symbol.DEF_PARAM, node);
            }
            if (args.kwDefaults().stream().anyMatch(java.util.Objects::nonNull)) {
                addDef(".kwdefaults", Symbol.DEF_PARAM, node);
            }
        }
        visitAnnotations(args, returns);
        Scope fn = enter(ScopeKind.FUNCTION, name, node, cur.privateName);
        fn.isCoroutine = isAsync;
        visitParameters(args);
        visitBody(body);
        exit(fn);
        checkAsyncGeneratorReturn(fn);
        if (typeScope != null) {
            exit(typeScope);
        }
    }

    private void checkAsyncGeneratorReturn(Scope fn) {
        Stmt.Return r = returnsWithValue.get(fn);
        if (r != null && fn.isCoroutine && fn.isGenerator) {
            compilerError("'return' with value in async generator", r);
        }
    }

    private Scope enterTypeParams(Object node, String name, List<TypeParam> typeParams) {
        Scope s = new Scope(ScopeKind.TYPE_PARAMS, "<generic parameters of " + name + ">", node, cur,
                        cur.privateName);
        table.typeParamScopes.put(node, s);
        cur = s;
        if (node instanceof Stmt.ClassDef c) {
            // as in CPython: the parameters' tuple, which the class body reads as __type_params__, and Generic[...]
            addDef(".type_params", Symbol.DEF_LOCAL | Symbol.USE, c);
            addDef(".generic_base", Symbol.DEF_LOCAL | Symbol.USE, c);
        }
        for (TypeParam tp : typeParams) {
            checkDebugName(tp.name(), tp, false);
            addDef(tp.name(), Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL, tp);
            if (tp instanceof TypeParam.TypeVar tv && tv.bound() != null) {
                Scope bound = enter(ScopeKind.TYPE_VAR_BOUND, tv.name(), tv, cur.privateName);
                visitExpr(tv.bound());
                exit(bound);
            }
        }
        return s;
    }

    private void visitDefaults(Arguments args) {
        args.defaults().forEach(this::visitExpr);
        for (Expr e : args.kwDefaults()) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitAnnotations(Arguments args, Expr returns) {
        for (Arg a : allParameters(args)) {
            if (a.annotation() instanceof Expr.Starred s && a == args.vararg()) {
                visitAnnotation(s.value()); // def f(*args: *Ts)
            } else if (a.annotation() != null) {
                visitAnnotation(a.annotation());
            }
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private static List<Arg> allParameters(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    private void visitParameters(Arguments args) {
        for (Arg a : allParameters(args)) {
            checkDebugName(a.arg(), a, false);
            addDef(a.arg(), Symbol.DEF_PARAM, a);
        }
        cur.hasVarargs = args.vararg() != null;
        cur.hasVarkeywords = args.kwarg() != null;
    }

    private void classDef(Stmt.ClassDef c) {
        checkDebugName(c.name(), c, false);
        addDef(c.name(), Symbol.DEF_LOCAL, c);
        c.decoratorList().forEach(this::visitExpr);
        Scope typeScope = null;
        if (!c.typeParams().isEmpty()) {
            typeScope = enterTypeParams(c, c.name(), c.typeParams());
        }
        visitElements(c.bases());
        for (Keyword k : c.keywords()) {
            visitExpr(k.value());
        }
        Scope cls = enter(ScopeKind.CLASS, c.name(), c, c.name());
        if (typeScope != null) {
            addDef("__type_params__", Symbol.DEF_LOCAL, c);
            addDef(".type_params", Symbol.USE, c);
        }
        visitBody(c.body());
        exit(cls);
        if (typeScope != null) {
            exit(typeScope);
        }
    }

    private void typeAlias(Stmt.TypeAlias t) {
        if (t.name() instanceof Expr.Name n) {
            checkDebugName(n.id(), t, false);
        }
        visitExpr(t.name());
        String name = t.name() instanceof Expr.Name n ? n.id() : "<type alias>";
        Scope typeScope = null;
        if (!t.typeParams().isEmpty()) {
            typeScope = enterTypeParams(t, name, t.typeParams());
        }
        Scope alias = enter(ScopeKind.TYPE_ALIAS, name, t, cur.privateName);
        visitExpr(t.value());
        exit(alias);
        if (typeScope != null) {
            exit(typeScope);
        }
    }

    // ---- expressions ----

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitExpr(Expr expr) {
        switch (expr) {
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.NamedExpr n -> namedExpr(n);
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitDefaults(l.args());
                Scope fn = enter(ScopeKind.FUNCTION, "<lambda>", l, cur.privateName);
                visitParameters(l.args());
                visitExpr(l.body());
                exit(fn);
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) != null) {
                        visitExpr(d.keys().get(i));
                    }
                    visitExpr(d.values().get(i));
                }
            }
            case Expr.Set s -> visitElements(s.elts());
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null, false);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null, false);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), false);
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null, true);
            case Expr.Await a -> {
                switch (cur.kind()) {
                    case MODULE, CLASS -> compilerError("'await' outside function", a);
                    case COMPREHENSION -> cur.isCoroutine = true;
                    case FUNCTION -> {
                        if (!cur.isCoroutine) {
                            compilerError("'await' outside async function", a);
                        }
                    }
                    default -> throw error("await expression cannot be used within " + annotationScopeName(), a);
                }
                visitExpr(a.value());
            }
            case Expr.Yield y -> {
                yieldExpr(y);
                if (y.value() != null) {
                    visitExpr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                yieldExpr(y);
                if (cur.kind() == ScopeKind.FUNCTION && cur.isCoroutine) {
                    compilerError("'yield from' inside async function", y);
                }
                visitExpr(y.value());
            }
            case Expr.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Expr.Call c -> {
                visitExpr(c.func());
                visitElements(c.args());
                Set<String> seen = new HashSet<>();
                for (Keyword k : c.keywords()) {
                    if (k.arg() != null) {
                        checkDebugName(k.arg(), k, false);
                    }
                    if (k.arg() != null && !seen.add(k.arg())) {
                        compilerError("keyword argument repeated: " + k.arg(), k);
                    }
                    visitExpr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                }
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> {
                if (a.ctx() != ExprContext.Load) {
                    checkDebugName(a.attr(), a, a.ctx() == ExprContext.Del);
                }
                visitExpr(a.value());
            }
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> {
                compilerError("can't use starred expression here", s);
                visitExpr(s.value());
            }
            case Expr.Name n -> name(n);
            case Expr.List l -> visitElements(l.elts());
            case Expr.Tuple t -> visitElements(t.elts());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    visitExpr(s.lower());
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                }
                if (s.step() != null) {
                    visitExpr(s.step());
                }
            }
        }
    }

    /** Elements of a display, call or class bases, where {@code *x} is allowed. */
    private void visitElements(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                visitExpr(s.value());
            } else {
                visitExpr(e);
            }
        }
    }

    /** {@code __debug__} is a constant: binding or deleting it is an error CPython's compiler reports. */
    private void checkDebugName(String name, Node n, boolean delete) {
        if (name.equals("__debug__")) {
            compilerError(delete ? "cannot delete __debug__" : "cannot assign to __debug__", n);
        }
    }

    private void name(Expr.Name n) {
        if (n.ctx() == ExprContext.Load) {
            addDef(n.id(), Symbol.USE, n);
            if (cur.kind() == ScopeKind.FUNCTION && n.id().equals("super")) {
                addDef("__class__", Symbol.USE, n);
            }
        } else {
            checkDebugName(n.id(), n, n.ctx() == ExprContext.Del);
            addDef(n.id(), Symbol.DEF_LOCAL, n);
        }
    }

    private void yieldExpr(Expr y) {
        switch (cur.kind()) {
            case MODULE, CLASS -> compilerError("'yield' outside function", y);
            case COMPREHENSION -> {
                String what = switch (cur.name()) {
                    case "<listcomp>" -> "list comprehension";
                    case "<setcomp>" -> "set comprehension";
                    case "<dictcomp>" -> "dict comprehension";
                    default -> "generator expression";
                };
                throw error("'yield' inside " + what, y);
            }
            case FUNCTION -> cur.isGenerator = true;
            default -> throw error("yield expression cannot be used within " + annotationScopeName(), y);
        }
    }

    private String annotationScopeName() {
        return switch (cur.kind()) {
            case TYPE_VAR_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            default -> "the definition of a generic";
        };
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (comprehensionIterableDepth > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        if (cur.kind() == ScopeKind.COMPREHENSION && n.target() instanceof Expr.Name target) {
            String id = target.id();
            Scope s = cur;
            while (s.kind() == ScopeKind.COMPREHENSION) {
                Symbol sym = s.symbols.get(SymbolTable.mangle(s.privateName, id));
                if (sym != null && (sym.flags & Symbol.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + id + "'",
                                    n);
                }
                s = s.parent();
            }
            switch (s.kind()) {
                case FUNCTION -> {
                    Symbol inFunction = s.symbols.get(SymbolTable.mangle(s.privateName, id));
                    boolean global = inFunction != null && (inFunction.flags & Symbol.DEF_GLOBAL) != 0;
                    addDef(id, global ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, n);
                    addDef(s, id, Symbol.DEF_LOCAL, n);
                }
                case MODULE -> {
                    addDef(id, Symbol.DEF_GLOBAL, n);
                    addDef(s, id, Symbol.DEF_GLOBAL, n);
                }
                case CLASS -> throw error("assignment expression within a comprehension cannot be used in a class body",
                                n);
                default -> throw error("assignment expression cannot be used within " + annotationScopeName(), n);
            }
        } else if (!cur.kind().isFunctionLike() || cur.kind() == ScopeKind.FUNCTION ||
                        cur.kind() == ScopeKind.COMPREHENSION) {
            // an ordinary scope
        } else {
            throw error("named expression cannot be used within " + annotationScopeName(), n);
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    /** Inside the iterable of a comprehension's {@code for}, where no walrus is allowed, even in a nested lambda. */
    private int comprehensionIterableDepth;

    private void comprehensionIterable(Expr iter) {
        comprehensionIterableDepth++;
        try {
            visitExpr(iter);
        } finally {
            comprehensionIterableDepth--;
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> generators, Expr elt, Expr value,
                    boolean isGenerator) {
        Comprehension outermost = generators.getFirst();
        comprehensionIterable(outermost.iter());
        Scope comp = enter(ScopeKind.COMPREHENSION, name, node, cur.privateName);
        comp.isGenerator = isGenerator;
        addDef(".0", Symbol.DEF_PARAM, node);
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (g.isAsync()) {
                comp.isCoroutine = true;
            }
            if (i > 0) {
                comprehensionIterable(g.iter());
            }
            comprehensionTarget(g.target());
            visitExprs(g.ifs());
        }
        if (value != null) {
            visitExpr(elt);
            visitExpr(value);
        } else {
            visitExpr(elt);
        }
        exit(comp);
        if (comp.isCoroutine && !isGenerator) {
            Scope enclosing = comp.parent();
            if (enclosing.kind() == ScopeKind.COMPREHENSION) {
                enclosing.isCoroutine = true;
            } else if (!inAsyncFunction(enclosing)) {
                compilerError("asynchronous comprehension outside of an asynchronous function", node);
            }
        }
    }

    private void comprehensionTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> {
                checkDebugName(n.id(), n, false);
                Symbol existing = cur.symbols.get(SymbolTable.mangle(cur.privateName, n.id()));
                if (existing != null && (existing.flags & (Symbol.DEF_NONLOCAL | Symbol.DEF_GLOBAL)) != 0) {
                    throw error("comprehension inner loop cannot rebind assignment expression target '" + n.id() +
                                    "'", n);
                }
                addDef(n.id(), Symbol.DEF_LOCAL | Symbol.DEF_COMP_ITER, n);
            }
            case Expr.Tuple t -> t.elts().forEach(this::comprehensionTarget);
            case Expr.List l -> l.elts().forEach(this::comprehensionTarget);
            case Expr.Starred s -> comprehensionTarget(s.value());
            default -> visitExpr(target);
        }
    }

    private void visitPattern(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue v -> visitExpr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::visitPattern);
            case Pattern.MatchMapping m -> {
                visitExprs(m.keys());
                m.patterns().forEach(this::visitPattern);
                if (m.rest() != null) {
                    addDef(m.rest(), Symbol.DEF_LOCAL, m);
                }
            }
            case Pattern.MatchClass c -> {
                visitExpr(c.cls());
                c.patterns().forEach(this::visitPattern);
                c.kwdPatterns().forEach(this::visitPattern);
            }
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), Symbol.DEF_LOCAL, s);
                }
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), Symbol.DEF_LOCAL, a);
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::visitPattern);
        }
    }

    // ---- analysis ----

    /**
     * Resolves the names of {@code s}. {@code bound} holds the names bound by enclosing function-like scopes (null
     * at the top), {@code global} the names declared global above; on return {@code free} has gained the names free
     * in {@code s} or below.
     */
    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, SymbolScope> resolved = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = s.kind() == ScopeKind.CLASS;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Symbol sym : s.symbols.values()) {
            analyzeName(s, resolved, sym, bound, local, free, global);
        }
        if (!isClass) {
            if (s.kind().isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.hasFree) {
                s.hasFree = true;
            }
        }
        newFree.addAll(allFree);
        if (s.kind().isFunctionLike()) {
            for (Map.Entry<String, SymbolScope> e : resolved.entrySet()) {
                if (e.getValue() == SymbolScope.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(SymbolScope.CELL);
                }
            }
        } else if (isClass && newFree.remove("__class__")) {
            s.needsClassClosure = true;
        }
        for (Symbol sym : s.symbols.values()) {
            sym.scope = resolved.get(sym.name());
        }
        for (String name : newFree) {
            Symbol sym = s.symbols.get(name);
            if (sym != null) {
                if (isClass) {
                    sym.flags |= Symbol.DEF_FREE_CLASS;
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            sym = new Symbol(name);
            sym.scope = SymbolScope.FREE;
            s.symbols.put(name, sym);
        }
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, Map<String, SymbolScope> resolved, Symbol sym, Set<String> bound,
                    Set<String> local, Set<String> free, Set<String> global) {
        String name = sym.name();
        int flags = sym.flags;
        if ((flags & Symbol.DEF_GLOBAL) != 0) {
            resolved.put(name, SymbolScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Symbol.DEF_NONLOCAL) != 0) {
            if (bound == null || !bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", directive(s, name, null));
            }
            resolved.put(name, SymbolScope.FREE);
            s.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Symbol.DEF_BOUND) != 0) {
            resolved.put(name, SymbolScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            resolved.put(name, SymbolScope.FREE);
            s.hasFree = true;
            free.add(name);
        } else {
            resolved.put(name, SymbolScope.GLOBAL_IMPLICIT);
        }
    }

    private Node directive(Scope s, String name, Node fallback) {
        Node n = directives.getOrDefault(s, Map.of()).get(name);
        if (n != null) {
            return n;
        }
        return fallback != null ? fallback : s.node() instanceof Node node ? node : new Stmt.Pass(1, 0, 1, 0);
    }

    /** Fills varnames, cellvars and freevars once every name is resolved. */
    private void finish(Scope s) {
        if (s.kind().isFunctionLike()) {
            s.varnames.addAll(s.parameters);
            for (Symbol sym : s.symbols.values()) {
                if (sym.isLocal() && !sym.isParameter() && (sym.flags & Symbol.DEF_BOUND) != 0) {
                    s.varnames.add(sym.name());
                }
            }
        }
        for (Symbol sym : s.symbols.values()) {
            if (sym.scope == SymbolScope.CELL) {
                s.cellvars.add(sym.name());
            } else if (sym.scope == SymbolScope.FREE || sym.isFreeInClass()) {
                s.freevars.add(sym.name());
            }
        }
        if (s.needsClassClosure) {
            s.cellvars.add("__class__");
        }
        s.cellvars.sort(null);
        s.freevars.sort(null);
        s.usesClassCell = s.kind() == ScopeKind.FUNCTION && s.freevars.contains("__class__");
        for (Scope child : s.children) {
            finish(child);
        }
    }
}
