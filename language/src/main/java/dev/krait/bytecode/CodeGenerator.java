package dev.krait.bytecode;

import static dev.krait.bytecode.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.ast.Alias;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.Mod;
import dev.krait.ast.Node;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Operator;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.ast.TypeParam;
import dev.krait.ast.WithItem;
import dev.krait.symtable.Scope;
import dev.krait.symtable.ScopeKind;
import dev.krait.symtable.Symbol;
import dev.krait.symtable.SymbolScope;
import dev.krait.symtable.SymbolTable;

/**
 * Compiles one scope of the syntax tree to CPython 3.12's instructions, the way CPython's code generator lays them
 * out, into a control-flow graph that {@link FlowGraph} then optimizes and {@link Assembler} turns into bytes.
 * Nested scopes (functions, lambdas, classes, generator expressions) are compiled recursively to the code units
 * their {@code LOAD_CONST} loads.
 */
public final class CodeGenerator {
    /** CPython's limit on how many values an expression pushes before it switches to building incrementally. */
    private static final int STACK_USE_GUIDELINE = 30;

    private final SymbolTable symbols;
    private final String filename;
    private final int optimize;
    private final boolean futureAnnotations;
    private final SourceColumns columns;
    private Unit u;

    private CodeGenerator(SymbolTable symbols, String filename, int optimize, boolean futureAnnotations, CharSequence text) {
        this.columns = new SourceColumns(text);
        this.symbols = symbols;
        this.filename = filename;
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    /** Compiles a module (or {@code eval}/interactive input). */
    public static CodeUnit compileModule(Mod mod, SymbolTable symbols, String filename, int optimize, CharSequence text) {
        CodeGenerator g = new CodeGenerator(symbols, filename, optimize, hasFutureAnnotations(mod), text);
        return g.module(mod);
    }

    /**
     * Compiles the body of the function, lambda, class or generator expression {@code node} (whose scope is in
     * {@code symbols}), with the qualified name the running code has.
     */
    public static CodeUnit compileScope(CodeSource source) {
        CodeGenerator g = new CodeGenerator(source.symbols(), source.filename(), source.optimize(), source.futureAnnotations(),
                        source.text());
        return g.scopeBody(source.node(), source.qualname());
    }

    private static boolean hasFutureAnnotations(Mod mod) {
        if (mod instanceof Mod.Module m) {
            for (Stmt s : m.body()) {
                if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) &&
                                f.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- units

    private enum UnitKind {
        MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION,
        /** A PEP 695 annotation scope that qualified names skip: a generic's type parameters, a TypeVar's bound. */
        TYPE_PARAMS
    }

    private enum FBlockKind {
        WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    private record FBlock(FBlockKind kind, BasicBlock block, BasicBlock exit, Object datum) {
    }

    /** The state of the code unit being compiled. */
    private final class Unit {
        final Scope scope;
        final UnitKind kind;
        final String name;
        final String qualname;
        final int firstLineno;
        final List<Object> consts = new ArrayList<>();
        final Map<Object, Integer> constIndex = new HashMap<>();
        final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
        final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
        final List<String> cellvars = new ArrayList<>();
        final List<String> freevars = new ArrayList<>();
        final Deque<FBlock> fblocks = new ArrayDeque<>();
        final List<BasicBlock> blocks = new ArrayList<>();
        BasicBlock entry;
        BasicBlock current;
        int argcount;
        int posonlyargcount;
        int kwonlyargcount;
        /** Inside an inlined comprehension: names bound there that are fast locals of this unit for its duration. */
        Map<String, SymbolScope> inlinedScopes;
        Scope inlinedComprehension;
        final Unit parent;

        Unit(Scope scope, UnitKind kind, String name, String qualname, int firstLineno, Unit parent) {
            this.scope = scope;
            this.kind = kind;
            this.name = name;
            this.qualname = qualname;
            this.firstLineno = firstLineno;
            this.parent = parent;
            for (String p : scope.parameters()) {
                varnames.put(p, varnames.size());
            }
            for (String cell : scope.cellvars()) {
                if (cell.equals("__class__") && scope.kind() == ScopeKind.CLASS || closedOverOutsideInlined(scope, cell)) {
                    cellvars.add(cell);
                }
            }
            // the cells of comprehensions that run inline are this code's cells (PEP 709)
            for (Scope child : scope.children()) {
                if (isInlined(child)) {
                    collectInlinedCells(child, cellvars);
                }
            }
            freevars.addAll(scope.freevars());
            entry = newBlock();
            current = entry;
        }

        BasicBlock newBlock() {
            BasicBlock b = new BasicBlock(blocks.size());
            blocks.add(b);
            return b;
        }

        boolean optimized() {
            return scope.kind().isFunctionLike();
        }
    }

    private BasicBlock newBlock() {
        return u.newBlock();
    }

    /** A node's span, columns in UTF-8 bytes as CPython counts them. */
    private Location loc(Node node) {
        return loc(node.lineno(), node.endLineno(), node.colOffset(), node.endColOffset());
    }

    private Location loc(int line, int endLine, int col, int endCol) {
        if (line < 0) {
            return Location.NONE;
        }
        return new Location(line, endLine, columns.byteColumn(line, col), columns.byteColumn(endLine, endCol));
    }

    /** List, set and dict comprehensions run inline in their enclosing code (PEP 709): they have no code object. */
    private static boolean isInlined(Scope scope) {
        return scope.kind() == ScopeKind.COMPREHENSION && !(scope.node() instanceof Expr.GeneratorExp);
    }

    /**
     * Whether a code object nested in {@code scope} closes over {@code name}: the symbol table makes a name a cell
     * when any nested scope uses it, but a comprehension that runs inline reads the variable directly.
     */
    private static boolean closedOverOutsideInlined(Scope scope, String name) {
        for (Scope child : scope.children()) {
            if (isInlined(child)) {
                Symbol own = child.lookup(name);
                if (own != null && own.isLocal() && !own.isParameter()) {
                    continue;
                }
                if (closedOverOutsideInlined(child, name)) {
                    return true;
                }
            } else if (child.freevars().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Starts emitting into {@code b}, which follows the current block in layout order. */
    private void useBlock(BasicBlock b) {
        BasicBlock last = u.current;
        // append b after the last block in layout order
        BasicBlock tail = last;
        while (tail.next != null) {
            tail = tail.next;
        }
        if (tail != b) {
            tail.next = b;
        }
        u.current = b;
    }

    private void emit(int op, int arg, Location loc) {
        BasicBlock b = u.current;
        Instruction last = b.last();
        if (last != null && (Opcodes.isUnconditionalJump(last.opcode) || Opcodes.isScopeExit(last.opcode))) {
            // code after a jump or return opens a new (unreachable) block
            BasicBlock fresh = newBlock();
            useBlock(fresh);
            b = fresh;
        }
        b.instructions.add(new Instruction(op, arg, null, loc));
    }

    private void emit(int op, Location loc) {
        emit(op, 0, loc);
    }

    /** Adds a jump; a block ends after each jump, so the next instruction starts a new block. */
    private void emitJump(int op, BasicBlock target, Location loc) {
        emit(op, 0, loc);
        u.current.last().target = target;
        if (!Opcodes.isBlockPush(op)) {
            BasicBlock fresh = newBlock();
            useBlock(fresh);
        }
    }

    private int addConst(Object value) {
        Object key = Constants.key(value);
        Integer index = u.constIndex.get(key);
        if (index == null) {
            index = u.consts.size();
            u.consts.add(value);
            u.constIndex.put(key, index);
        }
        return index;
    }

    private void loadConst(Object value, Location loc) {
        emit(LOAD_CONST, addConst(value), loc);
    }

    private int addName(String name) {
        return u.names.computeIfAbsent(name, k -> u.names.size());
    }

    private int varIndex(String name) {
        return u.varnames.computeIfAbsent(name, k -> u.varnames.size());
    }

    /** The "locals plus" index of a cell or free variable: after the local variables. */
    private int derefIndex(String name) {
        Integer local = u.varnames.get(name);
        if (local != null && u.cellvars.contains(name)) {
            return local;
        }
        int base = u.varnames.size();
        // cells that are not parameters come after all local variables; the final count is only known at the end,
        // so the assembler renumbers: here the index is relative (marked by the DEREF_BASE offset)
        int i = 0;
        for (String cell : u.cellvars) {
            if (!u.scope.parameters().contains(cell)) {
                if (cell.equals(name)) {
                    return DEREF_BASE + i;
                }
                i++;
            }
        }
        int f = u.freevars.indexOf(name);
        if (f < 0) {
            throw new UnsupportedConstructException("no cell for " + name);
        }
        return DEREF_BASE + i + f;
    }

    /** Arguments at or above this are cell/free indexes still to be shifted past the final local count. */
    static final int DEREF_BASE = 1 << 20;

    // ---------------------------------------------------------------------------------------------- scopes

    private CodeUnit module(Mod mod) {
        Scope scope = symbols.top();
        u = new Unit(scope, UnitKind.MODULE, "<module>", "<module>", 1, null);
        emit(RESUME, 0, new Location(0, 1, 0, 0));
        switch (mod) {
            case Mod.Module m -> body(m.body(), true);
            case Mod.Interactive i -> {
                for (Stmt s : i.body()) {
                    interactiveStatement(s);
                }
            }
            case Mod.Expression e -> {
                expr(e.body());
                emit(RETURN_VALUE, loc(e.body()));
                return finish();
            }
        }
        return finish();
    }

    /** Interactive input: every expression statement of the module's code (in blocks too) shows its value. */
    private boolean interactive;

    private void interactiveStatement(Stmt s) {
        interactive = true;
        stmt(s);
    }

    /** A module's or class's statements: annotations set-up, the docstring stored as __doc__, then the rest. */
    private void body(List<Stmt> stmts, boolean module) {
        if (findAnnotations(stmts)) {
            // a module's takes its first statement's location, a class body's the class line
            emit(SETUP_ANNOTATIONS, !module || stmts.isEmpty() ? Location.NONE : loc(stmts.get(0)));
        }
        int i = 0;
        if (optimize < 2 && docstring(stmts) != null) {
            Stmt.Expr first = (Stmt.Expr) stmts.get(0);
            expr(first.value());
            storeName("__doc__", Location.NONE);
            i = 1;
        }
        for (; i < stmts.size(); i++) {
            stmt(stmts.get(i));
        }
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Whether simple annotations appear in the statements (not descending into nested scopes). */
    private static boolean findAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.AsyncFor f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.While w -> findAnnotations(w.body()) || findAnnotations(w.orelse());
                case Stmt.If i -> findAnnotations(i.body()) || findAnnotations(i.orelse());
                case Stmt.With w -> findAnnotations(w.body());
                case Stmt.AsyncWith w -> findAnnotations(w.body());
                case Stmt.Try t -> findAnnotations(t.body()) || t.handlers().stream().anyMatch(h -> findAnnotations(h.body())) ||
                                findAnnotations(t.orelse()) || findAnnotations(t.finalbody());
                case Stmt.TryStar t -> findAnnotations(t.body()) || t.handlers().stream().anyMatch(h -> findAnnotations(h.body())) ||
                                findAnnotations(t.orelse()) || findAnnotations(t.finalbody());
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> findAnnotations(c.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private CodeUnit scopeBody(Object node, String qualname) {
        Scope scope = symbols.scopeOf(node);
        if (scope == null) {
            throw new UnsupportedConstructException("code without a scope");
        }
        return switch (node) {
            case Stmt.FunctionDef f -> functionBody(scope, f.name(), qualname, f.args(), f.body(), firstLineno(f), false, f);
            case Stmt.AsyncFunctionDef f -> functionBody(scope, f.name(), qualname, f.args(), f.body(), firstLineno(f), true, f);
            case Expr.Lambda l -> lambdaBody(scope, qualname, l);
            case Stmt.ClassDef c -> classBody(scope, qualname, c);
            case Expr.GeneratorExp g -> comprehensionBody(scope, qualname, g, g.generators(), g.elt(), null);
            default -> throw new UnsupportedConstructException(scope.kind().toString().toLowerCase() + " scopes");
        };
    }

    private static int firstLineno(Node node) {
        List<Expr> decorators = switch (node) {
            case Stmt.FunctionDef f -> f.decoratorList();
            case Stmt.AsyncFunctionDef f -> f.decoratorList();
            case Stmt.ClassDef c -> c.decoratorList();
            default -> List.of();
        };
        return decorators.isEmpty() ? node.lineno() : decorators.get(0).lineno();
    }

    private void enterScope(Scope scope, UnitKind kind, String name, String qualname, int firstLineno) {
        u = new Unit(scope, kind, name, qualname, firstLineno, u);
        emit(RESUME, 0, new Location(firstLineno, firstLineno, 0, 0));
    }

    private CodeUnit functionBody(Scope scope, String name, String qualname, Arguments args, List<Stmt> body, int firstLineno,
                    boolean async, Node node) {
        Unit saved = u;
        enterScope(scope, async ? UnitKind.ASYNC_FUNCTION : UnitKind.FUNCTION, name, qualname, firstLineno);
        String doc = optimize < 2 ? docstring(body) : null;
        addConst(doc != null ? (Object) doc : ConstantValue.NONE);
        setArgCounts(args);
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            stmt(body.get(i));
        }
        CodeUnit code = finish();
        u = saved;
        return code;
    }

    private void setArgCounts(Arguments args) {
        // co_varnames orders the parameters: positional, keyword-only, *args, **kwargs
        List<Arg> ordered = new ArrayList<>(args.posonlyargs());
        ordered.addAll(args.args());
        ordered.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            ordered.add(args.vararg());
        }
        if (args.kwarg() != null) {
            ordered.add(args.kwarg());
        }
        u.varnames.clear();
        for (Arg a : ordered) {
            u.varnames.put(mangle(a.arg()), u.varnames.size());
        }
        u.argcount = args.posonlyargs().size() + args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
    }

    private CodeUnit lambdaBody(Scope scope, String qualname, Expr.Lambda l) {
        Unit saved = u;
        enterScope(scope, UnitKind.LAMBDA, "<lambda>", qualname, l.lineno());
        addConst(ConstantValue.NONE);
        setArgCounts(l.args());
        expr(l.body());
        if (!scope.isGenerator()) {
            emit(RETURN_VALUE, new Location(l.lineno(), l.lineno(), 0, 0));
        } else {
            emit(POP_TOP, Location.NONE);
        }
        CodeUnit code = finish();
        u = saved;
        return code;
    }

    private CodeUnit classBody(Scope scope, String qualname, Stmt.ClassDef c) {
        Unit saved = u;
        enterScope(scope, UnitKind.CLASS, c.name(), qualname, firstLineno(c));
        Location loc = new Location(u.firstLineno, u.firstLineno, 0, 0);
        loadName("__name__", loc);
        storeName("__module__", loc);
        loadConst(qualname, loc);
        storeName("__qualname__", loc);
        if (!c.typeParams().isEmpty()) {
            loadName(".type_params", loc);
            storeName("__type_params__", loc);
        }
        body(c.body(), false);
        if (scope.needsClassClosure()) {
            emit(LOAD_CLOSURE, derefIndex("__class__"), Location.NONE);
            emit(COPY, 1, Location.NONE);
            storeName("__classcell__", Location.NONE);
            emit(RETURN_VALUE, Location.NONE);
        } else {
            loadConst(ConstantValue.NONE, Location.NONE);
            emit(RETURN_VALUE, Location.NONE);
        }
        CodeUnit code = finish();
        u = saved;
        return code;
    }

    /** Assembles the unit being compiled; a body that can fall off its end returns None. */
    private CodeUnit finish() {
        BasicBlock tail = u.current;
        if (tail.fallsThrough() && u.kind != UnitKind.LAMBDA || tail.fallsThrough() && u.kind == UnitKind.LAMBDA && u.scope.isGenerator()) {
            loadConst(ConstantValue.NONE, Location.NONE);
            emit(RETURN_VALUE, Location.NONE);
        }
        int flags = computeFlags();
        boolean generatorLike = u.scope.isGenerator() || u.scope.isCoroutine();
        if (generatorLike && u.kind != UnitKind.MODULE && u.kind != UnitKind.CLASS) {
            wrapInStopIterationHandler();
        }
        FlowGraph graph = new FlowGraph(u.blocks, u.entry, u.consts, u.varnames.size(), u.scope.parameters().size());
        List<String> varnames = new ArrayList<>(u.varnames.keySet());
        List<String> cellvars = List.copyOf(u.cellvars);
        List<String> freevars = List.copyOf(u.freevars);
        return graph.assemble(u.name, u.qualname, filename, u.firstLineno, u.argcount, u.posonlyargcount, u.kwonlyargcount, flags,
                        new ArrayList<>(u.names.keySet()), varnames, cellvars, freevars, generatorLike && u.kind != UnitKind.MODULE);
    }

    private int computeFlags() {
        int flags = 0;
        Scope scope = u.scope;
        if (scope.kind().isFunctionLike()) {
            flags |= CodeUnit.CO_NEWLOCALS | CodeUnit.CO_OPTIMIZED;
            if (scope.isNested()) {
                flags |= CodeUnit.CO_NESTED;
            }
            if (scope.isGenerator() && !scope.isCoroutine()) {
                flags |= CodeUnit.CO_GENERATOR;
            }
            if (!scope.isGenerator() && scope.isCoroutine()) {
                flags |= CodeUnit.CO_COROUTINE;
            }
            if (scope.isGenerator() && scope.isCoroutine()) {
                flags |= CodeUnit.CO_ASYNC_GENERATOR;
            }
            if (scope.hasVarargs()) {
                flags |= CodeUnit.CO_VARARGS;
            }
            if (scope.hasVarkeywords()) {
                flags |= CodeUnit.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    /** A generator's body runs inside a handler that turns an escaping StopIteration into RuntimeError. */
    private void wrapInStopIterationHandler() {
        BasicBlock handler = newBlock();
        Instruction setup = new Instruction(SETUP_CLEANUP, 0, handler, Location.NONE);
        u.entry.instructions.add(0, setup);
        loadConst(ConstantValue.NONE, Location.NONE);
        emit(RETURN_VALUE, Location.NONE);
        useBlock(handler);
        emit(CALL_INTRINSIC_1, 3, Location.NONE);
        emit(RERAISE, 1, Location.NONE);
    }

    // ---------------------------------------------------------------------------------------------- names

    private SymbolScope scopeOfName(String mangled) {
        SymbolScope scope;
        if (u.inlinedScopes != null && u.inlinedScopes.containsKey(mangled)) {
            scope = u.inlinedScopes.get(mangled);
        } else {
            Symbol symbol = u.scope.lookup(mangled);
            if (symbol == null) {
                return u.optimized() ? SymbolScope.GLOBAL_IMPLICIT : null;
            }
            scope = symbol.scope();
        }
        if (scope == SymbolScope.CELL && !u.cellvars.contains(mangled)) {
            return SymbolScope.LOCAL;
        }
        return scope;
    }

    private String mangle(String name) {
        return u.scope.mangle(name);
    }

    private void nameOp(String name, ExprContext ctx, Location loc) {
        String mangled = mangle(name);
        if (ctx == ExprContext.Load && name.equals("__debug__")) {
            loadConst(optimize == 0, loc);
            return;
        }
        SymbolScope scope = scopeOfName(mangled);
        boolean inClass = u.kind == UnitKind.CLASS && u.inlinedComprehension == null;
        Symbol symbol = u.scope.lookup(mangled);
        if (scope == SymbolScope.FREE || scope == SymbolScope.CELL) {
            int index = derefIndex(mangled);
            if (ctx == ExprContext.Load && inClass && scope == SymbolScope.FREE) {
                emit(LOAD_LOCALS, loc);
                emit(LOAD_FROM_DICT_OR_DEREF, index, loc);
                return;
            }
            emit(switch (ctx) {
                case Load -> LOAD_DEREF;
                case Store -> STORE_DEREF;
                case Del -> DELETE_DEREF;
            }, index, loc);
            return;
        }
        boolean fast = scope == SymbolScope.LOCAL && (u.optimized() || u.inlinedScopes != null && u.inlinedScopes.containsKey(mangled));
        if (fast) {
            int index = varIndex(mangled);
            emit(switch (ctx) {
                case Load -> LOAD_FAST;
                case Store -> STORE_FAST;
                case Del -> DELETE_FAST;
            }, index, loc);
            return;
        }
        boolean global = scope == SymbolScope.GLOBAL_EXPLICIT || scope == SymbolScope.GLOBAL_IMPLICIT && u.optimized();
        int index = addName(mangled);
        if (global) {
            emit(switch (ctx) {
                case Load -> LOAD_GLOBAL;
                case Store -> STORE_GLOBAL;
                case Del -> DELETE_GLOBAL;
            }, ctx == ExprContext.Load ? index << 1 : index, loc);
            return;
        }
        if (symbol != null && symbol.isFreeInClass() && ctx == ExprContext.Load) {
            throw new UnsupportedConstructException("class-level names also free in methods");
        }
        emit(switch (ctx) {
            case Load -> LOAD_NAME;
            case Store -> STORE_NAME;
            case Del -> DELETE_NAME;
        }, index, loc);
    }

    private void loadName(String name, Location loc) {
        nameOp(name, ExprContext.Load, loc);
    }

    private void storeName(String name, Location loc) {
        nameOp(name, ExprContext.Store, loc);
    }

    // ---------------------------------------------------------------------------------------------- statements

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        Location loc = loc(s);
        switch (s) {
            case Stmt.FunctionDef f -> functionDef(f, f.name(), f.args(), f.decoratorList(), f.returns(), f.typeParams());
            case Stmt.AsyncFunctionDef f -> functionDef(f, f.name(), f.args(), f.decoratorList(), f.returns(), f.typeParams());
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    expr(t);
                }
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        emit(COPY, 1, loc);
                    }
                    expr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n++;
                    }
                }
                emit(RAISE_VARARGS, n, loc);
            }
            case Stmt.Try t -> tryStmt(t);
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Expr e -> exprStmt(e);
            case Stmt.Pass p -> emit(NOP, loc);
            case Stmt.Break b -> breakStmt(loc);
            case Stmt.Continue c -> continueStmt(loc);
            case Stmt.With w -> withStmt(w, 0);
            case Stmt.AsyncWith w -> asyncWith(w, 0);
            case Stmt.AsyncFor f -> asyncFor(f);
            case Stmt.Match m -> match(m);
            case Stmt.TryStar t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(loc(t), t.finalbody(), () -> tryStarExcept(t));
                } else {
                    tryStarExcept(t);
                }
            }
            case Stmt.TypeAlias t -> typeAlias(t);
        }
    }

    private void exprStmt(Stmt.Expr e) {
        Location loc = loc(e);
        if (interactive && u.kind == UnitKind.MODULE) {
            expr(e.value());
            emit(CALL_INTRINSIC_1, 1, loc);
            emit(POP_TOP, Location.NONE);
            return;
        }
        if (e.value() instanceof Expr.Constant) {
            emit(NOP, loc);
            return;
        }
        expr(e.value());
        emit(POP_TOP, Location.NONE);
    }

    private void functionDef(Stmt node, String name, Arguments args, List<Expr> decorators, Expr returns, List<TypeParam> typeParams) {
        Location loc = loc(node);
        for (Expr d : decorators) {
            expr(d);
        }
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            emit(PUSH_NULL, loc);
        }
        int flags = defaults(args, loc);
        // a generic def's defaults are evaluated here and handed to its type-parameter scope as .defaults/.kwdefaults
        int passedIn = Integer.bitCount(flags);
        if (generic) {
            if (passedIn == 2) {
                emit(SWAP, 2, loc);
            }
            enterTypeParams(node, name, firstLineno(node));
            typeParams(typeParams);
            for (int i = 0; i < passedIn; i++) {
                emit(LOAD_FAST, i, loc);
            }
        }
        if (annotations(args, returns, loc)) {
            flags |= 4;
        }
        Scope scope = symbols.scopeOf(node);
        CodeUnit code = functionBody(scope, name, qualnameOf(name, scope), args, node instanceof Stmt.FunctionDef f ? f.body()
                        : ((Stmt.AsyncFunctionDef) node).body(), firstLineno(node), node instanceof Stmt.AsyncFunctionDef, node);
        makeClosure(code, scope, flags, loc);
        if (generic) {
            emit(SWAP, 2, loc);
            emit(CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            exitTypeParams(passedIn, loc);
        }
        for (int i = decorators.size() - 1; i >= 0; i--) {
            emit(CALL, 0, loc(decorators.get(i)));
        }
        storeName(name, loc);
    }

    private String qualnameOf(String name, Scope scope) {
        // a type-parameter scope does not show in qualified names: what it makes is named as if made outside it
        Unit parent = u.kind == UnitKind.TYPE_PARAMS ? u.parent : u;
        if (parent.kind == UnitKind.MODULE) {
            return name;
        }
        Symbol symbol = parent.scope.lookup(parent.scope.mangle(name));
        if (symbol != null && symbol.scope() == SymbolScope.GLOBAL_EXPLICIT) {
            return name;
        }
        if (parent.kind == UnitKind.FUNCTION || parent.kind == UnitKind.ASYNC_FUNCTION || parent.kind == UnitKind.LAMBDA) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    // CALL_INTRINSIC_1 and CALL_INTRINSIC_2 operands of PEP 695
    private static final int INTRINSIC_TYPEVAR = 7;
    private static final int INTRINSIC_PARAMSPEC = 8;
    private static final int INTRINSIC_TYPEVARTUPLE = 9;
    private static final int INTRINSIC_SUBSCRIPT_GENERIC = 10;
    private static final int INTRINSIC_TYPEALIAS = 11;
    private static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2;
    private static final int INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
    private static final int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

    /**
     * Opens the annotation scope of a generic def, class or type alias (PEP 695), in which the code that makes the
     * object runs once its type parameters exist.
     */
    private void enterTypeParams(Node owner, String name, int firstLineno) {
        Scope scope = symbols.typeParamsScopeOf(owner);
        String scopeName = "<generic parameters of " + name + ">";
        enterScope(scope, UnitKind.TYPE_PARAMS, scopeName, qualnameOf(scopeName, scope), firstLineno);
    }

    /** Makes the type parameters, binds their names, and leaves them as a tuple. */
    private void typeParams(List<TypeParam> params) {
        for (TypeParam p : params) {
            Location loc = loc(p);
            loadConst(p.name(), loc);
            switch (p) {
                case TypeParam.TypeVar v when v.bound() != null -> {
                    // the bound (a tuple: the constraints) is evaluated lazily, by a function of its own scope
                    CodeUnit bound = annotationScope(v, v.name(), UnitKind.TYPE_PARAMS, v.bound(), v.bound().lineno(), loc);
                    makeClosure(bound, symbols.scopeOf(v), 0, loc);
                    emit(CALL_INTRINSIC_2, v.bound() instanceof Expr.Tuple ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                    : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                }
                case TypeParam.TypeVar v -> emit(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                case TypeParam.TypeVarTuple t -> emit(CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                case TypeParam.ParamSpec ps -> emit(CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
            }
            emit(COPY, 1, loc);
            storeName(p.name(), loc);
        }
        emit(BUILD_TUPLE, params.size(), loc(params.get(0)));
    }

    /** Returns from the type-parameter scope (its value on the stack) and calls it with its {@code args}. */
    private void exitTypeParams(int args, Location loc) {
        emit(RETURN_VALUE, loc);
        u.argcount = args;
        Scope scope = u.scope;
        CodeUnit code = finish();
        u = u.parent;
        makeClosure(code, scope, 0, loc);
        if (args > 0) {
            emit(SWAP, args + 1, loc);
        }
        emit(CALL, args, loc);
    }

    /**
     * The code of an annotation scope that evaluates {@code value} lazily: a TypeVar's bound (None among its constants
     * as the return CPython adds at every such end leaves it), a type alias's value (None first: it has no docstring).
     */
    private CodeUnit annotationScope(Node node, String name, UnitKind kind, Expr value, int firstLineno, Location returnLoc) {
        Unit saved = u;
        Scope scope = symbols.scopeOf(node);
        enterScope(scope, kind, name, qualnameOf(name, scope), firstLineno);
        boolean alias = node instanceof Stmt.TypeAlias;
        if (alias) {
            addConst(ConstantValue.NONE);
        }
        expr(value);
        emit(RETURN_VALUE, returnLoc);
        if (!alias) {
            addConst(ConstantValue.NONE);
        }
        CodeUnit code = finish();
        u = saved;
        return code;
    }

    /** {@code type Name[params] = value}: a TypeAliasType from (name, type parameters or None, value function). */
    private void typeAlias(Stmt.TypeAlias t) {
        Location loc = loc(t);
        String name = ((Expr.Name) t.name()).id();
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            emit(PUSH_NULL, loc);
            enterTypeParams(t, name, t.lineno());
            loadConst(name, loc);
            typeParams(t.typeParams());
        } else {
            loadConst(name, loc);
            loadConst(ConstantValue.NONE, loc);
        }
        CodeUnit value = annotationScope(t, name, UnitKind.FUNCTION, t.value(), t.lineno(), loc);
        makeClosure(value, symbols.scopeOf(t), 0, loc);
        emit(BUILD_TUPLE, 3, loc);
        emit(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            exitTypeParams(0, loc);
        }
        nameOp(name, ExprContext.Store, loc);
    }

    /** Pushes the defaults tuple and keyword-only defaults map; returns MAKE_FUNCTION's flags for them. */
    private int defaults(Arguments args, Location loc) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                expr(d);
            }
            emit(BUILD_TUPLE, args.defaults().size(), loc);
            flags |= 1;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(mangle(args.kwonlyargs().get(i).arg()));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new Constants.Tuple(keys), loc);
            emit(BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= 2;
        }
        return flags;
    }

    private boolean annotations(Arguments args, Expr returns, Location loc) {
        int count = 0;
        count += argAnnotations(args.args(), loc);
        count += argAnnotations(args.posonlyargs(), loc);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            count += argAnnotations(List.of(args.vararg()), loc);
        }
        count += argAnnotations(args.kwonlyargs(), loc);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            count += argAnnotations(List.of(args.kwarg()), loc);
        }
        if (returns != null) {
            loadConst("return", loc);
            annotationValue(returns, loc);
            count++;
        }
        if (count > 0) {
            emit(BUILD_TUPLE, count * 2, loc);
            return true;
        }
        return false;
    }

    private int argAnnotations(List<Arg> args, Location loc) {
        int count = 0;
        for (Arg a : args) {
            if (a.annotation() != null) {
                loadConst(mangle(a.arg()), loc);
                annotationValue(a.annotation(), loc);
                count++;
            }
        }
        return count;
    }

    private void annotationValue(Expr annotation, Location loc) {
        if (futureAnnotations) {
            loadConst(dev.krait.parser.AnnotationText.of(annotation), loc);
            return;
        }
        if (annotation instanceof Expr.Starred starred) {
            // *args: *Ts (PEP 646) unpacks the one element
            expr(starred.value());
            emit(UNPACK_SEQUENCE, 1, loc);
            return;
        }
        expr(annotation);
    }

    /** LOAD_CLOSURE for each free variable of the new code, the code itself, and MAKE_FUNCTION. */
    private void makeClosure(CodeUnit code, Scope scope, int flags, Location loc) {
        if (!code.freevars().isEmpty()) {
            for (String free : code.freevars()) {
                emit(LOAD_CLOSURE, derefIndex(free), loc);
            }
            emit(BUILD_TUPLE, code.freevars().size(), loc);
            flags |= 8;
        }
        loadConst(code, loc);
        emit(MAKE_FUNCTION, flags, loc);
    }

    private void classDef(Stmt.ClassDef c) {
        Location loc = loc(c);
        for (Expr d : c.decoratorList()) {
            expr(d);
        }
        boolean generic = !c.typeParams().isEmpty();
        if (generic) {
            emit(PUSH_NULL, loc);
            enterTypeParams(c, c.name(), firstLineno(c));
            typeParams(c.typeParams());
            storeName(".type_params", loc);
        }
        Scope scope = symbols.scopeOf(c);
        CodeUnit code = classBody(scope, qualnameOf(c.name(), scope), c);
        emit(PUSH_NULL, loc);
        emit(LOAD_BUILD_CLASS, loc);
        makeClosure(code, scope, 0, loc);
        loadConst(c.name(), loc);
        if (generic) {
            // the class also derives from Generic[its parameters]
            loadName(".type_params", loc);
            emit(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            storeName(".generic_base", loc);
            List<Expr> bases = new ArrayList<>(c.bases());
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset()));
            callHelper(loc, 2, bases, c.keywords());
            exitTypeParams(0, loc);
        } else {
            callHelper(loc, 2, c.bases(), c.keywords());
        }
        for (int i = c.decoratorList().size() - 1; i >= 0; i--) {
            emit(CALL, 0, loc(c.decoratorList().get(i)));
        }
        storeName(c.name(), loc);
    }

    private void returnStmt(Stmt.Return r) {
        Location loc = loc(r);
        Expr value = r.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        Object folded = value == null ? null : ConstantFolder.constantOf(value, optimize);
        if (folded != null) {
            preserveTos = false;
        }
        if (preserveTos) {
            expr(value);
        } else if (value != null) {
            loc = loc(value);
            emit(NOP, loc);
        }
        if (value == null || value.lineno() != r.lineno()) {
            loc = loc(r);
            emit(NOP, loc);
        }
        unwindFBlockStack(loc, preserveTos, false);
        loc = lastUnwindLocation;
        if (value == null) {
            loadConst(ConstantValue.NONE, loc);
        } else if (!preserveTos) {
            loadConst(folded, loc);
        }
        emit(RETURN_VALUE, loc);
    }

    private void augAssign(Stmt.AugAssign a) {
        Expr target = a.target();
        Location loc = loc(target);
        switch (target) {
            case Expr.Attribute at -> {
                expr(at.value());
                emit(COPY, 1, loc);
                emit(LOAD_ATTR, addName(mangle(at.attr())) << 1, attributeLocation(at));
            }
            case Expr.Subscript sub -> {
                expr(sub.value());
                if (isTwoElementSlice(sub.slice())) {
                    slice((Expr.Slice) sub.slice());
                    emit(COPY, 3, loc);
                    emit(COPY, 3, loc);
                    emit(COPY, 3, loc);
                    emit(BINARY_SLICE, loc);
                } else {
                    expr(sub.slice());
                    emit(COPY, 2, loc);
                    emit(COPY, 2, loc);
                    emit(BINARY_SUBSCR, loc);
                }
            }
            case Expr.Name n -> loadName(n.id(), loc);
            default -> throw new UnsupportedConstructException("augmented assignment to " + target.getClass().getSimpleName());
        }
        expr(a.value());
        emit(BINARY_OP, binaryOp(a.op()) + 13, loc(a));
        switch (target) {
            case Expr.Attribute at -> {
                Location l = attributeLocation(at);
                emit(SWAP, 2, l);
                emit(STORE_ATTR, addName(mangle(at.attr())), l);
            }
            case Expr.Subscript sub -> {
                if (isTwoElementSlice(sub.slice())) {
                    emit(SWAP, 4, loc);
                    emit(SWAP, 3, loc);
                    emit(SWAP, 2, loc);
                    emit(STORE_SLICE, loc);
                } else {
                    emit(SWAP, 3, loc);
                    emit(SWAP, 2, loc);
                    emit(STORE_SUBSCR, loc);
                }
            }
            default -> storeName(((Expr.Name) target).id(), loc);
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        Location loc = loc(a);
        Expr target = a.target();
        if (a.value() != null) {
            expr(a.value());
            expr(target);
        }
        boolean moduleOrClass = u.kind == UnitKind.MODULE || u.kind == UnitKind.CLASS;
        switch (target) {
            case Expr.Name n -> {
                if (a.simple() == 1 && moduleOrClass) {
                    annotationValue(a.annotation(), loc);
                    emit(LOAD_NAME, addName("__annotations__"), loc);
                    loadConst(mangle(n.id()), loc);
                    emit(STORE_SUBSCR, loc);
                }
            }
            case Expr.Attribute at -> {
                if (a.value() == null) {
                    annotationCheck(at.value());
                }
            }
            case Expr.Subscript sub -> {
                if (a.value() == null) {
                    annotationCheck(sub.value());
                    annotationSubscript(sub.slice());
                }
            }
            default -> {
            }
        }
        if (a.simple() == 0 && !futureAnnotations && moduleOrClass) {
            annotationCheck(a.annotation());
        }
    }

    /** An expression an annotation evaluates only for its effects (CPython's check_ann_expr). */
    private void annotationCheck(Expr e) {
        expr(e);
        emit(POP_TOP, loc(e));
    }

    private void annotationSubscript(Expr slice) {
        switch (slice) {
            case Expr.Slice s -> {
                for (Expr part : new Expr[]{s.lower(), s.upper(), s.step()}) {
                    if (part != null) {
                        annotationCheck(part);
                    }
                }
            }
            case Expr.Tuple t -> {
                for (Expr e : t.elts()) {
                    annotationSubscript(e);
                }
            }
            default -> annotationCheck(slice);
        }
    }

    private void ifStmt(Stmt.If s) {
        BasicBlock end = newBlock();
        BasicBlock next = s.orelse().isEmpty() ? end : newBlock();
        jumpIf(s.test(), next, false);
        stmts(s.body());
        if (!s.orelse().isEmpty()) {
            emitJump(JUMP, end, Location.NONE);
            useBlock(next);
            stmts(s.orelse());
        }
        useBlock(end);
    }

    private void whileStmt(Stmt.While s) {
        Location loc = loc(s);
        BasicBlock loop = newBlock();
        BasicBlock body = newBlock();
        BasicBlock anchor = newBlock();
        BasicBlock end = newBlock();
        useBlock(loop);
        u.fblocks.push(new FBlock(FBlockKind.WHILE_LOOP, loop, end, null));
        jumpIf(s.test(), anchor, false);
        useBlock(body);
        stmts(s.body());
        jumpIf(s.test(), body, true);
        u.fblocks.pop();
        useBlock(anchor);
        stmts(s.orelse());
        useBlock(end);
    }

    private void forStmt(Stmt.For s) {
        Location loc = loc(s);
        BasicBlock start = newBlock();
        BasicBlock body = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock end = newBlock();
        u.fblocks.push(new FBlock(FBlockKind.FOR_LOOP, start, end, null));
        expr(ConstantFolder.foldIter(s.iter(), optimize));
        emit(GET_ITER, loc);
        useBlock(start);
        emitJump(FOR_ITER, cleanup, loc);
        useBlock(body);
        expr(s.target());
        stmts(s.body());
        emitJump(JUMP, start, Location.NONE);
        useBlock(cleanup);
        emit(END_FOR, loc);
        u.fblocks.pop();
        stmts(s.orelse());
        useBlock(end);
    }

    private void breakStmt(Location loc) {
        emit(NOP, loc);
        FBlock loop = unwindFBlockStack(loc, false, true);
        if (loop == null) {
            throw new UnsupportedConstructException("'break' outside loop");
        }
        Location l = unwindFBlock(loop, lastUnwindLocation, false);
        emitJump(JUMP, loop.exit(), l);
    }

    private void continueStmt(Location loc) {
        emit(NOP, loc);
        FBlock loop = unwindFBlockStack(loc, false, true);
        if (loop == null) {
            throw new UnsupportedConstructException("'continue' not properly in loop");
        }
        emitJump(JUMP, loop.block(), lastUnwindLocation);
    }

    private Location lastUnwindLocation;

    /**
     * Emits the clean-up of every enclosing block up to the innermost loop (when {@code loop}) or all of them, and
     * returns that loop's block.
     */
    private FBlock unwindFBlockStack(Location loc, boolean preserveTos, boolean loop) {
        lastUnwindLocation = loc;
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.peek();
        if (top.kind() == FBlockKind.EXCEPTION_GROUP_HANDLER) {
            throw new IllegalStateException("the symbol table rejects break, continue and return leaving an except* clause");
        }
        if (loop && (top.kind() == FBlockKind.WHILE_LOOP || top.kind() == FBlockKind.FOR_LOOP || top.kind() == FBlockKind.ASYNC_FOR_LOOP)) {
            return top;
        }
        u.fblocks.pop();
        Location l = unwindFBlock(top, loc, preserveTos);
        FBlock result;
        try {
            result = unwindFBlockStack(l, preserveTos, loop);
        } finally {
            u.fblocks.push(top);
        }
        return result;
    }

    /** The clean-up of leaving one block early; returns the location the following code uses. */
    private Location unwindFBlock(FBlock info, Location loc, boolean preserveTos) {
        switch (info.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> {
                return loc;
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    emit(SWAP, 2, loc);
                }
                emit(POP_TOP, loc);
                return loc;
            }
            case TRY_EXCEPT -> {
                emit(POP_BLOCK, loc);
                return loc;
            }
            case FINALLY_TRY -> {
                emit(POP_BLOCK, loc);
                if (preserveTos) {
                    u.fblocks.push(new FBlock(FBlockKind.POP_VALUE, null, null, null));
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) info.datum();
                stmts(finalBody);
                if (preserveTos) {
                    u.fblocks.pop();
                }
                // the code that follows has the location of the last statement of the finally body
                return Location.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    emit(SWAP, 2, loc);
                }
                emit(POP_TOP, loc);
                if (preserveTos) {
                    emit(SWAP, 2, loc);
                }
                emit(POP_BLOCK, loc);
                emit(POP_EXCEPT, loc);
                return loc;
            }
            case WITH, ASYNC_WITH -> {
                Location withLoc = (Location) info.datum();
                emit(POP_BLOCK, withLoc);
                if (preserveTos) {
                    emit(SWAP, 2, withLoc);
                }
                callExitWithNones(withLoc);
                if (info.kind() == FBlockKind.ASYNC_WITH) {
                    emit(GET_AWAITABLE, 2, withLoc);
                    loadConst(ConstantValue.NONE, withLoc);
                    yieldFrom(withLoc, true);
                }
                emit(POP_TOP, withLoc);
                return Location.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    emit(POP_BLOCK, loc);
                }
                if (preserveTos) {
                    emit(SWAP, 2, loc);
                }
                emit(POP_BLOCK, loc);
                emit(POP_EXCEPT, loc);
                if (info.datum() != null) {
                    String name = (String) info.datum();
                    loadConst(ConstantValue.NONE, loc);
                    storeName(name, loc);
                    nameOp(name, ExprContext.Del, loc);
                }
                return loc;
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    emit(SWAP, 2, loc);
                }
                emit(POP_TOP, loc);
                return loc;
            }
        }
        return loc;
    }

    private void assertStmt(Stmt.Assert a) {
        if (optimize > 0) {
            return;
        }
        Location loc = loc(a);
        BasicBlock end = newBlock();
        jumpIf(a.test(), end, true);
        emit(LOAD_ASSERTION_ERROR, loc);
        if (a.msg() != null) {
            expr(a.msg());
            emit(CALL, 0, loc);
        }
        emit(RAISE_VARARGS, 1, loc);
        useBlock(end);
    }

    private void importStmt(Stmt.Import s) {
        Location loc = loc(s);
        for (Alias alias : s.names()) {
            loadConst(0L, loc);
            loadConst(ConstantValue.NONE, loc);
            emit(IMPORT_NAME, addName(alias.name()), loc);
            if (alias.asname() != null) {
                String name = alias.name();
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    while (true) {
                        int pos = dot + 1;
                        dot = name.indexOf('.', pos);
                        String attr = name.substring(pos, dot < 0 ? name.length() : dot);
                        emit(IMPORT_FROM, addName(attr), loc);
                        if (dot < 0) {
                            break;
                        }
                        emit(SWAP, 2, loc);
                        emit(POP_TOP, loc);
                    }
                    storeName(alias.asname(), loc);
                    emit(POP_TOP, loc);
                } else {
                    storeName(alias.asname(), loc);
                }
            } else {
                int dot = alias.name().indexOf('.');
                storeName(dot < 0 ? alias.name() : alias.name().substring(0, dot), loc);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s) {
        Location loc = loc(s);
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        loadConst((long) s.level(), loc);
        loadConst(new Constants.Tuple(names), loc);
        emit(IMPORT_NAME, addName(s.module() == null ? "" : s.module()), loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().equals("*")) {
                emit(CALL_INTRINSIC_1, 2, loc);
                emit(POP_TOP, Location.NONE);
                return;
            }
            emit(IMPORT_FROM, addName(alias.name()), loc);
            storeName(alias.asname() != null ? alias.asname() : alias.name(), loc);
        }
        emit(POP_TOP, loc);
    }

    // ---------------------------------------------------------------------------------------------- try / with

    private void tryStmt(Stmt.Try t) {
        if (!t.finalbody().isEmpty()) {
            tryFinally(loc(t), t.finalbody(), t.handlers().isEmpty() ? () -> stmts(t.body()) : () -> tryExcept(t));
        } else {
            tryExcept(t);
        }
    }

    private void tryFinally(Location tryLoc, List<Stmt> finalBody, Runnable tryBody) {
        Location loc = tryLoc;
        BasicBlock body = newBlock();
        BasicBlock end = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        // try body
        emitJump(SETUP_FINALLY, end, loc);
        useBlock(body);
        u.fblocks.push(new FBlock(FBlockKind.FINALLY_TRY, body, end, finalBody));
        tryBody.run();
        emit(POP_BLOCK, Location.NONE);
        u.fblocks.pop();
        stmts(finalBody);
        emitJump(JUMP, exit, Location.NONE);
        // finally block (exceptional path)
        useBlock(end);
        loc = Location.NONE;
        emitJump(SETUP_CLEANUP, cleanup, loc);
        emit(PUSH_EXC_INFO, loc);
        u.fblocks.push(new FBlock(FBlockKind.FINALLY_END, end, null, null));
        stmts(finalBody);
        u.fblocks.pop();
        emit(RERAISE, 0, loc);
        useBlock(cleanup);
        popExceptAndReraise(loc);
        useBlock(exit);
    }

    private void popExceptAndReraise(Location loc) {
        emit(COPY, 3, loc);
        emit(POP_EXCEPT, loc);
        emit(RERAISE, 1, loc);
    }

    private void tryExcept(Stmt.Try t) {
        Location loc = loc(t);
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        emitJump(SETUP_FINALLY, except, loc);
        useBlock(body);
        u.fblocks.push(new FBlock(FBlockKind.TRY_EXCEPT, body, null, null));
        stmts(t.body());
        u.fblocks.pop();
        emit(POP_BLOCK, Location.NONE);
        stmts(t.orelse());
        emitJump(JUMP, end, Location.NONE);
        int n = t.handlers().size();
        useBlock(except);
        emitJump(SETUP_CLEANUP, cleanup, Location.NONE);
        emit(PUSH_EXC_INFO, Location.NONE);
        // the handlers run with the exception as the current one
        u.fblocks.push(new FBlock(FBlockKind.EXCEPTION_HANDLER, null, null, null));
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = t.handlers().get(i);
            Location hloc = loc(handler);
            if (handler.type() == null && i < n - 1) {
                throw new UnsupportedConstructException("default 'except:' must be last");
            }
            BasicBlock nextExcept = newBlock();
            if (handler.type() != null) {
                expr(handler.type());
                emit(CHECK_EXC_MATCH, hloc);
                emitJump(POP_JUMP_IF_FALSE, nextExcept, hloc);
            }
            if (handler.name() != null) {
                BasicBlock cleanupEnd = newBlock();
                BasicBlock cleanupBody = newBlock();
                storeName(handler.name(), hloc);
                // try: body  finally: name = None; del name
                emitJump(SETUP_CLEANUP, cleanupEnd, hloc);
                useBlock(cleanupBody);
                u.fblocks.push(new FBlock(FBlockKind.HANDLER_CLEANUP, cleanupBody, null, handler.name()));
                stmts(handler.body());
                u.fblocks.pop();
                emit(POP_BLOCK, Location.NONE);
                emit(POP_BLOCK, Location.NONE);
                emit(POP_EXCEPT, Location.NONE);
                loadConst(ConstantValue.NONE, Location.NONE);
                storeName(handler.name(), Location.NONE);
                nameOp(handler.name(), ExprContext.Del, Location.NONE);
                emitJump(JUMP, end, Location.NONE);
                // except handler of the handler: clear the name and re-raise
                useBlock(cleanupEnd);
                loadConst(ConstantValue.NONE, Location.NONE);
                storeName(handler.name(), Location.NONE);
                nameOp(handler.name(), ExprContext.Del, Location.NONE);
                emit(RERAISE, 1, Location.NONE);
            } else {
                BasicBlock cleanupBody = newBlock();
                emit(POP_TOP, hloc);
                useBlock(cleanupBody);
                u.fblocks.push(new FBlock(FBlockKind.HANDLER_CLEANUP, cleanupBody, null, null));
                stmts(handler.body());
                u.fblocks.pop();
                emit(POP_BLOCK, Location.NONE);
                emit(POP_EXCEPT, Location.NONE);
                emitJump(JUMP, end, Location.NONE);
            }
            useBlock(nextExcept);
        }
        u.fblocks.pop();
        emit(RERAISE, 0, Location.NONE);
        useBlock(cleanup);
        popExceptAndReraise(Location.NONE);
        useBlock(end);
    }

    /** {@code try: ... except* T as e: ...}: each handler takes its part of the group; the rest is re-raised. */
    private void tryStarExcept(Stmt.TryStar t) {
        Location loc = loc(t);
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock orelse = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock reraiseStar = newBlock();
        Location none = Location.NONE;
        emitJump(SETUP_FINALLY, except, loc);
        useBlock(body);
        u.fblocks.push(new FBlock(FBlockKind.TRY_EXCEPT, body, null, null));
        stmts(t.body());
        u.fblocks.pop();
        emit(POP_BLOCK, none);
        emitJump(JUMP, orelse, none);
        int n = t.handlers().size();
        useBlock(except);
        emitJump(SETUP_CLEANUP, cleanup, none);
        emit(PUSH_EXC_INFO, none);
        u.fblocks.push(new FBlock(FBlockKind.EXCEPTION_GROUP_HANDLER, null, null, null));
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = t.handlers().get(i);
            Location hloc = loc(handler);
            BasicBlock nextExcept = newBlock();
            BasicBlock exceptWithError = newBlock();
            BasicBlock noMatch = newBlock();
            if (i == 0) {
                emit(BUILD_LIST, 0, hloc);
                emit(COPY, 2, hloc);
            }
            if (handler.type() != null) {
                expr(handler.type());
                emit(CHECK_EG_MATCH, hloc);
                emit(COPY, 1, hloc);
                emitJump(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            BasicBlock cleanupEnd = newBlock();
            BasicBlock cleanupBody = newBlock();
            if (handler.name() != null) {
                storeName(handler.name(), hloc);
            } else {
                emit(POP_TOP, hloc);
            }
            emitJump(SETUP_CLEANUP, cleanupEnd, hloc);
            useBlock(cleanupBody);
            u.fblocks.push(new FBlock(FBlockKind.HANDLER_CLEANUP, cleanupBody, null, handler.name()));
            stmts(handler.body());
            u.fblocks.pop();
            emit(POP_BLOCK, none);
            if (handler.name() != null) {
                loadConst(ConstantValue.NONE, none);
                storeName(handler.name(), none);
                nameOp(handler.name(), ExprContext.Del, none);
            }
            emitJump(JUMP, nextExcept, none);
            useBlock(cleanupEnd);
            if (handler.name() != null) {
                loadConst(ConstantValue.NONE, none);
                storeName(handler.name(), none);
                nameOp(handler.name(), ExprContext.Del, none);
            }
            emit(LIST_APPEND, 3, none);
            emit(POP_TOP, none);
            emitJump(JUMP, exceptWithError, none);
            useBlock(nextExcept);
            emit(NOP, none);
            emitJump(JUMP, exceptWithError, none);
            useBlock(noMatch);
            emit(POP_TOP, hloc);
            useBlock(exceptWithError);
            if (i == n - 1) {
                emit(LIST_APPEND, 1, none);
                emitJump(JUMP, reraiseStar, none);
            }
        }
        u.fblocks.pop();
        BasicBlock reraise = newBlock();
        useBlock(reraiseStar);
        emit(CALL_INTRINSIC_2, 1, none);
        emit(COPY, 1, none);
        emitJump(POP_JUMP_IF_NOT_NONE, reraise, none);
        emit(POP_TOP, none);
        emit(POP_BLOCK, none);
        emit(POP_EXCEPT, none);
        emitJump(JUMP, end, none);
        useBlock(reraise);
        emit(POP_BLOCK, none);
        emit(SWAP, 2, none);
        emit(POP_EXCEPT, none);
        emit(RERAISE, 0, none);
        useBlock(cleanup);
        popExceptAndReraise(none);
        useBlock(orelse);
        stmts(t.orelse());
        useBlock(end);
    }

    private void withStmt(Stmt.With w, int pos) {
        Location loc = loc(w);
        WithItem item = w.items().get(pos);
        BasicBlock block = newBlock();
        BasicBlock finalBlock = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        expr(item.contextExpr());
        emit(BEFORE_WITH, loc);
        emitJump(SETUP_WITH, finalBlock, loc);
        useBlock(block);
        u.fblocks.push(new FBlock(FBlockKind.WITH, block, finalBlock, loc));
        if (item.optionalVars() != null) {
            expr(item.optionalVars());
        } else {
            emit(POP_TOP, loc);
        }
        if (pos + 1 == w.items().size()) {
            stmts(w.body());
        } else {
            withStmt(w, pos + 1);
        }
        u.fblocks.pop();
        // normal exit: __exit__(None, None, None)
        emit(POP_BLOCK, Location.NONE);
        callExitWithNones(loc);
        emit(POP_TOP, loc);
        emitJump(JUMP, exit, loc);
        // exceptional exit
        useBlock(finalBlock);
        emitJump(SETUP_CLEANUP, cleanup, loc);
        emit(PUSH_EXC_INFO, loc);
        emit(WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        useBlock(exit);
    }

    private void asyncFor(Stmt.AsyncFor s) {
        Location loc = loc(s);
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        expr(s.iter());
        emit(GET_AITER, loc);
        useBlock(start);
        u.fblocks.push(new FBlock(FBlockKind.FOR_LOOP, start, end, null));
        // a handler around __anext__: StopAsyncIteration ends the loop
        emitJump(SETUP_FINALLY, except, loc);
        emit(GET_ANEXT, loc);
        loadConst(ConstantValue.NONE, loc);
        yieldFrom(loc, true);
        emit(POP_BLOCK, loc);
        expr(s.target());
        stmts(s.body());
        emitJump(JUMP, start, Location.NONE);
        u.fblocks.pop();
        useBlock(except);
        emit(END_ASYNC_FOR, loc(s.iter()));
        stmts(s.orelse());
        useBlock(end);
    }

    private void asyncWith(Stmt.AsyncWith w, int pos) {
        Location loc = loc(w);
        WithItem item = w.items().get(pos);
        BasicBlock block = newBlock();
        BasicBlock finalBlock = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        expr(item.contextExpr());
        emit(BEFORE_ASYNC_WITH, loc);
        emit(GET_AWAITABLE, 1, loc);
        loadConst(ConstantValue.NONE, loc);
        yieldFrom(loc, true);
        emitJump(SETUP_WITH, finalBlock, loc);
        useBlock(block);
        u.fblocks.push(new FBlock(FBlockKind.ASYNC_WITH, block, finalBlock, loc));
        if (item.optionalVars() != null) {
            expr(item.optionalVars());
        } else {
            emit(POP_TOP, loc);
        }
        if (pos + 1 == w.items().size()) {
            stmts(w.body());
        } else {
            asyncWith(w, pos + 1);
        }
        u.fblocks.pop();
        emit(POP_BLOCK, loc);
        callExitWithNones(loc);
        emit(GET_AWAITABLE, 2, loc);
        loadConst(ConstantValue.NONE, loc);
        yieldFrom(loc, true);
        emit(POP_TOP, loc);
        emitJump(JUMP, exit, loc);
        useBlock(finalBlock);
        emitJump(SETUP_CLEANUP, cleanup, loc);
        emit(PUSH_EXC_INFO, loc);
        emit(WITH_EXCEPT_START, loc);
        emit(GET_AWAITABLE, 2, loc);
        loadConst(ConstantValue.NONE, loc);
        yieldFrom(loc, true);
        withExceptFinish(cleanup);
        useBlock(exit);
    }

    private void callExitWithNones(Location loc) {
        loadConst(ConstantValue.NONE, loc);
        loadConst(ConstantValue.NONE, loc);
        loadConst(ConstantValue.NONE, loc);
        emit(CALL, 2, loc);
    }

    /** After WITH_EXCEPT_START: re-raise unless __exit__ returned true, then drop the exception. */
    private void withExceptFinish(BasicBlock cleanup) {
        BasicBlock suppress = newBlock();
        BasicBlock exit = newBlock();
        Location none = Location.NONE;
        emitJump(POP_JUMP_IF_TRUE, suppress, none);
        emit(RERAISE, 2, none);
        useBlock(suppress);
        emit(POP_TOP, none);
        emit(POP_BLOCK, none);
        emit(POP_EXCEPT, none);
        emit(POP_TOP, none);
        emit(POP_TOP, none);
        emitJump(JUMP, exit, none);
        useBlock(cleanup);
        popExceptAndReraise(none);
        useBlock(exit);
    }

    // ---------------------------------------------------------------------------------------------- match

    /** The state of one case's pattern: captured names, values kept on the stack, and the blocks failures go to. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<BasicBlock> failPop = new ArrayList<>();
        int onTop;
    }

    private void match(Stmt.Match m) {
        expr(m.subject());
        BasicBlock end = newBlock();
        int cases = m.cases().size();
        MatchCase last = m.cases().get(cases - 1);
        boolean hasDefault = isWildcard(last.pattern()) && cases > 1;
        PatternContext pc = new PatternContext();
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
            MatchCase c = m.cases().get(i);
            Location ploc = loc(c.pattern());
            if (i != cases - (hasDefault ? 1 : 0) - 1) {
                emit(COPY, 1, ploc);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = c.guard() != null || i == cases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(c.pattern(), pc);
            for (String name : pc.stores) {
                storeName(name, ploc);
            }
            ensureFailPop(pc, 0);
            if (c.guard() != null) {
                jumpIf(c.guard(), pc.failPop.get(0), false);
            }
            if (i != cases - (hasDefault ? 1 : 0) - 1) {
                emit(POP_TOP, ploc);
            }
            stmts(c.body());
            emitJump(JUMP, end, Location.NONE);
            emitAndResetFailPop(ploc, pc);
        }
        if (hasDefault) {
            Location ploc = loc(last.pattern());
            emit(cases == 1 ? POP_TOP : NOP, ploc);
            if (last.guard() != null) {
                jumpIf(last.guard(), end, false);
            }
            stmts(last.body());
        }
        useBlock(end);
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(newBlock());
        }
    }

    private void jumpToFailPop(Location loc, PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        emitJump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Location loc, PatternContext pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int k = pc.failPop.size() - 1; k > 0; k--) {
            useBlock(pc.failPop.get(k));
            emit(POP_TOP, loc);
        }
        useBlock(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Location loc, int count) {
        while (count > 1) {
            emit(SWAP, count--, loc);
        }
    }

    private void storeCapture(Location loc, String name, PatternContext pc) {
        if (name == null) {
            emit(POP_TOP, loc);
            return;
        }
        if (pc.stores.contains(name)) {
            throw new IllegalStateException("the symbol table rejects a name bound twice in a pattern");
        }
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, PatternContext pc) {
        Location loc = loc(p);
        switch (p) {
            case Pattern.MatchValue v -> {
                expr(v.value());
                compareOp(CmpOp.Eq, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                loadConst(s.value(), loc);
                compareOp(CmpOp.Is, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    storeCapture(loc, a.name(), pc);
                    return;
                }
                pc.onTop++;
                emit(COPY, 1, loc);
                pattern(a.pattern(), pc);
                pc.onTop--;
                storeCapture(loc, a.name(), pc);
            }
            case Pattern.MatchStar s -> storeCapture(loc, s.name(), pc);
            case Pattern.MatchSequence s -> sequencePattern(s, loc, pc);
            case Pattern.MatchMapping m -> mappingPattern(m, loc, pc);
            case Pattern.MatchClass c -> classPattern(c, loc, pc);
            case Pattern.MatchOr o -> orPattern(o, loc, pc);
        }
    }

    private void sequencePattern(Pattern.MatchSequence s, Location loc, PatternContext pc) {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar ms) {
                star = i;
                starWildcard = ms.name() == null;
                onlyWildcard &= starWildcard;
                continue;
            }
            onlyWildcard &= isWildcard(p);
        }
        pc.onTop++;
        emit(MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            emit(GET_LEN, loc);
            loadConst((long) size, loc);
            compareOp(CmpOp.Eq, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            emit(GET_LEN, loc);
            loadConst((long) (size - 1), loc);
            compareOp(CmpOp.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            emit(POP_TOP, loc);
        } else if (starWildcard) {
            pc.onTop++;
            for (int i = 0; i < size; i++) {
                Pattern p = patterns.get(i);
                if (isWildcard(p) || i == star) {
                    continue;
                }
                emit(COPY, 1, loc);
                if (i < star) {
                    loadConst((long) i, loc);
                } else {
                    emit(GET_LEN, loc);
                    loadConst((long) (size - i), loc);
                    emit(BINARY_OP, binaryOp(Operator.Sub), loc);
                }
                emit(BINARY_SUBSCR, loc);
                subpattern(p, pc);
            }
            pc.onTop--;
            emit(POP_TOP, loc);
        } else {
            if (star >= 0) {
                emit(UNPACK_EX, star + ((size - star - 1) << 8), loc);
            } else {
                emit(UNPACK_SEQUENCE, size, loc);
            }
            pc.onTop += size;
            for (Pattern p : patterns) {
                pc.onTop--;
                subpattern(p, pc);
            }
        }
    }

    private void mappingPattern(Pattern.MatchMapping m, Location loc, PatternContext pc) {
        int size = m.keys().size();
        String rest = m.rest();
        pc.onTop++;
        emit(MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && rest == null) {
            pc.onTop--;
            emit(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            emit(GET_LEN, loc);
            loadConst((long) size, loc);
            compareOp(CmpOp.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        for (Expr key : m.keys()) {
            expr(key);
        }
        emit(BUILD_TUPLE, size, loc);
        emit(MATCH_KEYS, loc);
        pc.onTop += 2;
        emit(COPY, 1, loc);
        loadConst(ConstantValue.NONE, loc);
        emit(IS_OP, 1, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        emit(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern p : m.patterns()) {
            pc.onTop--;
            subpattern(p, pc);
        }
        pc.onTop -= 2;
        if (rest != null) {
            emit(BUILD_MAP, 0, loc);
            emit(SWAP, 3, loc);
            emit(DICT_UPDATE, 2, loc);
            emit(UNPACK_SEQUENCE, size, loc);
            int n = size;
            while (n > 0) {
                emit(COPY, 1 + n--, loc);
                emit(SWAP, 2, loc);
                emit(DELETE_SUBSCR, loc);
            }
            storeCapture(loc, rest, pc);
        } else {
            emit(POP_TOP, loc);
            emit(POP_TOP, loc);
        }
    }

    private void classPattern(Pattern.MatchClass c, Location loc, PatternContext pc) {
        int nargs = c.patterns().size();
        int nattrs = c.kwdAttrs().size();
        expr(c.cls());
        loadConst(new Constants.Tuple(new ArrayList<>(c.kwdAttrs())), loc);
        emit(MATCH_CLASS, nargs, loc);
        emit(COPY, 1, loc);
        loadConst(ConstantValue.NONE, loc);
        emit(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        emit(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern p = i < nargs ? c.patterns().get(i) : c.kwdPatterns().get(i - nargs);
            if (isWildcard(p)) {
                emit(POP_TOP, loc);
                continue;
            }
            subpattern(p, pc);
        }
    }

    private void orPattern(Pattern.MatchOr o, Location loc, PatternContext pc) {
        BasicBlock end = newBlock();
        int size = o.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<BasicBlock> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = o.patterns().get(i);
            Location aloc = loc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            emit(COPY, 1, aloc);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw new IllegalStateException("the symbol table rejects alternatives binding different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw new IllegalStateException("the symbol table rejects alternatives binding different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(aloc, icontrol + 1);
                        }
                    }
                }
            }
            emitJump(JUMP, end, aloc);
            emitAndResetFailPop(aloc, pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        emit(POP_TOP, loc);
        jumpToFailPop(loc, pc, JUMP);
        useBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw new IllegalStateException("the symbol table rejects a name bound twice in a pattern");
            }
            pc.stores.add(name);
        }
        emit(POP_TOP, loc);
    }

    // ---------------------------------------------------------------------------------------------- expressions

    private void expr(Expr e0) {
        Expr e = ConstantFolder.fold(e0, optimize);
        Location loc = loc(e);
        switch (e) {
            case Expr.Constant c -> loadConst(Constants.fromAst(c.value()), loc);
            case Expr.Name n -> nameOp(n.id(), n.ctx(), loc);
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                emit(BINARY_OP, binaryOp(b.op()), loc);
            }
            case Expr.UnaryOp un -> {
                expr(un.operand());
                switch (un.op()) {
                    case Invert -> emit(UNARY_INVERT, loc);
                    case Not -> emit(UNARY_NOT, loc);
                    case USub -> emit(UNARY_NEGATIVE, loc);
                    case UAdd -> emit(CALL_INTRINSIC_1, 5, loc);
                }
            }
            case Expr.BoolOp b -> {
                int jump = b.op() == dev.krait.ast.BoolOp.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
                BasicBlock end = newBlock();
                for (int i = 0; i < b.values().size() - 1; i++) {
                    expr(b.values().get(i));
                    emit(COPY, 1, loc);
                    emitJump(jump, end, loc);
                    emit(POP_TOP, loc);
                }
                expr(b.values().get(b.values().size() - 1));
                useBlock(end);
            }
            case Expr.Compare c -> compare(c, loc);
            case Expr.IfExp i -> {
                BasicBlock end = newBlock();
                BasicBlock next = newBlock();
                jumpIf(i.test(), next, false);
                expr(i.body());
                emitJump(JUMP, end, Location.NONE);
                useBlock(next);
                expr(i.orelse());
                useBlock(end);
            }
            case Expr.Call c -> call(c);
            case Expr.Attribute a when a.ctx() == ExprContext.Load && canOptimizeSuper(a) -> {
                loadArgsForSuper((Expr.Call) a.value());
                emit(LOAD_SUPER_ATTR, superOparg(a, false), loc);
                emit(NOP, attributeLocation(a));
            }
            case Expr.Attribute a -> {
                expr(a.value());
                Location l = attributeLocation(a);
                int name = addName(mangle(a.attr()));
                switch (a.ctx()) {
                    case Load -> emit(LOAD_ATTR, name << 1, l);
                    case Store -> emit(STORE_ATTR, name, l);
                    case Del -> emit(DELETE_ATTR, name, l);
                }
            }
            case Expr.Subscript s -> subscript(s, loc);
            case Expr.Slice s -> {
                int n = slice(s);
                emit(BUILD_SLICE, n, loc);
            }
            case Expr.Tuple t -> {
                if (t.ctx() == ExprContext.Load) {
                    starUnpack(loc, t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                } else if (t.ctx() == ExprContext.Store) {
                    unpackTargets(t.elts(), loc);
                } else {
                    for (Expr x : t.elts()) {
                        expr(x);
                    }
                }
            }
            case Expr.List l -> {
                if (l.ctx() == ExprContext.Load) {
                    starUnpack(loc, l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                } else if (l.ctx() == ExprContext.Store) {
                    unpackTargets(l.elts(), loc);
                } else {
                    for (Expr x : l.elts()) {
                        expr(x);
                    }
                }
            }
            case Expr.Set s -> starUnpack(loc, s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.Dict d -> dict(d, loc);
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) {
                    throw new UnsupportedConstructException("starred assignment target must be in a list or tuple");
                }
                throw new UnsupportedConstructException("can't use starred expression here");
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                emit(COPY, 1, loc);
                expr(n.target());
            }
            case Expr.JoinedStr j -> {
                if (j.values().size() > STACK_USE_GUIDELINE) {
                    throw new UnsupportedConstructException("f-strings with more than 30 parts");
                }
                for (Expr v : j.values()) {
                    expr(v);
                }
                if (j.values().size() != 1) {
                    emit(BUILD_STRING, j.values().size(), loc);
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                int oparg = switch (f.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                    oparg |= 4;
                }
                emit(FORMAT_VALUE, oparg, loc);
            }
            case Expr.Lambda l -> {
                int flags = defaults(l.args(), loc);
                Scope scope = symbols.scopeOf(l);
                CodeUnit code = lambdaBody(scope, qualnameOf("<lambda>", scope), l);
                makeClosure(code, scope, flags, loc);
            }
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                } else {
                    loadConst(ConstantValue.NONE, loc);
                }
                yieldValue(loc);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                emit(GET_YIELD_FROM_ITER, loc);
                loadConst(ConstantValue.NONE, loc);
                yieldFrom(loc, false);
            }
            case Expr.Await a -> {
                expr(a.value());
                emit(GET_AWAITABLE, 0, loc);
                loadConst(ConstantValue.NONE, loc);
                yieldFrom(loc, true);
            }
            case Expr.ListComp c -> inlinedComprehension(c, c.generators(), c.elt(), null, BUILD_LIST, loc);
            case Expr.SetComp c -> inlinedComprehension(c, c.generators(), c.elt(), null, BUILD_SET, loc);
            case Expr.DictComp c -> inlinedComprehension(c, c.generators(), c.key(), c.value(), BUILD_MAP, loc);
            case Expr.GeneratorExp g -> generatorExpression(g, loc);
        }
    }

    private void yieldValue(Location loc) {
        if (u.scope.isGenerator() && u.scope.isCoroutine()) {
            emit(CALL_INTRINSIC_1, 4, loc);
        }
        emit(YIELD_VALUE, 0, loc);
        emit(RESUME, 1, loc);
    }

    private void yieldFrom(Location loc, boolean await) {
        BasicBlock send = newBlock();
        BasicBlock fail = newBlock();
        BasicBlock exit = newBlock();
        useBlock(send);
        emitJump(SEND, exit, loc);
        emitJump(SETUP_FINALLY, fail, loc);
        emit(YIELD_VALUE, 0, loc);
        emit(POP_BLOCK, Location.NONE);
        emit(RESUME, await ? 3 : 2, loc);
        emitJump(JUMP_NO_INTERRUPT, send, loc);
        useBlock(fail);
        emit(CLEANUP_THROW, loc);
        useBlock(exit);
        emit(END_SEND, loc);
    }

    private static int binaryOp(Operator op) {
        return switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
    }

    private void compareOp(CmpOp op, Location loc) {
        switch (op) {
            case Is -> emit(IS_OP, 0, loc);
            case IsNot -> emit(IS_OP, 1, loc);
            case In -> emit(CONTAINS_OP, 0, loc);
            case NotIn -> emit(CONTAINS_OP, 1, loc);
            case Lt -> emit(COMPARE_OP, (0 << 4) | 2, loc);
            case LtE -> emit(COMPARE_OP, (1 << 4) | 10, loc);
            case Eq -> emit(COMPARE_OP, (2 << 4) | 8, loc);
            case NotEq -> emit(COMPARE_OP, (3 << 4) | 7, loc);
            case Gt -> emit(COMPARE_OP, (4 << 4) | 4, loc);
            case GtE -> emit(COMPARE_OP, (5 << 4) | 12, loc);
        }
    }

    private void compare(Expr.Compare c, Location loc) {
        expr(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0), loc);
            return;
        }
        BasicBlock cleanup = newBlock();
        for (int i = 0; i < n; i++) {
            expr(c.comparators().get(i));
            emit(SWAP, 2, loc);
            emit(COPY, 2, loc);
            compareOp(c.ops().get(i), loc);
            emit(COPY, 1, loc);
            emitJump(POP_JUMP_IF_FALSE, cleanup, loc);
            emit(POP_TOP, loc);
        }
        expr(c.comparators().get(n));
        compareOp(c.ops().get(n), loc);
        BasicBlock end = newBlock();
        emitJump(JUMP, end, Location.NONE);
        useBlock(cleanup);
        emit(SWAP, 2, loc);
        emit(POP_TOP, loc);
        useBlock(end);
    }

    /** Jumps to {@code next} when the truth of {@code e} is {@code cond}; falls through otherwise. */
    private void jumpIf(Expr e0, BasicBlock next, boolean cond) {
        Expr e = ConstantFolder.fold(e0, optimize);
        switch (e) {
            case Expr.UnaryOp un when un.op() == dev.krait.ast.UnaryOp.Not -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                boolean cond2 = b.op() == dev.krait.ast.BoolOp.Or;
                BasicBlock next2 = next;
                if (cond2 != cond) {
                    next2 = newBlock();
                }
                int n = b.values().size() - 1;
                for (int i = 0; i < n; i++) {
                    jumpIf(b.values().get(i), next2, cond2);
                }
                jumpIf(b.values().get(n), next, cond);
                if (next2 != next) {
                    useBlock(next2);
                }
                return;
            }
            case Expr.IfExp i -> {
                BasicBlock end = newBlock();
                BasicBlock next2 = newBlock();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                emitJump(JUMP, end, Location.NONE);
                useBlock(next2);
                jumpIf(i.orelse(), next, cond);
                useBlock(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                Location loc = loc(c);
                int n = c.ops().size() - 1;
                BasicBlock cleanup = newBlock();
                expr(c.left());
                for (int i = 0; i < n; i++) {
                    expr(c.comparators().get(i));
                    emit(SWAP, 2, loc);
                    emit(COPY, 2, loc);
                    compareOp(c.ops().get(i), loc);
                    emitJump(POP_JUMP_IF_FALSE, cleanup, loc);
                }
                expr(c.comparators().get(n));
                compareOp(c.ops().get(n), loc);
                emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc);
                BasicBlock end = newBlock();
                emitJump(JUMP, end, Location.NONE);
                useBlock(cleanup);
                emit(POP_TOP, loc);
                if (!cond) {
                    emitJump(JUMP, next, Location.NONE);
                }
                useBlock(end);
                return;
            }
            default -> {
            }
        }
        expr(e);
        emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc(e));
    }

    /** CPython reports an attribute access from the attribute name when the expression spans several lines. */
    private Location attributeLocation(Expr.Attribute a) {
        Location loc = loc(a);
        if (a.lineno() != a.endLineno()) {
            return loc(a.endLineno(), a.endLineno(), a.endColOffset() - a.attr().length(), a.endColOffset());
        }
        return loc;
    }

    private static boolean isTwoElementSlice(Expr e) {
        return e instanceof Expr.Slice s && s.step() == null;
    }

    private int slice(Expr.Slice s) {
        Location loc = loc(s);
        int n = 2;
        if (s.lower() != null) {
            expr(s.lower());
        } else {
            loadConst(ConstantValue.NONE, loc);
        }
        if (s.upper() != null) {
            expr(s.upper());
        } else {
            loadConst(ConstantValue.NONE, loc);
        }
        if (s.step() != null) {
            n++;
            expr(s.step());
        }
        return n;
    }

    private void subscript(Expr.Subscript s, Location loc) {
        if (s.ctx() != ExprContext.Del && isTwoElementSlice(s.slice())) {
            expr(s.value());
            slice((Expr.Slice) s.slice());
            emit(s.ctx() == ExprContext.Load ? BINARY_SLICE : STORE_SLICE, loc);
            return;
        }
        expr(s.value());
        expr(s.slice());
        emit(switch (s.ctx()) {
            case Load -> BINARY_SUBSCR;
            case Store -> STORE_SUBSCR;
            case Del -> DELETE_SUBSCR;
        }, loc);
    }

    private void unpackTargets(List<Expr> elts, Location loc) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) {
                    throw new UnsupportedConstructException("multiple starred expressions in assignment");
                }
                emit(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) {
            emit(UNPACK_SEQUENCE, n, loc);
        }
        for (Expr elt : elts) {
            expr(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    /** Builds a list, tuple or set from elements that may include {@code *iterable}. */
    private void starUnpack(Location loc, List<Expr> elts0, int pushed, int build, int add, int extend, boolean tuple) {
        List<Expr> elts = new ArrayList<>();
        for (Expr x : elts0) {
            elts.add(ConstantFolder.fold(x, optimize));
        }
        int n = elts.size();
        boolean seenStar = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!seenStar && n > 2 && elts.stream().allMatch(x -> x instanceof Expr.Constant)) {
            List<Object> items = new ArrayList<>();
            for (Expr x : elts) {
                items.add(Constants.fromAst(((Expr.Constant) x).value()));
            }
            if (tuple) {
                loadConst(new Constants.Tuple(items), loc);
            } else {
                emit(build, pushed, loc);
                loadConst(add == SET_ADD ? new Constants.FrozenSet(items) : new Constants.Tuple(items), loc);
                emit(extend, 1, loc);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        if (!seenStar && !big) {
            for (Expr x : elts) {
                expr(x);
            }
            emit(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (!built) {
                    emit(build, i + pushed, loc);
                    built = true;
                }
                expr(s.value());
                emit(extend, 1, loc);
            } else {
                expr(x);
                if (built) {
                    emit(add, 1, loc);
                }
            }
        }
        if (tuple) {
            emit(CALL_INTRINSIC_1, 6, loc);
        }
    }

    private void dict(Expr.Dict d, Location loc) {
        int n = d.values().size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subDict(d, i - elements, i, loc);
                    if (haveDict) {
                        emit(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                expr(d.values().get(i));
                emit(DICT_UPDATE, 1, loc);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subDict(d, i - elements, i + 1, loc);
                    if (haveDict) {
                        emit(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subDict(d, n - elements, n, loc);
            if (haveDict) {
                emit(DICT_UPDATE, 1, loc);
            }
            haveDict = true;
        }
        if (!haveDict) {
            emit(BUILD_MAP, 0, loc);
        }
    }

    private void subDict(Expr.Dict d, int begin, int end, Location loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        boolean allConst = true;
        List<Object> keys = new ArrayList<>();
        for (int i = begin; i < end; i++) {
            Expr k = ConstantFolder.fold(d.keys().get(i), optimize);
            if (k instanceof Expr.Constant c) {
                keys.add(Constants.fromAst(c.value()));
            } else {
                allConst = false;
            }
        }
        if (n > 1 && !big && allConst) {
            for (int i = begin; i < end; i++) {
                expr(d.values().get(i));
            }
            loadConst(new Constants.Tuple(keys), loc);
            emit(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            emit(BUILD_MAP, 0, loc);
        }
        for (int i = begin; i < end; i++) {
            expr(d.keys().get(i));
            expr(d.values().get(i));
            if (big) {
                emit(MAP_ADD, 1, loc);
            }
        }
        if (!big) {
            emit(BUILD_MAP, n, loc);
        }
    }

    // ---------------------------------------------------------------------------------------------- calls

    private void call(Expr.Call c) {
        if (methodCall(c)) {
            return;
        }
        Location funcLoc = loc(c.func());
        emit(PUSH_NULL, funcLoc);
        expr(c.func());
        callHelper(loc(c), 0, c.args(), c.keywords());
    }

    /** {@code obj.method(args)}: LOAD_ATTR with the method bit, so no bound method is made. */
    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        // a method of an imported module is called as a plain attribute (CPython's is_import_originated)
        if (meth.value() instanceof Expr.Name base) {
            Symbol top = symbols.top().lookup(base.id());
            if (top != null && top.isImported()) {
                return false;
            }
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        if (c.args().size() + c.keywords().size() >= STACK_USE_GUIDELINE) {
            return false;
        }
        Location loc = attributeLocation(meth);
        if (!superCall(meth)) {
            expr(meth.value());
            emit(LOAD_ATTR, (addName(mangle(meth.attr())) << 1) | 1, loc);
        }
        for (Expr a : c.args()) {
            expr(a);
        }
        Location callLoc = loc(c);
        if (meth.lineno() != meth.endLineno()) {
            callLoc = loc(meth.endLineno(), c.endLineno(), meth.endColOffset() - meth.attr().length(), c.endColOffset());
        }
        if (!c.keywords().isEmpty()) {
            List<Object> names = new ArrayList<>();
            for (Keyword k : c.keywords()) {
                expr(k.value());
                names.add(k.arg());
            }
            emit(KW_NAMES, addConst(new Constants.Tuple(names)), loc);
        }
        emit(CALL, c.args().size() + c.keywords().size(), callLoc);
        return true;
    }

    /** {@code super().method(...)} with super the builtin: LOAD_SUPER_ATTR with the method bit. */
    private boolean superCall(Expr.Attribute meth) {
        if (!canOptimizeSuper(meth)) {
            return false;
        }
        loadArgsForSuper((Expr.Call) meth.value());
        Location loc = loc(meth);
        emit(LOAD_SUPER_ATTR, superOparg(meth, true), loc);
        emit(NOP, attributeLocation(meth));
        return true;
    }

    /** Whether {@code super().attr} or {@code super(C, self).attr} can load the attribute with LOAD_SUPER_ATTR. */
    private boolean canOptimizeSuper(Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call call) || !(call.func() instanceof Expr.Name name) || !name.id().equals("super") ||
                        attr.attr().equals("__class__") || !call.keywords().isEmpty()) {
            return false;
        }
        if (scopeOfName("super") != SymbolScope.GLOBAL_IMPLICIT || symbols.top().lookup("super") != null) {
            return false;
        }
        if (call.args().size() == 2) {
            return call.args().stream().noneMatch(a -> a instanceof Expr.Starred);
        }
        if (!call.args().isEmpty() || u.argcount == 0 && u.posonlyargcount == 0) {
            return false;
        }
        return scopeOfName("__class__") == SymbolScope.FREE;
    }

    private void loadArgsForSuper(Expr.Call call) {
        Location loc = loc(call);
        nameOp("super", ExprContext.Load, loc(call.func()));
        if (call.args().size() == 2) {
            expr(call.args().get(0));
            expr(call.args().get(1));
            return;
        }
        nameOp("__class__", ExprContext.Load, loc);
        nameOp(u.varnames.keySet().iterator().next(), ExprContext.Load, loc);
    }

    private int superOparg(Expr.Attribute attr, boolean method) {
        boolean twoArgs = !((Expr.Call) attr.value()).args().isEmpty();
        return (addName(mangle(attr.attr())) << 2) | (twoArgs ? 2 : 0) | (method ? 1 : 0);
    }

    private void callHelper(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        int nelts = args.size();
        int nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                ex = true;
            }
        }
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                ex = true;
            }
        }
        if (!ex) {
            for (Expr a : args) {
                expr(a);
            }
            if (nkw > 0) {
                List<Object> names = new ArrayList<>();
                for (Keyword k : keywords) {
                    expr(k.value());
                    names.add(k.arg());
                }
                emit(KW_NAMES, addConst(new Constants.Tuple(names)), loc);
            }
            emit(CALL, n + nelts + nkw, loc);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            expr(s.value());
        } else {
            starUnpack(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int seen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword k = keywords.get(i);
                if (k.arg() == null) {
                    if (seen > 0) {
                        subKwargs(loc, keywords, i - seen, i);
                        if (haveDict) {
                            emit(DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) {
                        emit(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    expr(k.value());
                    emit(DICT_MERGE, 1, loc);
                } else {
                    seen++;
                }
            }
            if (seen > 0) {
                subKwargs(loc, keywords, nkw - seen, nkw);
                if (haveDict) {
                    emit(DICT_MERGE, 1, loc);
                }
            }
        }
        emit(CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, loc);
    }

    private void subKwargs(Location loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> names = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                expr(keywords.get(i).value());
                names.add(keywords.get(i).arg());
            }
            loadConst(new Constants.Tuple(names), loc);
            emit(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            emit(BUILD_MAP, 0, Location.NONE);
        }
        for (int i = begin; i < end; i++) {
            loadConst(keywords.get(i).arg(), loc);
            expr(keywords.get(i).value());
            if (big) {
                emit(MAP_ADD, 1, Location.NONE);
            }
        }
        if (!big) {
            emit(BUILD_MAP, n, loc);
        }
    }

    // ---------------------------------------------------------------------------------------------- comprehensions

    private void generatorExpression(Expr.GeneratorExp g, Location loc) {
        Scope scope = symbols.scopeOf(g);
        CodeUnit code = comprehensionBody(scope, qualnameOf("<genexpr>", scope), g, g.generators(), g.elt(), null);
        makeClosure(code, scope, 0, loc);
        Comprehension outermost = g.generators().get(0);
        expr(ConstantFolder.foldIter(outermost.iter(), optimize));
        emit(outermost.isAsync() ? GET_AITER : GET_ITER, loc);
        emit(CALL, 0, loc);
    }

    private CodeUnit comprehensionBody(Scope scope, String qualname, Expr node, List<Comprehension> generators, Expr elt, Expr value) {
        Unit saved = u;
        enterScope(scope, UnitKind.COMPREHENSION, "<genexpr>", qualname, node.lineno());
        u.argcount = 1;
        Location loc = loc(node);
        comprehensionGenerator(generators, 0, 0, elt, value, -1, loc, true);
        CodeUnit code = finish();
        u = saved;
        return code;
    }

    /**
     * One {@code for} clause of a comprehension (and recursively the following ones), CPython's
     * compiler_sync_comprehension_generator. {@code type} is BUILD_LIST, BUILD_SET, BUILD_MAP, or -1 for a
     * generator expression's yield.
     */
    private void comprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt, Expr value, int type,
                    Location loc, boolean outermostIsArgument) {
        Comprehension gen = generators.get(genIndex);
        if (gen.isAsync()) {
            asyncComprehensionGenerator(generators, genIndex, depth, elt, value, type, loc, outermostIsArgument);
            return;
        }
        BasicBlock start = newBlock();
        BasicBlock ifCleanup = newBlock();
        BasicBlock anchor = newBlock();
        if (genIndex == 0 && outermostIsArgument) {
            emit(LOAD_FAST, varIndex(".0"), loc);
        } else if (genIndex == 0) {
            // inlined: the outermost iterator is already on the stack
        } else {
            Expr iter = ConstantFolder.foldIter(gen.iter(), optimize);
            if (iter instanceof Expr.Tuple t && t.elts().size() == 1 && !(t.elts().get(0) instanceof Expr.Starred)) {
                // for x in [y]: assigns y to x without a loop
                expr(t.elts().get(0));
                start = null;
            } else {
                expr(iter);
                emit(GET_ITER, loc);
            }
        }
        if (start != null) {
            depth++;
            useBlock(start);
            emitJump(FOR_ITER, anchor, loc);
        }
        expr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        Location eltLoc = loc(elt);
        if (genIndex + 1 < generators.size()) {
            comprehensionGenerator(generators, genIndex + 1, depth, elt, value, type, loc, false);
        } else {
            switch (type) {
                case -1 -> {
                    expr(elt);
                    yieldValue(eltLoc);
                    emit(POP_TOP, eltLoc);
                }
                case BUILD_LIST -> {
                    expr(elt);
                    emit(LIST_APPEND, depth + 1, eltLoc);
                }
                case BUILD_SET -> {
                    expr(elt);
                    emit(SET_ADD, depth + 1, eltLoc);
                }
                default -> {
                    expr(elt);
                    expr(value);
                    eltLoc = loc(elt.lineno(), value.endLineno(), elt.colOffset(), value.endColOffset());
                    emit(MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        if (value != null) {
            eltLoc = loc(elt.lineno(), value.endLineno(), elt.colOffset(), value.endColOffset());
        }
        useBlock(ifCleanup);
        if (start != null) {
            emitJump(JUMP, start, eltLoc);
            useBlock(anchor);
            emit(END_FOR, Location.NONE);
        }
    }

    private static void collectInlinedCells(Scope scope, List<String> cells) {
        for (String cell : scope.cellvars()) {
            if (!cells.contains(cell)) {
                cells.add(cell);
            }
        }
        for (Scope child : scope.children()) {
            if (isInlined(child)) {
                collectInlinedCells(child, cells);
            }
        }
    }

    private static void collectClassInlinedNames(Scope scope, List<String> names, Map<String, SymbolScope> scopes) {
        for (Symbol symbol : scope.symbols().values()) {
            String name = symbol.name();
            if (!names.contains(name)) {
                names.add(name);
            }
            switch (symbol.scope()) {
                case LOCAL, CELL -> scopes.put(name, SymbolScope.LOCAL);
                case GLOBAL_IMPLICIT, GLOBAL_EXPLICIT -> scopes.putIfAbsent(name, SymbolScope.GLOBAL_EXPLICIT);
                case FREE -> throw new UnsupportedConstructException("comprehensions in class bodies that use the enclosing function's variables");
            }
        }
        for (Scope child : scope.children()) {
            if (isInlined(child)) {
                collectClassInlinedNames(child, names, scopes);
            }
        }
    }

    private static void collectInlinedLocals(Scope scope, List<String> names) {
        for (Symbol symbol : scope.symbols().values()) {
            if (symbol.isLocal() && !symbol.isParameter() && !symbol.isNonlocal() && !names.contains(symbol.name())) {
                names.add(symbol.name());
            }
        }
        for (Scope child : scope.children()) {
            if (isInlined(child)) {
                collectInlinedLocals(child, names);
            }
        }
    }

    /** An {@code async for} clause: __anext__ awaited under a handler that StopAsyncIteration ends the loop by. */
    private void asyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt, Expr value, int type,
                    Location loc, boolean outermostIsArgument) {
        Comprehension gen = generators.get(genIndex);
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock ifCleanup = newBlock();
        if (genIndex == 0 && outermostIsArgument) {
            emit(LOAD_FAST, varIndex(".0"), loc);
        } else if (genIndex > 0) {
            expr(gen.iter());
            emit(GET_AITER, loc);
        }
        useBlock(start);
        u.fblocks.push(new FBlock(FBlockKind.ASYNC_COMPREHENSION_GENERATOR, start, null, null));
        emitJump(SETUP_FINALLY, except, loc);
        emit(GET_ANEXT, loc);
        loadConst(ConstantValue.NONE, loc);
        yieldFrom(loc, true);
        emit(POP_BLOCK, loc);
        expr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        depth++;
        Location eltLoc = loc(elt);
        if (genIndex + 1 < generators.size()) {
            comprehensionGenerator(generators, genIndex + 1, depth, elt, value, type, loc, false);
        } else {
            switch (type) {
                case -1 -> {
                    expr(elt);
                    yieldValue(eltLoc);
                    emit(POP_TOP, eltLoc);
                }
                case BUILD_LIST -> {
                    expr(elt);
                    emit(LIST_APPEND, depth + 1, eltLoc);
                }
                case BUILD_SET -> {
                    expr(elt);
                    emit(SET_ADD, depth + 1, eltLoc);
                }
                default -> {
                    expr(elt);
                    expr(value);
                    emit(MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        useBlock(ifCleanup);
        emitJump(JUMP, start, eltLoc);
        u.fblocks.pop();
        useBlock(except);
        emit(END_ASYNC_FOR, loc);
    }

    /** PEP 709: a list, set or dict comprehension runs inline in the enclosing code. */
    private void inlinedComprehension(Expr node, List<Comprehension> generators, Expr elt, Expr value, int type, Location loc) {
        Scope scope = symbols.scopeOf(node);
        if (scope == null) {
            throw new UnsupportedConstructException("comprehension without scope");
        }
        if (scope.isCoroutine() && u.kind != UnitKind.ASYNC_FUNCTION) {
            throw new UnsupportedConstructException("async comprehensions outside async functions");
        }

        // the outermost iterable is evaluated in the enclosing scope
        Comprehension outermost = generators.get(0);
        expr(ConstantFolder.foldIter(outermost.iter(), optimize));
        emit(outermost.isAsync() ? GET_AITER : GET_ITER, loc);
        // names the comprehension binds become fast locals of this code for its duration; save their old values
        Map<String, SymbolScope> savedScopes = u.inlinedScopes;
        Scope savedComprehension = u.inlinedComprehension;
        Map<String, SymbolScope> inlined = savedScopes == null ? new HashMap<>() : new HashMap<>(savedScopes);
        List<String> pushed = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        collectInlinedCells(scope, cells);
        if (u.kind == UnitKind.CLASS && u.inlinedComprehension == null) {
            // in a class body every name of the comprehension is saved; its free names are globals
            if (!cells.isEmpty()) {
                throw new UnsupportedConstructException("comprehensions in class bodies whose variables a nested function closes over");
            }
            collectClassInlinedNames(scope, pushed, inlined);
        } else {
            // the names it binds, and those of the comprehensions inlined into it (CPython merges their symbols)
            collectInlinedLocals(scope, pushed);
            for (String name : pushed) {
                inlined.put(name, cells.contains(name) ? SymbolScope.CELL : SymbolScope.LOCAL);
            }
        }
        u.inlinedScopes = inlined;
        u.inlinedComprehension = scope;
        for (String name : pushed) {
            emit(LOAD_FAST_AND_CLEAR, varIndex(name), loc);
            if (cells.contains(name)) {
                emit(MAKE_CELL, varIndex(name), loc);
            }
        }
        if (!pushed.isEmpty()) {
            emit(SWAP, pushed.size() + 1, loc);
        }
        BasicBlock cleanup = newBlock();
        BasicBlock end = newBlock();
        if (!pushed.isEmpty()) {
            emitJump(SETUP_FINALLY, cleanup, loc);
        }
        emit(type, 0, loc);
        emit(SWAP, 2, loc);
        comprehensionGenerator(generators, 0, 0, elt, value, type, loc, false);
        // the comprehension's result is below the iterator's place: restore the saved names
        if (!pushed.isEmpty()) {
            emit(POP_BLOCK, Location.NONE);
            emitJump(JUMP_NO_INTERRUPT, end, Location.NONE);
            useBlock(cleanup);
            // on an exception: drop the partial result, restore the names, re-raise
            emit(SWAP, 2, Location.NONE);
            emit(POP_TOP, Location.NONE);
            emit(SWAP, pushed.size() + 1, loc);
            for (int i = pushed.size() - 1; i >= 0; i--) {
                emit(STORE_FAST_MAYBE_NULL, varIndex(pushed.get(i)), loc);
            }
            emit(RERAISE, 0, Location.NONE);
            useBlock(end);
            emit(SWAP, pushed.size() + 1, loc);
            for (int i = pushed.size() - 1; i >= 0; i--) {
                emit(STORE_FAST_MAYBE_NULL, varIndex(pushed.get(i)), loc);
            }
        }
        useBlock(end);
        u.inlinedScopes = savedScopes;
        u.inlinedComprehension = savedComprehension;
    }
}
