package dev.krait.translator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Mod;
import dev.krait.ast.Node;
import dev.krait.ast.Stmt;
import dev.krait.ast.TypeParam;
import dev.krait.ast.WithItem;
import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.call.CallMethodNode;
import dev.krait.nodes.call.CallNode;
import dev.krait.nodes.call.GeneralCallNode;
import dev.krait.nodes.controlflow.AssertNode;
import dev.krait.nodes.controlflow.BlockNode;
import dev.krait.nodes.controlflow.BreakNode;
import dev.krait.nodes.controlflow.ContinueNode;
import dev.krait.nodes.controlflow.ExceptHandlerNode;
import dev.krait.nodes.controlflow.ExpressionStatementNode;
import dev.krait.nodes.controlflow.ForNode;
import dev.krait.nodes.controlflow.IfNode;
import dev.krait.nodes.controlflow.PassNode;
import dev.krait.nodes.controlflow.RaiseNode;
import dev.krait.nodes.controlflow.ReturnNode;
import dev.krait.nodes.controlflow.TryExceptNode;
import dev.krait.nodes.controlflow.TryFinallyNode;
import dev.krait.nodes.controlflow.AsyncForNode;
import dev.krait.nodes.controlflow.AsyncWithNode;
import dev.krait.nodes.controlflow.WhileNode;
import dev.krait.nodes.controlflow.WithNode;
import dev.krait.nodes.expression.AndOrNode;
import dev.krait.nodes.expression.BooleanLiteralNode;
import dev.krait.nodes.expression.CollectionDisplayNode;
import dev.krait.nodes.expression.ComprehensionAppendNode;
import dev.krait.nodes.expression.ConditionalNode;
import dev.krait.nodes.expression.ConstantNode;
import dev.krait.nodes.expression.DictDisplayNode;
import dev.krait.nodes.expression.DoubleLiteralNode;
import dev.krait.nodes.expression.FormatValueNode;
import dev.krait.nodes.expression.CallerScope;
import dev.krait.nodes.expression.FrameNamesNode;
import dev.krait.nodes.expression.ScopedEvalNode;
import dev.krait.nodes.expression.FormattedStringNode;
import dev.krait.nodes.expression.GetAttributeNode;
import dev.krait.nodes.expression.GetItemNode;
import dev.krait.nodes.expression.GetIterNode;
import dev.krait.nodes.expression.IsTrueNode;
import dev.krait.nodes.expression.LongLiteralNode;
import dev.krait.nodes.expression.MakeFunctionNode;
import dev.krait.nodes.expression.NamedExpressionNode;
import dev.krait.nodes.expression.NewCollectionNode;
import dev.krait.nodes.expression.NotNode;
import dev.krait.nodes.expression.SliceNode;
import dev.krait.nodes.expression.UnsupportedNode;
import dev.krait.nodes.generator.GeneratorBlockNode;
import dev.krait.nodes.generator.GeneratorState;
import dev.krait.nodes.generator.SavedValueNode;
import dev.krait.nodes.generator.YieldFromNode;
import dev.krait.nodes.generator.YieldNode;
import dev.krait.nodes.generator.AwaitNode;
import dev.krait.nodes.local.AssignNode;
import dev.krait.nodes.local.AttributeTargetNode;
import dev.krait.nodes.local.AugmentedAssignNode;
import dev.krait.nodes.local.CellTargetNode;
import dev.krait.nodes.local.ClassNameTargetNode;
import dev.krait.nodes.local.DeleteNode;
import dev.krait.nodes.local.GlobalTargetNode;
import dev.krait.nodes.local.LocalTargetNode;
import dev.krait.nodes.local.ReadCellNode;
import dev.krait.nodes.local.ReadClassNameNode;
import dev.krait.nodes.local.ReadGlobalNode;
import dev.krait.nodes.local.ReadLocalNode;
import dev.krait.nodes.local.SubscriptTargetNode;
import dev.krait.nodes.local.TargetNode;
import dev.krait.nodes.local.UnpackTargetNode;
import dev.krait.nodes.modules.ImportFromNode;
import dev.krait.nodes.modules.ImportNode;
import dev.krait.nodes.operators.BinaryOpNode;
import dev.krait.nodes.operators.CompareChainNode;
import dev.krait.nodes.operators.CompareNode;
import dev.krait.nodes.operators.ContainsNode;
import dev.krait.nodes.operators.IdentityNode;
import dev.krait.nodes.operators.UnaryOpNode;
import dev.krait.nodes.root.DisplayResultNode;
import dev.krait.nodes.root.FramePrologueNode;
import dev.krait.nodes.root.FunctionRootNode;
import dev.krait.nodes.root.GeneratorFunctionRootNode;
import dev.krait.nodes.root.ModuleRootNode;
import dev.krait.nodes.root.ParameterNode;
import dev.krait.nodes.root.StoreResultNode;
import dev.krait.nodes.expression.SuperNode;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.objects.PCode;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.Signature;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.Singletons;
import dev.krait.symtable.Scope;
import dev.krait.symtable.ScopeKind;
import dev.krait.symtable.Symbol;
import dev.krait.symtable.SymbolScope;
import dev.krait.symtable.SymbolTable;

/**
 * Turns a module's AST, with its symbol table, into the AST engine's Truffle nodes. Each function-like scope becomes
 * a call target with one frame slot per local; names resolve as the symbol table says (fast local, cell, global, or
 * class namespace).
 */
public final class Translator {
    private final KraitLanguage language;
    private final Source source;
    private final String filename;
    private final SymbolTable symbols;
    private final boolean interactive;
    private ScopeTranslation current;

    /** The translation state of one scope: its frame layout and where its names live. */
    private static final class ScopeTranslation {
        final Scope scope;
        final ScopeTranslation parent;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        final String qualname;
        final boolean generator;
        int loopDepth;
        /** An inlined comprehension of code run with a separate locals dict: its free names are read there first. */
        boolean readsNamespace;
        /** The counted slot of the frame's {@code locals()} dict (CPython keeps one per frame), or -1 before it is needed. */
        int localsDictSlot = -1;

        ScopeTranslation(Scope scope, ScopeTranslation parent, String qualname) {
            this.scope = scope;
            this.parent = parent;
            this.qualname = qualname;
            this.generator = scope.isGenerator() || scope.isCoroutine();
        }

        boolean isFunction() {
            return scope.kind().isFunctionLike();
        }

        boolean isClass() {
            return scope.kind() == ScopeKind.CLASS;
        }

        int slot(String name) {
            Integer slot = slots.get(name);
            if (slot == null) {
                slot = frame.addSlot(FrameSlotKind.Illegal, name, null);
                slots.put(name, slot);
            }
            return slot;
        }

        int temp(String hint) {
            return frame.addSlot(FrameSlotKind.Illegal, hint, null);
        }

        /** Temporaries written as variables are (counted writes), besides the named slots. */
        final List<Integer> countedTemps = new ArrayList<>();

        /**
         * The slots the frame counts: every variable and cell, and the counted temporaries; the parameters' slots
         * first (see {@link #parameterSlotCount}).
         */
        int[] countedSlots() {
            java.util.LinkedHashSet<Integer> all = new java.util.LinkedHashSet<>();
            for (String parameter : scope.parameters()) {
                Integer slot = slots.get(parameter);
                if (slot != null) {
                    all.add(slot);
                }
            }
            all.addAll(new java.util.TreeSet<>(slots.values()));
            all.addAll(countedTemps);
            return all.stream().mapToInt(Integer::intValue).toArray();
        }

        /** How many of {@link #countedSlots} are parameters: values the caller lent, dropped at the caller's depth. */
        int parameterSlotCount() {
            int count = 0;
            for (String parameter : scope.parameters()) {
                if (slots.containsKey(parameter)) {
                    count++;
                }
            }
            return count;
        }

        private GeneratorState generatorState;

        GeneratorState generatorState() {
            if (generatorState == null) {
                generatorState = new GeneratorState(temp("<generator>"), temp("<resuming>"));
            }
            return generatorState;
        }
    }

    /** A temporary slot whose writes are counted (and which the frame drops when it ends). */
    private int countedTemp(String hint) {
        int slot = current.temp(hint);
        current.countedTemps.add(slot);
        return slot;
    }

    /** Whether the expression being translated is an operand of an expression containing a yield. */
    private boolean operandOfYieldingExpression;

    private Translator(KraitLanguage language, Source source, SymbolTable symbols, boolean interactive) {
        this.language = language;
        this.source = source;
        this.filename = source.getPath() != null ? source.getPath() : source.getName();
        this.symbols = symbols;
        this.interactive = interactive;
    }

    /**
     * Code made by {@code compile()}: like a module's, but with {@code namesInNamespace} its top-level names live in
     * the locals mapping it runs with (as a class body's), not in the globals.
     */
    public static ModuleRootNode translateCode(KraitLanguage language, Source source, Mod mod, SymbolTable symbols,
                    boolean namesInNamespace, int optimize) {
        Translator translator = new Translator(language, source, symbols, mod instanceof Mod.Interactive);
        translator.namesInNamespace = namesInNamespace;
        translator.optimize = optimize;
        return translator.module(mod);
    }

    /** Code run by exec/eval with a separate locals mapping: its top-level names live there. */
    private boolean namesInNamespace;

    /**
     * The module code of a parsed source ({@code exec} mode, or {@code single} when interactive); with
     * {@code hideFunctionFrames} its functions do not show in tracebacks (bundled modules CPython writes in C).
     */
    public static ModuleRootNode translateModule(KraitLanguage language, Source source, Mod mod, SymbolTable symbols,
                    boolean interactive, boolean hideFunctionFrames, int optimize) {
        Translator translator = new Translator(language, source, symbols, interactive);
        translator.hideFunctionFrames = hideFunctionFrames;
        translator.optimize = optimize;
        return translator.module(mod);
    }

    /**
     * The optimization level (-O's count, or compile()'s {@code optimize}): from 1 asserts are left out and
     * {@code __debug__} is False, from 2 docstrings are too.
     */
    private int optimize;

    /** Whether the body's first statement is a docstring to keep (-OO drops them). */
    private boolean hasDocstring(List<Stmt> body) {
        return optimize < 2 && !body.isEmpty() && body.get(0) instanceof Stmt.Expr first && isDocstring(first);
    }

    /** The module's functions stay out of tracebacks (bundled modules CPython implements in C). */
    private boolean hideFunctionFrames;

    /** {@code from __future__ import annotations}: annotations are kept as their source text, not evaluated. */
    private boolean stringAnnotations;

    private ModuleRootNode module(Mod mod) {
        current = new ScopeTranslation(symbols.top(), null, "");
        if (mod instanceof Mod.Module m) {
            for (Stmt stmt : m.body()) {
                if (stmt instanceof Stmt.ImportFrom from && "__future__".equals(from.module()) &&
                                from.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                    stringAnnotations = true;
                }
            }
        }
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive i -> i.body();
            case Mod.Expression e -> List.of(new Stmt.Expr(e.body(), e.body().lineno(), e.body().colOffset(),
                            e.body().endLineno(), e.body().endColOffset()));
        };
        int resultSlot = -1;
        List<StatementNode> statements = new ArrayList<>();
        if (hasAnnotations(body)) {
            statements.add(new dev.krait.nodes.local.SetupAnnotationsNode().setLineno(1));
        }
        if (hasDocstring(body) && !interactive) {
            Stmt.Expr first = (Stmt.Expr) body.get(0);
            statements.add(new AssignNode(new TargetNode[]{nameTarget("__doc__")}, expr(first.value()))
                            .setLineno(first.lineno()));
        }
        for (int i = 0; i < body.size(); i++) {
            Stmt stmt = body.get(i);
            boolean last = i == body.size() - 1;
            if (stmt instanceof Stmt.Expr e && (interactive || last)) {
                if (interactive) {
                    statements.add(new DisplayResultNode(expr(e.value())).setLineno(e.lineno()));
                } else {
                    resultSlot = current.temp("<result>");
                    statements.add(new StoreResultNode(resultSlot, expr(e.value())).setLineno(e.lineno()));
                }
            } else {
                statements.add(stmt(stmt));
            }
        }
        StatementNode block = new BlockNode(statements.toArray(new StatementNode[0]));
        return new ModuleRootNode(language, current.frame.build(), block, filename, source.createSection(1), resultSlot);
    }

    private static boolean isDocstring(Stmt.Expr stmt) {
        return stmt.value() instanceof Expr.Constant c && c.value() instanceof String;
    }

    // ---------------------------------------------------------------- statements

    private StatementNode block(List<Stmt> body) {
        StatementNode[] statements = new StatementNode[body.size()];
        for (int i = 0; i < statements.length; i++) {
            statements[i] = stmt(body.get(i));
        }
        return blockOf(statements);
    }

    /** A block; in a generator, one that can resume at the statement where it stopped. */
    private StatementNode blockOf(StatementNode... statements) {
        if (current.generator) {
            return new GeneratorBlockNode(statements, current.generatorState(), current.temp("<block index>"));
        }
        return new BlockNode(statements);
    }

    private StatementNode stmt(Stmt stmt) {
        boolean outer = operandOfYieldingExpression;
        operandOfYieldingExpression = false;
        try {
            if (stmt instanceof Stmt.Global || stmt instanceof Stmt.Nonlocal) {
                return new PassNode(); // a declaration runs nothing: no line of its own for a trace function
            }
            return translateStmt(stmt).setLineno(stmt.lineno());
        } finally {
            operandOfYieldingExpression = outer;
        }
    }

    private StatementNode translateStmt(Stmt stmt) {
        return switch (stmt) {
            // single mode shows every expression statement of the module's code, also inside if/for/while/with/try
            case Stmt.Expr e -> interactive && current.parent == null ? new DisplayResultNode(expr(e.value()))
                            : new ExpressionStatementNode(expr(e.value()));
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.Pass p -> new PassNode();
            case Stmt.Return r -> new ReturnNode(r.value() == null ? null : expr(r.value()));
            case Stmt.If i -> current.generator
                            ? new IfNode(condition(i.test()), block(i.body()), i.orelse().isEmpty() ? null : block(i.orelse()),
                                            current.generatorState(), current.temp("<if branch>"))
                            : new IfNode(condition(i.test()), block(i.body()), i.orelse().isEmpty() ? null : block(i.orelse()));
            case Stmt.While w -> whileLoop(w);
            case Stmt.For f -> forLoop(f);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Delete d -> new DeleteNode(d.targets().stream().map(this::target).toArray(TargetNode[]::new));
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()))
                            .withRange(r.lineno(), r.colOffset(), r.endLineno(), r.endColOffset());
            case Stmt.Try t -> tryStatement(t);
            case Stmt.Assert a when optimize > 0 -> new PassNode();
            case Stmt.Assert a -> new AssertNode(condition(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Stmt.With w -> withStatement(w.items(), 0, w.body());
            case Stmt.Import i -> importStatement(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> new PassNode();
            case Stmt.Nonlocal n -> new PassNode();
            case Stmt.Match m -> matchStatement(m);
            case Stmt.TryStar t -> tryStarStatement(t);
            case Stmt.AsyncFunctionDef f -> asyncFunctionDef(f);
            case Stmt.AsyncFor f -> asyncForLoop(f);
            case Stmt.AsyncWith w -> asyncWithStatement(w.items(), 0, w.body());
            case Stmt.TypeAlias t -> typeAlias(t);
        };
    }

    private static StatementNode unsupportedStatement(String what) {
        return new ExpressionStatementNode(new UnsupportedNode(what));
    }

    private StatementNode assign(Stmt.Assign assign) {
        if (!current.generator || assign.targets().stream().noneMatch(YieldSearch::containsYield)) {
            TargetNode[] targets = assign.targets().stream().map(this::target).toArray(TargetNode[]::new);
            return new AssignNode(targets, expr(assign.value()));
        }
        // an await or yield in a target (d[await k] = v) suspends after the value was computed: the value and the
        // target parts evaluated before it are kept for the resumption
        boolean outer = operandOfYieldingExpression;
        operandOfYieldingExpression = true;
        try {
            ExpressionNode value = expr(assign.value());
            TargetNode[] targets = assign.targets().stream().map(this::target).toArray(TargetNode[]::new);
            return new AssignNode(targets, value);
        } finally {
            operandOfYieldingExpression = outer;
        }
    }

    private StatementNode augAssign(Stmt.AugAssign aug) {
        BinaryOperator op = BinaryOperator.of(aug.op());
        return switch (aug.target()) {
            case Expr.Name name -> new AssignNode(new TargetNode[]{target(name)},
                            BinaryOpNode.create(op, readName(name.id()), expr(aug.value()), true));
            case Expr.Attribute attribute -> AugmentedAssignNode.attribute(keptWhileSuspended(attribute.value(), aug.value()),
                            mangle(attribute.attr()), op, expr(aug.value()));
            case Expr.Subscript subscript -> AugmentedAssignNode.subscript(keptWhileSuspended(subscript.value(), aug.value()),
                            keptWhileSuspended(subscript.slice(), aug.value()), op, expr(aug.value()));
            default -> throw syntaxError("'" + describe(aug.target()) + "' is an illegal expression for augmented assignment", aug.target());
        };
    }

    /**
     * Whether a module or class body has an annotated assignment anywhere (not in nested functions or classes), of any
     * target: then it starts with {@code __annotations__ = {}}, as CPython's SETUP_ANNOTATIONS.
     */
    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt stmt : body) {
            boolean found = switch (stmt) {
                case Stmt.AnnAssign a -> true;
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.AsyncFor f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.AsyncWith w -> hasAnnotations(w.body());
                case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody()) ||
                                t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                case Stmt.TryStar t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody()) ||
                                t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code target: annotation [= value]} as CPython compiles it: the assignment first; a simple name in a module or
     * class body records its annotation in {@code __annotations__}; without a value, an attribute or subscript
     * target still has its object (and the subscript's index parts) evaluated once; the annotation of any other
     * target is evaluated, and dropped, in module and class bodies (never in functions).
     */
    private StatementNode annAssign(Stmt.AnnAssign ann) {
        boolean moduleOrClass = current.isClass() || current.parent == null;
        List<StatementNode> parts = new ArrayList<>();
        if (ann.value() != null) {
            parts.add(new AssignNode(new TargetNode[]{target(ann.target())}, expr(ann.value())).setLineno(ann.lineno()));
        }
        if (ann.simple() == 1 && ann.target() instanceof Expr.Name name) {
            if (moduleOrClass) {
                parts.add(new AssignNode(new TargetNode[]{new SubscriptTargetNode(readName("__annotations__"),
                                new ConstantNode(mangle(name.id())))}, annotation(ann.annotation())).setLineno(ann.lineno()));
            }
        } else {
            if (ann.value() == null && ann.target() instanceof Expr.Attribute attribute) {
                parts.add(new ExpressionStatementNode(expr(attribute.value())));
            } else if (ann.value() == null && ann.target() instanceof Expr.Subscript subscript) {
                parts.add(new ExpressionStatementNode(expr(subscript.value())));
                evaluateSubscriptParts(subscript.slice(), parts);
            }
            if (moduleOrClass) {
                parts.add(new ExpressionStatementNode(annotation(ann.annotation())));
            }
        }
        if (parts.isEmpty()) {
            return new PassNode();
        }
        return parts.size() == 1 ? parts.get(0) : new BlockNode(parts.toArray(new StatementNode[0])).setLineno(ann.lineno());
    }

    /** The parts of an annotated subscript's index, each evaluated once (CPython's check_ann_subscr). */
    private void evaluateSubscriptParts(Expr slice, List<StatementNode> parts) {
        if (slice instanceof Expr.Slice range) {
            for (Expr part : new Expr[]{range.lower(), range.upper(), range.step()}) {
                if (part != null) {
                    parts.add(new ExpressionStatementNode(expr(part)));
                }
            }
        } else if (slice instanceof Expr.Tuple tuple) {
            for (Expr element : tuple.elts()) {
                evaluateSubscriptParts(element, parts);
            }
        } else {
            parts.add(new ExpressionStatementNode(expr(slice)));
        }
    }

    private StatementNode whileLoop(Stmt.While w) {
        current.loopDepth++;
        StatementNode body = block(w.body());
        current.loopDepth--;
        StatementNode orelse = w.orelse().isEmpty() ? null : block(w.orelse());
        if (current.generator) {
            return new WhileNode(condition(w.test()), body, orelse, current.generatorState(), current.temp("<while phase>"));
        }
        return new WhileNode(condition(w.test()), body, orelse);
    }

    private StatementNode forLoop(Stmt.For f) {
        ExpressionNode iterable = null;
        ExpressionNode rangeCallee = null;
        ExpressionNode[] rangeArguments = null;
        if (!current.generator && f.iter() instanceof Expr.Call call && call.func() instanceof Expr.Name name && name.id().equals("range") &&
                        call.keywords().isEmpty() && !call.args().isEmpty() && call.args().size() <= 3 &&
                        call.args().stream().noneMatch(a -> a instanceof Expr.Starred)) {
            rangeCallee = readName("range");
            rangeArguments = exprs(call.args());
        } else {
            iterable = expr(f.iter());
        }
        TargetNode target = target(f.target());
        current.loopDepth++;
        StatementNode body = block(f.body());
        current.loopDepth--;
        StatementNode orelse = f.orelse().isEmpty() ? null : block(f.orelse());
        int counter = current.temp("<for counter>");
        int state = current.temp("<for iterator>");
        current.countedTemps.add(state);
        if (rangeCallee != null) {
            int start = current.temp("<range start>");
            int step = current.temp("<range step>");
            current.temp("<range length>");
            return new ForNode(iterable, rangeCallee, rangeArguments, target, body, orelse, counter, state, start, step, null);
        }
        return new ForNode(iterable, target, body, orelse, counter, state, generatorStateOrNull());
    }

    private GeneratorState generatorStateOrNull() {
        return current.generator ? current.generatorState() : null;
    }

    private dev.krait.nodes.controlflow.GeneratorPhase generatorPhaseOrNull() {
        if (!current.generator) {
            return null;
        }
        return new dev.krait.nodes.controlflow.GeneratorPhase(current.generatorState(), current.temp("<try phase>"),
                        current.temp("<try exception>"));
    }

    private StatementNode tryStatement(Stmt.Try t) {
        StatementNode body = block(t.body());
        if (!t.handlers().isEmpty()) {
            ExceptHandlerNode[] handlers = new ExceptHandlerNode[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                ExceptHandler h = t.handlers().get(i);
                handlers[i] = new ExceptHandlerNode(h.type() == null ? null : expr(h.type()),
                                h.name() == null ? null : nameTarget(h.name()), block(h.body())).setLineno(h.lineno());
            }
            body = new TryExceptNode(body, handlers, t.orelse().isEmpty() ? null : block(t.orelse()), generatorPhaseOrNull())
                            .setLineno(t.lineno());
        }
        if (!t.finalbody().isEmpty()) {
            body = new TryFinallyNode(blockOf(body), block(t.finalbody()), generatorPhaseOrNull());
        }
        return body;
    }

    /** Each case is translated in CPython's order (pattern, guard, body), so the first syntax error found is CPython's. */
    private StatementNode matchStatement(Stmt.Match match) {
        ExpressionNode subject = expr(match.subject());
        List<dev.krait.ast.MatchCase> cases = match.cases();
        dev.krait.nodes.controlflow.MatchCaseNode[] caseNodes = new dev.krait.nodes.controlflow.MatchCaseNode[cases.size()];
        for (int i = 0; i < caseNodes.length; i++) {
            dev.krait.ast.MatchCase matchCase = cases.get(i);
            PatternTranslator patterns = new PatternTranslator(this::expr);
            var pattern = patterns.translate(matchCase.pattern());
            List<String> names = patterns.captureNames();
            TargetNode[] targets = new TargetNode[names.size()];
            for (int k = 0; k < targets.length; k++) {
                targets[k] = nameTarget(names.get(k));
            }
            int[] storeOrder = patterns.storeOrder().stream().mapToInt(names::indexOf).toArray();
            IsTrueNode guard = matchCase.guard() == null ? null : condition(matchCase.guard());
            int guardLine = matchCase.guard() == null ? -1 : matchCase.guard().lineno();
            caseNodes[i] = new dev.krait.nodes.controlflow.MatchCaseNode(pattern, targets, storeOrder, guard, guardLine,
                            block(matchCase.body()));
        }
        if (current.generator) {
            return new dev.krait.nodes.controlflow.MatchNode(subject, caseNodes, current.generatorState(), current.temp("<match phase>"),
                            countedTemp("<match subject>"));
        }
        return new dev.krait.nodes.controlflow.MatchNode(subject, caseNodes, null, -1, -1);
    }

    private StatementNode tryStarStatement(Stmt.TryStar t) {
        StatementNode body = block(t.body());
        dev.krait.nodes.controlflow.ExceptStarHandlerNode[] handlers = new dev.krait.nodes.controlflow.ExceptStarHandlerNode[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            ExceptHandler h = t.handlers().get(i);
            StatementNode handlerBody = block(h.body());
            handlers[i] = new dev.krait.nodes.controlflow.ExceptStarHandlerNode(expr(h.type()), h.name() == null ? null : nameTarget(h.name()),
                            handlerBody).setLineno(h.lineno());
        }
        body = new dev.krait.nodes.controlflow.TryStarNode(body, handlers, t.orelse().isEmpty() ? null : block(t.orelse()),
                        generatorPhaseOrNull(), current.generator ? current.temp("<except* progress>") : -1).setLineno(t.lineno());
        if (!t.finalbody().isEmpty()) {
            body = new TryFinallyNode(blockOf(body), block(t.finalbody()), generatorPhaseOrNull());
        }
        return body;
    }

    private StatementNode withStatement(List<WithItem> items, int index, List<Stmt> body) {
        WithItem item = items.get(index);
        StatementNode inner = index == items.size() - 1 ? block(body)
                        : blockOf(withStatement(items, index + 1, body).setLineno(items.get(index + 1).contextExpr().lineno()));
        return new WithNode(expr(item.contextExpr()), item.optionalVars() == null ? null : target(item.optionalVars()), inner,
                        generatorStateOrNull(), current.generator ? current.temp("<with manager>") : -1);
    }

    private StatementNode importStatement(Stmt.Import imp) {
        List<StatementNode> statements = new ArrayList<>();
        for (var alias : imp.names()) {
            String name = alias.name();
            if (alias.asname() != null) {
                statements.add(new AssignNode(new TargetNode[]{nameTarget(alias.asname())}, new ImportNode(name, false, current.parent == null)).setLineno(imp.lineno()));
            } else {
                String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                statements.add(new AssignNode(new TargetNode[]{nameTarget(top)}, new ImportNode(name, true, current.parent == null)).setLineno(imp.lineno()));
            }
        }
        return statements.size() == 1 ? statements.get(0) : new BlockNode(statements.toArray(new StatementNode[0]));
    }

    private StatementNode importFrom(Stmt.ImportFrom imp) {
        String module = imp.module() == null ? "" : imp.module();
        if (imp.names().size() == 1 && imp.names().get(0).name().equals("*")) {
            return ImportFromNode.star(module, imp.level(), current.parent == null, current.parent == null && namesInNamespace);
        }
        String[] names = new String[imp.names().size()];
        TargetNode[] targets = new TargetNode[names.length];
        for (int i = 0; i < names.length; i++) {
            var alias = imp.names().get(i);
            names[i] = alias.name();
            targets[i] = nameTarget(alias.asname() != null ? alias.asname() : alias.name());
        }
        return new ImportFromNode(module, imp.level(), names, targets, current.parent == null);
    }

    // ---------------------------------------------------------------- functions and classes

    private StatementNode functionDef(Stmt.FunctionDef def) {
        ExpressionNode function = def.typeParams().isEmpty() ? makeFunction(def, def.name(), def.args(), def.body(), null)
                        : genericFunction(def, def.name(), def.args(), def.body(), def.typeParams());
        for (int i = def.decoratorList().size() - 1; i >= 0; i--) {
            function = decoratorCall(def.decoratorList().get(i), function);
        }
        return new AssignNode(new TargetNode[]{nameTarget(def.name())}, function);
    }

    private StatementNode asyncFunctionDef(Stmt.AsyncFunctionDef def) {
        ExpressionNode function = def.typeParams().isEmpty() ? makeFunction(def, def.name(), def.args(), def.body(), null)
                        : genericFunction(def, def.name(), def.args(), def.body(), def.typeParams());
        for (int i = def.decoratorList().size() - 1; i >= 0; i--) {
            function = decoratorCall(def.decoratorList().get(i), function);
        }
        return new AssignNode(new TargetNode[]{nameTarget(def.name())}, function);
    }

    /** {@code async for}: see {@link AsyncForNode}. */
    private StatementNode asyncForLoop(Stmt.AsyncFor f) {
        ExpressionNode iterable = expr(f.iter());
        TargetNode target = target(f.target());
        current.loopDepth++;
        StatementNode body = block(f.body());
        current.loopDepth--;
        StatementNode orelse = f.orelse().isEmpty() ? null : block(f.orelse());
        return new AsyncForNode(iterable, target, body, orelse, current.generatorState(), countedTemp("<async for iterator>"),
                        countedTemp("<await>"), current.temp("<async for phase>"), false);
    }

    private StatementNode asyncWithStatement(List<WithItem> items, int index, List<Stmt> body) {
        WithItem item = items.get(index);
        StatementNode inner = index == items.size() - 1 ? block(body)
                        : blockOf(asyncWithStatement(items, index + 1, body).setLineno(items.get(index + 1).contextExpr().lineno()));
        return new AsyncWithNode(expr(item.contextExpr()),
                        item.optionalVars() == null ? null : target(item.optionalVars()), inner, current.generatorState(),
                        current.temp("<async with manager>"), current.temp("<async with phase>"), countedTemp("<await>"),
                        current.temp("<async with pending>"));
    }

    private String childQualname(String name) {
        ScopeTranslation enclosing = current;
        while (enclosing.scope.kind() == ScopeKind.TYPE_PARAMS) {
            // a generic def's or class's type parameters do not show in the qualified names of what they hold
            enclosing = enclosing.parent;
        }
        if (enclosing.scope.kind() == ScopeKind.MODULE) {
            return name;
        }
        dev.krait.symtable.Symbol symbol = enclosing.scope.lookup(enclosing.scope.mangle(name));
        if (symbol != null && (symbol.flags() & dev.krait.symtable.Symbol.DEF_GLOBAL) != 0) {
            return name; // declared global where it is defined: named as a module-level definition
        }
        if (enclosing.isClass()) {
            return enclosing.qualname + "." + name;
        }
        return enclosing.qualname + ".<locals>." + name;
    }

    // ---------------------------------------------------------------- PEP 695

    /** {@code typing.NAME(args…)}: the objects PEP 695 syntax makes are typing's. */
    private ExpressionNode typingCall(String name, ExpressionNode... args) {
        ExpressionNode helper = new dev.krait.nodes.expression.LoadAttributeNode(dev.krait.nodes.modules.ImportNode.forRuntime("typing"), name);
        return new GeneralCallNode(helper, null, args, new boolean[args.length], new String[0], new ExpressionNode[0]);
    }

    /** A function of no arguments for the annotation scope of {@code key}, returning the value of {@code body}. */
    private ExpressionNode annotationThunk(Node key, String name, Expr body) {
        Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        return makeFunction(key, name, none, null, body);
    }

    /**
     * A generic def, class or type alias: its type parameters are made in a scope of their own (a function called at
     * once), in which {@code inner} builds the object from a node reading the parameters' tuple.
     */
    private ExpressionNode withTypeParams(Node owner, String name, List<TypeParam> params, int lineno, int endLineno,
                    ExpressionNode[] arguments, java.util.function.Function<java.util.function.Supplier<ExpressionNode>, ExpressionNode> inner) {
        Scope scope = symbols.typeParamsScopeOf(owner);
        ScopeTranslation outer = current;
        current = new ScopeTranslation(scope, outer, outer.qualname);
        List<StatementNode> statements = new ArrayList<>();
        StatementNode prologue = prologue(scope);
        if (prologue != null) {
            statements.add(prologue);
        }
        for (TypeParam param : params) {
            int kind = param instanceof TypeParam.TypeVar ? 0 : param instanceof TypeParam.TypeVarTuple ? 1 : 2;
            ExpressionNode bound = new ConstantNode(PNone.NONE);
            ExpressionNode constraints = new ConstantNode(PNone.NONE);
            if (param instanceof TypeParam.TypeVar typeVar && typeVar.bound() != null) {
                ExpressionNode evaluate = annotationThunk(typeVar, typeVar.name(), typeVar.bound());
                if (typeVar.bound() instanceof Expr.Tuple) {
                    constraints = evaluate;
                } else {
                    bound = evaluate;
                }
            }
            statements.add(new AssignNode(new TargetNode[]{nameTarget(param.name())},
                            typingCall("_make_type_param", new LongLiteralNode(kind), new ConstantNode(param.name()), bound, constraints))
                            .setLineno(param.lineno()));
        }
        java.util.function.Supplier<ExpressionNode> tuple = () -> new CollectionDisplayNode(CollectionDisplayNode.Kind.TUPLE,
                        params.stream().map(p -> readName(p.name())).toArray(ExpressionNode[]::new), new boolean[params.size()]);
        statements.add(new ReturnNode(inner.apply(tuple)).setLineno(lineno));
        PCode code = finishFunction(scope, "<generic parameters of " + name + ">", "<generic parameters of " + name + ">",
                        new Signature(scope.parameters().toArray(new String[0]), 0, scope.parameters().size(), 0, false, false),
                        statements, lineno, endLineno, true);
        int[] closure = closureSlots(scope, outer);
        current = outer;
        ExpressionNode function = new MakeFunctionNode(code, "<generic parameters of " + name + ">", new ExpressionNode[0], new String[0],
                        new ExpressionNode[0], closure, PNone.NONE);
        return new CallNode(function, arguments);
    }

    /**
     * A generic def: as in CPython, its defaults are evaluated where the def is, before its type parameters exist,
     * and handed to the type-parameter scope as its parameters {@code .defaults} (a tuple) and {@code .kwdefaults}
     * (a dict).
     */
    private ExpressionNode genericFunction(Stmt def, String name, Arguments args, List<Stmt> body, List<TypeParam> typeParams) {
        List<ExpressionNode> arguments = new ArrayList<>();
        if (!args.defaults().isEmpty()) {
            arguments.add(new CollectionDisplayNode(CollectionDisplayNode.Kind.TUPLE,
                            args.defaults().stream().map(this::expr).toArray(ExpressionNode[]::new), new boolean[args.defaults().size()]));
        }
        List<ExpressionNode> keys = new ArrayList<>();
        List<ExpressionNode> values = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(new ConstantNode(mangle(args.kwonlyargs().get(i).arg())));
                values.add(expr(d));
            }
        }
        if (!keys.isEmpty()) {
            arguments.add(new DictDisplayNode(keys.toArray(new ExpressionNode[0]), values.toArray(new ExpressionNode[0])));
        }
        return withTypeParams(def, name, typeParams, def.lineno(), def.endLineno(), arguments.toArray(new ExpressionNode[0]),
                        params -> {
                            defaultsPassedIn = true;
                            try {
                                return typingCall("_with_type_params", makeFunction(def, name, args, body, null), params.get());
                            } finally {
                                defaultsPassedIn = false;
                            }
                        });
    }

    /** {@code type Name[params] = value}: a TypeAliasType whose value is evaluated on first use. */
    private StatementNode typeAlias(Stmt.TypeAlias alias) {
        String name = ((Expr.Name) alias.name()).id();
        ExpressionNode value;
        if (alias.typeParams().isEmpty()) {
            value = typingCall("_make_type_alias", new ConstantNode(name), annotationThunk(alias, name, alias.value()),
                            new CollectionDisplayNode(CollectionDisplayNode.Kind.TUPLE, new ExpressionNode[0], new boolean[0]));
        } else {
            value = withTypeParams(alias, name, alias.typeParams(), alias.lineno(), alias.endLineno(), new ExpressionNode[0],
                            params -> typingCall("_make_type_alias", new ConstantNode(name), annotationThunk(alias, name, alias.value()), params.get()));
        }
        return new AssignNode(new TargetNode[]{nameTarget(name)}, value);
    }

    /** An annotation's value: evaluated, or under {@code from __future__ import annotations} its source text. */
    private ExpressionNode annotation(Expr annotation) {
        if (!stringAnnotations) {
            if (annotation instanceof Expr.Starred starred) {
                return new dev.krait.nodes.expression.StarredAnnotationNode(expr(starred.value()));
            }
            return expr(annotation);
        }
        return new ConstantNode(dev.krait.parser.AnnotationText.of(annotation));
    }

    /** Translates a function-like scope ({@code def}, lambda, comprehension) and returns the node making its function. */
    /** CPython's {@code co_firstlineno}: a decorated function's code starts at its first decorator. */
    private static int firstLineno(Node node) {
        List<Expr> decorators = switch (node) {
            case Stmt.FunctionDef f -> f.decoratorList();
            case Stmt.AsyncFunctionDef f -> f.decoratorList();
            default -> List.of();
        };
        return decorators.isEmpty() ? node.lineno() : Math.min(node.lineno(), decorators.get(0).lineno());
    }

    /** Set while {@link #genericFunction} makes its function: the defaults are the type-parameter scope's parameters. */
    private boolean defaultsPassedIn;

    private ExpressionNode makeFunction(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody) {
        Scope scope = symbols.scopeOf(node);
        String qualname = childQualname(name);
        List<ExpressionNode> defaults = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<ExpressionNode> kwValues = new ArrayList<>();
        List<String> annotationNames = new ArrayList<>();
        List<ExpressionNode> annotationValues = new ArrayList<>();
        if (args != null && (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef)) {
            Expr returns = node instanceof Stmt.FunctionDef def ? def.returns() : ((Stmt.AsyncFunctionDef) node).returns();
            List<Arg> all = new ArrayList<>(args.posonlyargs());
            all.addAll(args.args());
            if (args.vararg() != null) {
                all.add(args.vararg());
            }
            all.addAll(args.kwonlyargs());
            if (args.kwarg() != null) {
                all.add(args.kwarg());
            }
            for (Arg arg : all) {
                if (arg.annotation() != null) {
                    annotationNames.add(mangle(arg.arg()));
                    annotationValues.add(annotation(arg.annotation()));
                }
            }
            if (returns != null) {
                annotationNames.add("return");
                annotationValues.add(annotation(returns));
            }
        }
        boolean passedIn = defaultsPassedIn;
        defaultsPassedIn = false;
        if (args != null) {
            for (int i = 0; i < args.defaults().size(); i++) {
                defaults.add(passedIn ? GetItemNode.create(readName(".defaults"), new LongLiteralNode(i)) : expr(args.defaults().get(i)));
            }
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    String kwName = scope.mangle(args.kwonlyargs().get(i).arg());
                    kwNames.add(kwName);
                    kwValues.add(passedIn ? GetItemNode.create(readName(".kwdefaults"), new ConstantNode(kwName)) : expr(d));
                }
            }
        }
        ScopeTranslation outer = current;
        current = new ScopeTranslation(scope, outer, qualname);
        boolean outerOperand = operandOfYieldingExpression;
        operandOfYieldingExpression = false;
        Object doc = PNone.NONE;
        List<StatementNode> statements = new ArrayList<>();
        StatementNode prologue = prologue(scope);
        if (prologue != null) {
            statements.add(prologue);
        }
        if (lambdaBody != null) {
            ExpressionNode value = expr(lambdaBody);
            statements.add(current.generator ? new ExpressionStatementNode(value).setLineno(lambdaBody.lineno())
                            : new ReturnNode(value).setLineno(lambdaBody.lineno()));
        } else {
            boolean hasDoc = hasDocstring(body);
            if (hasDoc) {
                doc = ((Expr.Constant) ((Stmt.Expr) body.get(0)).value()).value();
            }
            // the docstring is no statement of the body (no line of its own for a trace function)
            for (Stmt s : hasDoc ? body.subList(1, body.size()) : body) {
                statements.add(stmt(s));
            }
            if (hasDoc && body.size() == 1) {
                statements.add(new PassNode().setLineno(node.lineno()));
            }
        }
        PCode code = finishFunction(scope, name, qualname, signature(args, scope), statements, firstLineno(node), node.endLineno(), false);
        int[] closure = closureSlots(scope, outer);
        current = outer;
        operandOfYieldingExpression = outerOperand;
        return new MakeFunctionNode(code, qualname, defaults.toArray(new ExpressionNode[0]), kwNames.toArray(new String[0]),
                        kwValues.toArray(new ExpressionNode[0]), closure, doc, annotationNames.toArray(new String[0]),
                        annotationValues.toArray(new ExpressionNode[0]));
    }

    /** The end of {@code co_varnames}: the scope's locals that are neither parameters nor cells, as they appear. */
    private static String[] localVariableNames(Scope scope) {
        List<String> names = new ArrayList<>();
        for (String name : scope.varnames()) {
            if (!scope.parameters().contains(name) && !scope.cellvars().contains(name)) {
                names.add(name);
            }
        }
        return names.toArray(new String[0]);
    }

    /** Builds the call target of the function-like scope being translated ({@link #current}). */
    private PCode finishFunction(Scope scope, String name, String qualname, Signature signature, List<StatementNode> statements,
                    int firstLine, int lastLine, boolean hidden) {
        PCode code = new PCode(name, filename, firstLine, signature, scope.isGenerator());
        code.setFreeVariables(scope.freevars().toArray(new String[0]));
        code.setLocalVariables(localVariableNames(scope), scope.cellvars().toArray(new String[0]));
        code.setBytecodeSource(new dev.krait.bytecode.CodeSource(symbols, scope.node(), filename, optimize, stringAnnotations, qualname,
                        source.getCharacters()));
        StatementNode body = blockOf(statements.toArray(new StatementNode[0]));
        SourceSection section = source.createSection(firstLine);
        if (scope.isGenerator() || scope.isCoroutine()) {
            dev.krait.runtime.objects.PGenerator.Kind kind = !scope.isCoroutine() ? dev.krait.runtime.objects.PGenerator.Kind.GENERATOR
                            : scope.isGenerator() ? dev.krait.runtime.objects.PGenerator.Kind.ASYNC_GENERATOR
                                            : dev.krait.runtime.objects.PGenerator.Kind.COROUTINE;
            code.setKind(kind);
            code.setCallTarget(GeneratorFunctionRootNode.create(language, current.frame.build(), body, name, qualname, filename,
                            section, current.generatorState(), current.countedSlots(), current.parameterSlotCount(), kind));
        } else {
            FunctionRootNode root = new FunctionRootNode(language, current.frame.build(), body, name, qualname, filename, section,
                            hidden || hideFunctionFrames, hideFunctionFrames, current.countedSlots(), current.parameterSlotCount());
            if (scope.kind() == dev.krait.symtable.ScopeKind.CLASS) {
                root.markClassBody();
            }
            code.setCallTarget(root.getCallTarget());
        }
        return code;
    }

    /** Copies the arguments into their slots, and sets up cells and closure cells. */
    private StatementNode prologue(Scope scope) {
        List<StatementNode> statements = new ArrayList<>();
        List<String> parameters = scope.parameters();
        List<Integer> cellSlots = new ArrayList<>();
        List<Integer> cellParameters = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String parameter = parameters.get(i);
            Symbol symbol = scope.lookup(parameter);
            if (symbol != null && symbol.scope() == SymbolScope.CELL) {
                cellSlots.add(current.slot(parameter));
                cellParameters.add(i + 1);
            } else {
                statements.add(new AssignNode(new TargetNode[]{new LocalTargetNode(current.slot(parameter), parameter)},
                                new ParameterNode(i + 1)));
            }
        }
        for (String cell : scope.cellvars()) {
            if (!parameters.contains(cell)) {
                cellSlots.add(current.slot(cell));
                cellParameters.add(-1);
            }
        }
        int[] freeSlots = new int[scope.freevars().size()];
        for (int i = 0; i < freeSlots.length; i++) {
            freeSlots[i] = current.slot(scope.freevars().get(i));
        }
        if (!cellSlots.isEmpty() || freeSlots.length > 0) {
            statements.add(0, new FramePrologueNode(cellSlots.stream().mapToInt(Integer::intValue).toArray(),
                            cellParameters.stream().mapToInt(Integer::intValue).toArray(), freeSlots));
        }
        if (statements.isEmpty()) {
            return null;
        }
        return new BlockNode(statements.toArray(new StatementNode[0])).setLineno(-1);
    }

    /** Where, in the frame of {@code outer}, the cells for {@code scope}'s free variables are. */
    private static int[] closureSlots(Scope scope, ScopeTranslation outer) {
        int[] slots = new int[scope.freevars().size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = outer.slot(scope.freevars().get(i));
        }
        return slots;
    }

    /** The parameters as CPython names them (private names mangled: {@code __k} in class C is {@code _C__k}). */
    private static Signature signature(Arguments args, Scope scope) {
        if (args == null) {
            return new Signature(scope.parameters().toArray(new String[0]), 0, scope.parameters().size(), 0, false, false);
        }
        int positionalOnly = args.posonlyargs().size();
        int positional = positionalOnly + args.args().size();
        List<String> names = new ArrayList<>();
        for (Arg a : args.posonlyargs()) {
            names.add(scope.mangle(a.arg()));
        }
        for (Arg a : args.args()) {
            names.add(scope.mangle(a.arg()));
        }
        if (args.vararg() != null) {
            names.add(scope.mangle(args.vararg().arg()));
        }
        for (Arg a : args.kwonlyargs()) {
            names.add(scope.mangle(a.arg()));
        }
        if (args.kwarg() != null) {
            names.add(scope.mangle(args.kwarg().arg()));
        }
        return new Signature(names.toArray(new String[0]), positionalOnly, positional, args.kwonlyargs().size(),
                        args.vararg() != null, args.kwarg() != null);
    }

    private StatementNode classDef(Stmt.ClassDef def) {
        ExpressionNode cls = def.typeParams().isEmpty() ? buildClass(def, null)
                        : withTypeParams(def, def.name(), def.typeParams(), def.lineno(), def.endLineno(), new ExpressionNode[0],
                                        params -> typingCall("_with_type_params", buildClass(def, typingCall("_generic_base", params.get())), params.get()));
        for (int i = def.decoratorList().size() - 1; i >= 0; i--) {
            cls = decoratorCall(def.decoratorList().get(i), cls);
        }
        return new AssignNode(new TargetNode[]{nameTarget(def.name())}, cls);
    }

    /** The class a class statement makes ({@code __build_class__}), before decorators; {@code extraBase} may be null. */
    private ExpressionNode buildClass(Stmt.ClassDef def, ExpressionNode extraBase) {
        Scope scope = symbols.scopeOf(def);
        String qualname = childQualname(def.name());
        ScopeTranslation outer = current;
        current = new ScopeTranslation(scope, outer, qualname);
        List<StatementNode> statements = new ArrayList<>();
        StatementNode prologue = prologue(scope);
        if (prologue != null) {
            statements.add(prologue);
        }
        statements.add(new AssignNode(new TargetNode[]{new ClassNameTargetNode("__module__")}, ReadGlobalNode.create("__name__")).setLineno(def.lineno()));
        statements.add(new AssignNode(new TargetNode[]{new ClassNameTargetNode("__qualname__")}, new ConstantNode(qualname)).setLineno(def.lineno()));
        List<Stmt> body = def.body();
        if (hasDocstring(body)) {
            Stmt.Expr first = (Stmt.Expr) body.get(0);
            statements.add(new AssignNode(new TargetNode[]{new ClassNameTargetNode("__doc__")}, expr(first.value())).setLineno(first.lineno()));
        }
        if (hasAnnotations(body)) {
            statements.add(new AssignNode(new TargetNode[]{new ClassNameTargetNode("__annotations__")},
                            new NewCollectionNode('d')).setLineno(def.lineno()));
        }
        for (Stmt s : body) {
            statements.add(stmt(s));
        }
        if (scope.needsClassClosure()) {
            int classCell = current.slot("__class__");
            statements.add(new ReturnNode(new dev.krait.nodes.local.ReadSlotNode(classCell)).setLineno(def.endLineno()));
        }
        Signature signature = new Signature(new String[]{".namespace"}, 1, 1, 0, false, false);
        PCode code = finishFunction(scope, def.name(), qualname, signature, statements, def.lineno(), def.endLineno(), false);
        int[] closure = closureSlots(scope, outer);
        current = outer;
        ExpressionNode bodyFunction = new MakeFunctionNode(code, qualname, new ExpressionNode[0], new String[0],
                        new ExpressionNode[0], closure, PNone.NONE);
        List<ExpressionNode> positional = new ArrayList<>();
        List<Boolean> starred = new ArrayList<>();
        positional.add(bodyFunction);
        starred.add(false);
        positional.add(new ConstantNode(def.name()));
        starred.add(false);
        for (Expr base : def.bases()) {
            boolean star = base instanceof Expr.Starred;
            positional.add(expr(star ? ((Expr.Starred) base).value() : base));
            starred.add(star);
        }
        if (extraBase != null) {
            positional.add(extraBase);
            starred.add(false);
        }
        String[] kwNames = new String[def.keywords().size()];
        ExpressionNode[] kwValues = new ExpressionNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = def.keywords().get(i).arg();
            kwValues[i] = expr(def.keywords().get(i).value());
        }
        boolean[] starFlags = new boolean[starred.size()];
        for (int i = 0; i < starFlags.length; i++) {
            starFlags[i] = starred.get(i);
        }
        return new GeneralCallNode(ReadGlobalNode.create("__build_class__"), null,
                        positional.toArray(new ExpressionNode[0]), starFlags, kwNames, kwValues);
    }

    // ---------------------------------------------------------------- names

    private String mangle(String name) {
        return current.scope.mangle(name);
    }

    private Symbol symbol(String name) {
        return current.scope.lookup(name);
    }

    private ExpressionNode readName(String rawName) {
        String name = mangle(rawName);
        Symbol symbol = symbol(name);
        SymbolScope kind = symbol == null ? SymbolScope.GLOBAL_IMPLICIT : symbol.scope();
        if (current.scope.kind() == ScopeKind.MODULE) {
            return namesInNamespace && kind != SymbolScope.GLOBAL_EXPLICIT ? new ReadClassNameNode(name) : ReadGlobalNode.create(name);
        }
        if (current.isClass()) {
            return switch (kind) {
                case GLOBAL_EXPLICIT -> ReadGlobalNode.create(name);
                case FREE -> new dev.krait.nodes.local.ReadClassDerefNode(name, current.slot(name));
                case CELL -> new ReadCellNode(current.slot(name), name, false);
                default -> new ReadClassNameNode(name);
            };
        }
        return switch (kind) {
            case LOCAL -> ReadLocalNode.create(current.slot(name), name);
            case CELL -> new ReadCellNode(current.slot(name), name, false);
            case FREE -> new ReadCellNode(current.slot(name), name, true);
            case GLOBAL_IMPLICIT -> current.readsNamespace ? new dev.krait.nodes.local.ReadNamespaceNameNode(name) : ReadGlobalNode.create(name);
            case GLOBAL_EXPLICIT -> ReadGlobalNode.create(name);
        };
    }

    private TargetNode nameTarget(String rawName) {
        String name = mangle(rawName);
        Symbol symbol = symbol(name);
        SymbolScope kind = symbol == null ? SymbolScope.LOCAL : symbol.scope();
        if (current.scope.kind() == ScopeKind.MODULE) {
            return namesInNamespace && kind != SymbolScope.GLOBAL_EXPLICIT ? new ClassNameTargetNode(name) : GlobalTargetNode.create(name);
        }
        if (current.isClass()) {
            return switch (kind) {
                case GLOBAL_EXPLICIT -> GlobalTargetNode.create(name);
                case FREE, CELL -> symbol.isNonlocal() || kind == SymbolScope.CELL ? new CellTargetNode(current.slot(name), name)
                                : new ClassNameTargetNode(name);
                default -> new ClassNameTargetNode(name);
            };
        }
        return switch (kind) {
            case LOCAL -> new LocalTargetNode(current.slot(name), name);
            case CELL, FREE -> new CellTargetNode(current.slot(name), name);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> GlobalTargetNode.create(name);
        };
    }

    private TargetNode target(Expr target) {
        return switch (target) {
            case Expr.Name name -> nameTarget(name.id());
            case Expr.Attribute attribute -> new AttributeTargetNode(expr(attribute.value()), mangle(attribute.attr()));
            case Expr.Subscript subscript -> new SubscriptTargetNode(expr(subscript.value()), expr(subscript.slice()));
            case Expr.Tuple tuple -> unpackTarget(tuple.elts());
            case Expr.List list -> unpackTarget(list.elts());
            case Expr.Starred starred -> target(starred.value());
            default -> throw syntaxError("cannot assign to " + describe(target), target);
        };
    }

    private TargetNode unpackTarget(List<Expr> elements) {
        TargetNode[] targets = new TargetNode[elements.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr element = elements.get(i);
            if (element instanceof Expr.Starred) {
                star = i;
            }
            targets[i] = target(element);
        }
        return new UnpackTargetNode(targets, star);
    }

    private PythonSyntaxError syntaxError(String message, Node node) {
        String line = node.lineno() >= 1 && node.lineno() <= source.getLineCount() ? source.getCharacters(node.lineno()).toString() + "\n" : null;
        return new PythonSyntaxError("SyntaxError", message, filename, node.lineno(), node.colOffset() + 1, node.endLineno(),
                        node.endColOffset() + 1, line, false);
    }

    private static String describe(Expr expr) {
        return switch (expr) {
            case Expr.Call c -> "function call";
            case Expr.Constant c -> "literal";
            case Expr.BinOp b -> "expression";
            case Expr.Compare c -> "comparison";
            case Expr.Lambda l -> "lambda";
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            default -> "expression";
        };
    }

    // ---------------------------------------------------------------- expressions

    private IsTrueNode condition(Expr test) {
        return IsTrueNode.create(expr(test));
    }

    private ExpressionNode[] exprs(List<Expr> list) {
        ExpressionNode[] nodes = new ExpressionNode[list.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expr(list.get(i));
        }
        return nodes;
    }

    /**
     * An expression evaluated before {@code later} (a dict comprehension's key before its value, an augmented
     * assignment's object and index before its value): kept while an await or yield in {@code later} suspends the frame.
     */
    private ExpressionNode keptWhileSuspended(Expr expr, Expr later) {
        boolean outer = operandOfYieldingExpression;
        operandOfYieldingExpression = outer || current.generator && YieldSearch.containsYield(later);
        try {
            return expr(expr);
        } finally {
            operandOfYieldingExpression = outer;
        }
    }

    private ExpressionNode expr(Expr expr) {
        if (!current.generator) {
            return translateExpr(expr);
        }
        boolean yielding = YieldSearch.containsYield(expr);
        if (operandOfYieldingExpression && !yielding) {
            return new SavedValueNode(translateExpr(expr), current.generatorState(), countedTemp("<saved operand>"));
        }
        boolean outer = operandOfYieldingExpression;
        operandOfYieldingExpression = yielding && !(expr instanceof Expr.Yield) && !(expr instanceof Expr.YieldFrom) &&
                        !(expr instanceof Expr.Await);
        try {
            ExpressionNode node = translateExpr(expr);
            if (outer && yielding) {
                return new SavedValueNode(node, current.generatorState(), countedTemp("<saved operand>"));
            }
            return node;
        } finally {
            operandOfYieldingExpression = outer;
        }
    }

    /**
     * An expression whose evaluation CPython 3.12 marks in tracebacks (an instruction with its own position): calls,
     * operators, subscripts, attribute loads and global names.
     */
    private ExpressionNode translateExpr(Expr expr) {
        ExpressionNode node = translatePlainExpr(expr);
        return switch (expr) {
            case Expr.Call c -> withRange(node, expr, null);
            case Expr.BinOp b -> withRange(node, expr, PositionAnchors.binOp(source, b));
            case Expr.Subscript s -> withRange(node, expr, PositionAnchors.subscript(source, s));
            case Expr.Attribute a -> withRange(node, expr, null);
            case Expr.Await a -> withRange(node, expr, null);
            case Expr.Compare c -> withRange(node, expr, null);
            case Expr.UnaryOp u when u.op() != dev.krait.ast.UnaryOp.Not -> withRange(node, expr, null);
            case Expr.Name n when node instanceof ReadGlobalNode || node instanceof ReadClassNameNode -> withRange(node, expr, null);
            default -> node;
        };
    }

    /** Applying a decorator: the call is at the decorator's place (a traceback shows its line, as CPython's). */
    private ExpressionNode decoratorCall(Expr decorator, ExpressionNode decorated) {
        return withRange(new CallNode(expr(decorator), new ExpressionNode[]{decorated}), decorator, null);
    }

    private static ExpressionNode withRange(ExpressionNode node, Expr expr, int[] anchors) {
        return new dev.krait.nodes.expression.SourceRangeNode(node, expr.lineno(), expr.colOffset(), expr.endLineno(),
                        expr.endColOffset(), anchors == null ? -1 : anchors[0], anchors == null ? -1 : anchors[1]);
    }

    private ExpressionNode translatePlainExpr(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> constant(c.value());
            // __debug__ is a constant of the compiler, as in CPython
            case Expr.Name n when n.id().equals("__debug__") -> constant(optimize == 0);
            case Expr.Name n -> readName(n.id());
            case Expr.BinOp b -> BinaryOpNode.create(BinaryOperator.of(b.op()), expr(b.left()), expr(b.right()), false);
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new ConditionalNode(condition(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> new dev.krait.nodes.expression.LoadAttributeNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> new dev.krait.nodes.expression.LoadItemNode(expr(s.value()), expr(s.slice()));
            case Expr.Slice s -> new SliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                            s.step() == null ? null : expr(s.step()));
            case Expr.List l -> l.elts().size() >= 3 && l.elts().stream().allMatch(Translator::isFoldableConstant)
                            ? new CollectionDisplayNode(CollectionDisplayNode.Kind.LIST, exprs(l.elts()), new boolean[l.elts().size()], true)
                            : display(CollectionDisplayNode.Kind.LIST, l.elts());
            case Expr.Tuple t -> display(CollectionDisplayNode.Kind.TUPLE, t.elts());
            case Expr.Set s -> s.elts().size() >= 3 && s.elts().stream().allMatch(Translator::isFoldableConstant)
                            ? new CollectionDisplayNode(CollectionDisplayNode.Kind.SET, exprs(s.elts()), new boolean[s.elts().size()], true)
                            : display(CollectionDisplayNode.Kind.SET, s.elts());
            case Expr.Dict d -> dict(d);
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue f -> formattedValue(f, false);
            case Expr.Lambda l -> makeFunction(l, "<lambda>", l.args(), null, l.body());
            case Expr.NamedExpr n -> new NamedExpressionNode(target(n.target()), expr(n.value()));
            case Expr.ListComp c -> comprehension(c, "<listcomp>", 'l', c.generators(), null, c.elt());
            case Expr.SetComp c -> comprehension(c, "<setcomp>", 's', c.generators(), null, c.elt());
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", 'd', c.generators(), c.key(), c.value());
            case Expr.GeneratorExp g -> comprehension(g, "<genexpr>", 'g', g.generators(), null, g.elt());
            case Expr.Yield y -> new YieldNode(y.value() == null ? new ConstantNode(PNone.NONE) : expr(y.value()), current.generatorState(),
                            current.scope.isCoroutine(), y.value() != null && YieldSearch.containsYield(y.value()) ? current.temp("<yield here>") : -1);
            case Expr.YieldFrom y -> new YieldFromNode(expr(y.value()), current.generatorState(), countedTemp("<yield from>"));
            case Expr.Starred s -> throw syntaxError("can't use starred expression here", s);
            case Expr.Await a -> new AwaitNode(expr(a.value()), current.generatorState(), countedTemp("<await>"));
        };
    }

    /** A literal CPython's compiler folds into a constant (numbers, strings, None, …, and tuples of them). */
    private static boolean isFoldableConstant(Expr expr) {
        if (expr instanceof Expr.Constant) {
            return true;
        }
        if (expr instanceof Expr.UnaryOp u && u.op() == dev.krait.ast.UnaryOp.USub && u.operand() instanceof Expr.Constant) {
            return true;
        }
        if (expr instanceof Expr.BinOp b && b.op() == dev.krait.ast.Operator.Pow) {
            return isFoldableConstant(b.left()) && isFoldableConstant(b.right());
        }
        if (expr instanceof Expr.BinOp b && (b.op() == dev.krait.ast.Operator.Add || b.op() == dev.krait.ast.Operator.Sub ||
                        b.op() == dev.krait.ast.Operator.Mult)) {
            return isFoldableConstant(b.left()) && isFoldableConstant(b.right());
        }
        if (expr instanceof Expr.Tuple t) {
            return t.elts().stream().allMatch(Translator::isFoldableConstant);
        }
        return false;
    }

    private ExpressionNode constant(Object value) {
        if (value instanceof Long l) {
            return new LongLiteralNode(l);
        } else if (value instanceof Double d) {
            return new DoubleLiteralNode(d);
        } else if (value instanceof Boolean b) {
            return new BooleanLiteralNode(b);
        } else if (value instanceof String s) {
            return new ConstantNode(s);
        } else if (value instanceof BigInteger big) {
            return new ConstantNode(PInt.normalize(big));
        } else if (value == ConstantValue.NONE) {
            return new ConstantNode(PNone.NONE);
        } else if (value == ConstantValue.ELLIPSIS) {
            return new ConstantNode(Singletons.ELLIPSIS);
        } else if (value instanceof byte[] bytes) {
            return new dev.krait.nodes.expression.BytesLiteralNode(bytes);
        }
        return new dev.krait.nodes.expression.ComplexLiteralNode(((dev.krait.ast.Imaginary) value).imag());
    }

    private ExpressionNode unary(Expr.UnaryOp u) {
        return switch (u.op()) {
            case Not -> new NotNode(condition(u.operand()));
            case USub -> UnaryOpNode.create(UnaryOpNode.Kind.NEGATE, expr(u.operand()));
            case UAdd -> UnaryOpNode.create(UnaryOpNode.Kind.POSITIVE, expr(u.operand()));
            case Invert -> UnaryOpNode.create(UnaryOpNode.Kind.INVERT, expr(u.operand()));
        };
    }

    private ExpressionNode boolOp(Expr.BoolOp b) {
        boolean isAnd = b.op() == dev.krait.ast.BoolOp.And;
        List<Expr> values = b.values();
        ExpressionNode result = expr(values.get(values.size() - 1));
        for (int i = values.size() - 2; i >= 0; i--) {
            result = new AndOrNode(expr(values.get(i)), result, isAnd);
        }
        return result;
    }

    private ExpressionNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            return comparison(c.ops().get(0), expr(c.left()), expr(c.comparators().get(0)));
        }
        ExpressionNode[] operands = new ExpressionNode[c.ops().size() + 1];
        operands[0] = expr(c.left());
        CompareChainNode.ComparisonStep[] steps = new CompareChainNode.ComparisonStep[c.ops().size()];
        for (int i = 0; i < steps.length; i++) {
            operands[i + 1] = expr(c.comparators().get(i));
            steps[i] = switch (c.ops().get(i)) {
                case Is -> new CompareChainNode.IdentityStep(false);
                case IsNot -> new CompareChainNode.IdentityStep(true);
                case In -> new CompareChainNode.ContainsStep(false);
                case NotIn -> new CompareChainNode.ContainsStep(true);
                default -> new CompareChainNode.RichStep(compareOperator(c.ops().get(i)));
            };
        }
        return new CompareChainNode(operands, steps);
    }

    private static ExpressionNode comparison(CmpOp op, ExpressionNode left, ExpressionNode right) {
        return switch (op) {
            case Is -> new IdentityNode(left, right, false);
            case IsNot -> new IdentityNode(left, right, true);
            case In -> new ContainsNode(left, right, false);
            case NotIn -> new ContainsNode(left, right, true);
            default -> CompareNode.create(compareOperator(op), left, right);
        };
    }

    private static CompareOperator compareOperator(CmpOp op) {
        return switch (op) {
            case Eq -> CompareOperator.EQ;
            case NotEq -> CompareOperator.NE;
            case Lt -> CompareOperator.LT;
            case LtE -> CompareOperator.LE;
            case Gt -> CompareOperator.GT;
            case GtE -> CompareOperator.GE;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private ExpressionNode call(Expr.Call c) {
        if (c.func() instanceof Expr.Name name && name.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() &&
                        current.isFunction() && symbol("__class__") != null && !current.scope.parameters().isEmpty()) {
            String first = current.scope.parameters().get(0);
            if (!symbol("__class__").isFree()) {
                // the function binds __class__ itself: there is no cell from the class
                return new SuperNode(null, readName(first));
            }
            return new SuperNode(readName("__class__"), readName(first));
        }
        if (c.func() instanceof Expr.Name name && c.args().isEmpty() && c.keywords().isEmpty()) {
            FrameNamesNode.Kind kind = switch (name.id()) {
                case "dir" -> FrameNamesNode.Kind.DIR;
                case "locals", "vars" -> FrameNamesNode.Kind.LOCALS;
                case "globals" -> FrameNamesNode.Kind.GLOBALS;
                default -> null;
            };
            if (kind != null) {
                return new FrameNamesNode(readName(name.id()), name.id(), kind, callerScope());
            }
        }
        if (c.func() instanceof Expr.Name name && (name.id().equals("eval") || name.id().equals("exec")) && c.args().size() == 1 &&
                        !(c.args().get(0) instanceof Expr.Starred) && c.keywords().isEmpty()) {
            return new ScopedEvalNode(readName(name.id()), name.id(), expr(c.args().get(0)), callerScope());
        }
        boolean simple = c.keywords().isEmpty() && c.args().stream().noneMatch(a -> a instanceof Expr.Starred);
        if (simple) {
            if (c.func() instanceof Expr.Attribute attribute) {
                return new CallMethodNode(expr(attribute.value()), mangle(attribute.attr()), exprs(c.args()),
                                new int[]{attribute.lineno(), attribute.colOffset(), attribute.endLineno(), attribute.endColOffset()});
            }
            return new CallNode(expr(c.func()), exprs(c.args()));
        }
        ExpressionNode callee;
        String method = null;
        if (c.func() instanceof Expr.Attribute attribute) {
            callee = expr(attribute.value());
            method = mangle(attribute.attr());
        } else {
            callee = expr(c.func());
        }
        ExpressionNode[] positional = new ExpressionNode[c.args().size()];
        boolean[] starred = new boolean[positional.length];
        for (int i = 0; i < positional.length; i++) {
            Expr arg = c.args().get(i);
            starred[i] = arg instanceof Expr.Starred;
            positional[i] = expr(starred[i] ? ((Expr.Starred) arg).value() : arg);
        }
        String[] kwNames = new String[c.keywords().size()];
        ExpressionNode[] kwValues = new ExpressionNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            Keyword keyword = c.keywords().get(i);
            kwNames[i] = keyword.arg();
            kwValues[i] = expr(keyword.value());
        }
        return new GeneralCallNode(callee, method, positional, starred, kwNames, kwValues);
    }

    /** Where the names of the scope being translated live, for the builtins that read their caller's scope. */
    private CallerScope callerScope() {
        if (current.scope.kind() == ScopeKind.MODULE) {
            return namesInNamespace ? CallerScope.namespace() : CallerScope.module();
        }
        if (current.isClass()) {
            return CallerScope.namespace();
        }
        List<String> names = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<Boolean> cells = new ArrayList<>();
        // CPython's order of the frame's variables: parameters and plain locals, then the other cells, then the free ones
        List<String> all = new ArrayList<>();
        for (String name : current.scope.varnames()) {
            Symbol symbol = current.scope.lookup(name);
            if (symbol != null && (symbol.scope() != SymbolScope.CELL || current.scope.parameters().contains(name))) {
                all.add(name);
            }
        }
        for (String name : current.scope.varnames()) {
            if (!all.contains(name)) {
                all.add(name);
            }
        }
        for (String free : current.scope.freevars()) {
            if (!all.contains(free)) {
                all.add(free);
            }
        }
        for (String name : all) {
            Symbol symbol = current.scope.lookup(name);
            if (symbol == null || symbol.isGlobal()) {
                continue;
            }
            names.add(name);
            slots.add(current.slot(name));
            cells.add(symbol.scope() == SymbolScope.CELL || symbol.scope() == SymbolScope.FREE);
        }
        boolean[] inCell = new boolean[cells.size()];
        for (int i = 0; i < inCell.length; i++) {
            inCell[i] = cells.get(i);
        }
        if (current.localsDictSlot < 0) {
            current.localsDictSlot = countedTemp(CallerScope.LOCALS_DICT_SLOT);
        }
        return CallerScope.function(names.toArray(new String[0]), slots.stream().mapToInt(Integer::intValue).toArray(), inCell,
                        current.localsDictSlot);
    }

    private ExpressionNode display(CollectionDisplayNode.Kind kind, List<Expr> elements) {
        ExpressionNode[] nodes = new ExpressionNode[elements.size()];
        boolean[] starred = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Expr element = elements.get(i);
            starred[i] = element instanceof Expr.Starred;
            nodes[i] = expr(starred[i] ? ((Expr.Starred) element).value() : element);
        }
        return new CollectionDisplayNode(kind, nodes, starred);
    }

    private ExpressionNode dict(Expr.Dict d) {
        ExpressionNode[] keys = new ExpressionNode[d.keys().size()];
        ExpressionNode[] values = new ExpressionNode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Expr key = d.keys().get(i);
            keys[i] = key == null ? null : expr(key);
            values[i] = expr(d.values().get(i));
        }
        return new DictDisplayNode(keys, values);
    }

    private ExpressionNode joinedStr(Expr.JoinedStr j) {
        if (j.values().size() == 1 && j.values().get(0) instanceof Expr.Constant c) {
            return constant(c.value());
        }
        if (j.values().size() == 1 && j.values().get(0) instanceof Expr.FormattedValue f) {
            return formattedValue(f, true);
        }
        return new FormattedStringNode(exprs(j.values()));
    }

    private ExpressionNode formattedValue(Expr.FormattedValue f, boolean whole) {
        return new FormatValueNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()), whole);
    }

    /**
     * A comprehension: a nested function over an iterator of the first iterable (evaluated here, in the enclosing
     * scope), building its result in a frame slot; a generator expression yields instead. List, set and dict
     * comprehensions run inline in CPython 3.12, so their frame stays out of tracebacks.
     */
    private ExpressionNode comprehension(Expr node, String name, char kind, List<Comprehension> generators, Expr key, Expr value) {
        ExpressionNode firstIterable = generators.get(0).isAsync() ? new dev.krait.nodes.generator.GetAsyncIteratorNode(expr(generators.get(0).iter()))
                        : new GetIterNode(expr(generators.get(0).iter()));
        Scope scope = symbols.scopeOf(node);
        String qualname = childQualname(name);
        ScopeTranslation outer = current;
        current = new ScopeTranslation(scope, outer, qualname);
        boolean readsNamespace = kind != 'g' && namesInNamespace &&
                        (outer.scope.kind() == ScopeKind.MODULE || outer.readsNamespace);
        current.readsNamespace = readsNamespace;
        boolean outerOperand = operandOfYieldingExpression;
        operandOfYieldingExpression = false;
        List<StatementNode> statements = new ArrayList<>();
        StatementNode prologue = prologue(scope);
        if (prologue != null) {
            statements.add(prologue);
        }
        int resultSlot = kind == 'g' ? -1 : current.temp("<result>");
        StatementNode innermost;
        if (kind == 'g') {
            innermost = new ExpressionStatementNode(new YieldNode(expr(value), current.generatorState(), scope.isCoroutine()));
        } else {
            ExpressionNode collection = new dev.krait.nodes.local.ReadSlotNode(resultSlot);
            innermost = new ComprehensionAppendNode(collection, key == null ? null : keptWhileSuspended(key, value), expr(value));
        }
        innermost.setLineno(node.lineno());
        StatementNode loop = innermost;
        for (int i = generators.size() - 1; i >= 0; i--) {
            Comprehension generator = generators.get(i);
            StatementNode body = loop;
            for (int j = generator.ifs().size() - 1; j >= 0; j--) {
                body = (current.generator
                                ? new IfNode(condition(generator.ifs().get(j)), blockOf(body), null, current.generatorState(), current.temp("<if branch>"))
                                : new IfNode(condition(generator.ifs().get(j)), blockOf(body), null)).setLineno(node.lineno());
            }
            ExpressionNode iterable = i == 0 ? ReadLocalNode.create(current.slot(scope.parameters().get(0)), ".0")
                            : expr(generator.iter());
            if (generator.isAsync()) {
                loop = new AsyncForNode(iterable, target(generator.target()), blockOf(body), null, current.generatorState(),
                                countedTemp("<async for iterator>"), countedTemp("<await>"), current.temp("<async for phase>"), i == 0)
                                .setLineno(node.lineno());
                continue;
            }
            int state = current.temp("<for iterator>");
            current.countedTemps.add(state);
            ForNode forLoop = new ForNode(iterable, target(generator.target()), blockOf(body), null,
                            current.temp("<for counter>"), state, generatorStateOrNull());
            loop = (i == 0 ? forLoop.overIterator() : forLoop).setLineno(node.lineno());
        }
        if (resultSlot >= 0) {
            current.countedTemps.add(resultSlot);
            statements.add(new AssignNode(new TargetNode[]{new LocalTargetNode(resultSlot, "<result>")}, new NewCollectionNode(kind)).setLineno(node.lineno()));
        }
        statements.add(loop);
        if (resultSlot >= 0) {
            statements.add(new ReturnNode(new dev.krait.nodes.local.ReadSlotNode(resultSlot)).setLineno(node.lineno()));
        }
        Signature signature = new Signature(new String[]{".0"}, 1, 1, 0, false, false);
        PCode code = finishFunction(scope, name, qualname, signature, statements, node.lineno(), node.endLineno(), kind != 'g');
        int[] closure = closureSlots(scope, outer);
        current = outer;
        operandOfYieldingExpression = outerOperand;
        MakeFunctionNode function = new MakeFunctionNode(code, qualname, new ExpressionNode[0], new String[0], new ExpressionNode[0],
                        closure, PNone.NONE);
        if (readsNamespace) {
            function.capturingNamespace();
        }
        CallNode call = new CallNode(function, new ExpressionNode[]{firstIterable});
        if (kind != 'g' && scope.isCoroutine()) {
            // an asynchronous list/set/dict comprehension runs as a coroutine the enclosing coroutine awaits
            return new AwaitNode(call, current.generatorState(), countedTemp("<await>"));
        }
        return call;
    }
}
