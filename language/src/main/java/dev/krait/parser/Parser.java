package dev.krait.parser;

import java.util.ArrayList;
import java.util.List;

import dev.krait.ast.Alias;
import dev.krait.ast.Arguments;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Mod;
import dev.krait.ast.Node;
import dev.krait.ast.Operator;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.ast.TypeParam;
import dev.krait.ast.WithItem;

/**
 * A hand-written recursive-descent parser for the Python 3.12 grammar. Statements live here; expressions and patterns
 * in the classes it extends. Compiler-level checks (return outside function and the like) are made by
 * {@code dev.krait.symtable.SymbolTable}.
 */
public final class Parser extends PatternParser {
    private Parser(SourceText src) {
        super(src);
    }

    /**
     * Parses source into a Module (EXEC), Expression (EVAL) or Interactive (SINGLE), or throws PythonSyntaxError.
     * As with CPython's {@code compile()}, EVAL does not skip leading indentation: the {@code eval()} builtin strips
     * leading spaces and tabs itself before compiling a string.
     */
    public static Mod parse(String source, String filename, ParseMode mode) {
        return parse(source, filename, mode, new java.util.ArrayList<>());
    }

    /** As {@link #parse(String, String, ParseMode)}, adding the SyntaxWarnings found to {@code warnings}. */
    public static Mod parse(String source, String filename, ParseMode mode, java.util.List<SyntaxWarningNote> warnings) {
        if (source.indexOf('\0') >= 0) {
            // CPython gives this error no position (lineno and offset None): 0 here
            throw new PythonSyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0,
                            0, 0, null, false);
        }
        SourceText src = new SourceText(source, filename);
        Parser parser = new Parser(src);
        try {
            Mod mod = switch (mode) {
                case EXEC -> new Mod.Module(parser.file());
                case EVAL -> new Mod.Expression(parser.evalInput());
                case SINGLE -> new Mod.Interactive(parser.interactive());
            };
            warnings.addAll(src.warnings);
            return mod;
        } catch (PythonSyntaxError e) {
            throw parser.preferTokenizerError(e);
        } catch (StackOverflowError e) {
            throw PythonSyntaxError.recursionError(filename);
        }
    }

    private List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return body;
    }

    private Expr evalInput() {
        Expr e = starExpressions();
        while (acceptNewline()) {
            // trailing newlines are allowed
        }
        if (!at(TokenKind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return e;
    }

    private boolean acceptNewline() {
        if (at(TokenKind.NEWLINE)) {
            p++;
            return true;
        }
        return false;
    }

    private List<Stmt> interactive() {
        List<Stmt> body = new ArrayList<>();
        if (at(TokenKind.NEWLINE) || at(TokenKind.ENDMARKER)) {
            // nothing to run: CPython reports it without a column
            int line = src.length() == 0 ? 0 : 1;
            throw new PythonSyntaxError("SyntaxError", "invalid syntax", src.filename, line, 0, line, 0, null, false);
        }
        statement(body);
        while (acceptNewline()) {
            // blank lines after the statement
        }
        if (!at(TokenKind.ENDMARKER)) {
            int at = lastNewline();
            throw errorAt("multiple statements found while compiling a single statement", at, at);
        }
        return body;
    }

    // ---- statements ----

    private void statement(List<Stmt> out) {
        Stmt compound = compoundStatement();
        if (compound != null) {
            out.add(compound);
        } else {
            simpleStatements(out);
        }
    }

    private void simpleStatements(List<Stmt> out) {
        do {
            if (at(TokenKind.NEWLINE)) {
                break;
            }
            out.add(simpleStatement());
        } while (acceptOp(";"));
        if (!at(TokenKind.NEWLINE)) {
            throw invalidSyntax();
        }
        next();
    }

    private Stmt compoundStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.OP && t.text().equals("@")) {
            return decorated();
        }
        if (t.kind() != TokenKind.NAME) {
            return null;
        }
        return switch (t.text()) {
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement(t.start(), false);
            case "with" -> withStatement(t.start(), false);
            case "try" -> tryStatement();
            case "def" -> functionDef(t.start(), List.of(), false);
            case "class" -> classDef(t.start(), List.of());
            case "async" -> asyncStatement();
            case "match" -> matchStatement();
            default -> null;
        };
    }

    private Stmt asyncStatement() {
        int s = next().start();
        if (atKw("def")) {
            return functionDef(s, List.of(), true);
        }
        if (atKw("for")) {
            return forStatement(s, true);
        }
        if (atKw("with")) {
            return withStatement(s, true);
        }
        throw invalidSyntax();
    }

    /** A block after a header's ':': an indented suite or simple statements on the same line. */
    private List<Stmt> block(String after, int headerStart) {
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        next();
        if (!at(TokenKind.INDENT)) {
            throw missingBlock("expected an indented block after " + after + " on line " + ln(headerStart));
        }
        next();
        while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        next();
        return body;
    }

    /** At the end of the input CPython points after the header line, and a REPL should ask for more. */
    private PythonSyntaxError missingBlock(String msg) {
        Token t = peek();
        if (atEndOfInput()) {
            int at = endOfLastLine();
            return src.error("IndentationError", msg, at, at, true);
        }
        return src.error("IndentationError", msg, t.start(), t.start(), false);
    }

    /** The end of the source's last line, before its newline: where CPython reports a block missing at EOF. */
    private int endOfLastLine() {
        int at = src.length();
        return at > 0 && src.at(at - 1) == '\n' ? at - 1 : at;
    }

    private int lastNewline() {
        for (int i = p - 1; i >= 0; i--) {
            if (tok(i).kind() == TokenKind.NEWLINE) {
                return tok(i).start();
            }
        }
        return peek().start();
    }

    /** Whether only DEDENTs and the end marker remain. */
    private boolean atEndOfInput() {
        for (int i = p;; i++) {
            TokenKind k = tok(i).kind();
            if (k == TokenKind.ENDMARKER) {
                return true;
            }
            if (k != TokenKind.DEDENT) {
                return false;
            }
        }
    }

    private static Node lastOf(List<Stmt> body) {
        return body.getLast();
    }

    private Stmt ifStatement() {
        int s = next().start();
        Expr test = namedExpression();
        colonOrNewline();
        List<Stmt> body = block("'if' statement", s);
        List<Stmt> orelse = elseOrElif();
        Node end = lastOf(orelse.isEmpty() ? body : orelse);
        return new Stmt.If(test, body, orelse, ln(s), co(s), end.endLineno(), end.endColOffset());
    }

    private List<Stmt> elseOrElif() {
        if (atKw("elif")) {
            int s = next().start();
            Expr test = namedExpression();
            colonOrNewline();
            List<Stmt> body = block("'elif' statement", s);
            List<Stmt> orelse = elseOrElif();
            Node end = lastOf(orelse.isEmpty() ? body : orelse);
            return List.of(new Stmt.If(test, body, orelse, ln(s), co(s), end.endLineno(), end.endColOffset()));
        }
        return elseBlock();
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            int s = next().start();
            forceOp(":");
            return block("'else' statement", s);
        }
        return new ArrayList<>();
    }

    private Stmt whileStatement() {
        int s = next().start();
        Expr test = namedExpression();
        colonOrNewline();
        List<Stmt> body = block("'while' statement", s);
        List<Stmt> orelse = elseBlock();
        Node end = lastOf(orelse.isEmpty() ? body : orelse);
        return new Stmt.While(test, body, orelse, ln(s), co(s), end.endLineno(), end.endColOffset());
    }

    private Stmt forStatement(int s, boolean isAsync) {
        int forStart = next().start();
        Expr target = targetList(ExprContext.Store);
        if (!atKw("in")) {
            throw invalidSyntax();
        }
        next();
        Expr iter = starExpressions();
        colonOrNewline();
        List<Stmt> body = block("'for' statement", forStart);
        List<Stmt> orelse = elseBlock();
        Node end = lastOf(orelse.isEmpty() ? body : orelse);
        if (isAsync) {
            return new Stmt.AsyncFor(target, iter, body, orelse, ln(s), co(s), end.endLineno(), end.endColOffset());
        }
        return new Stmt.For(target, iter, body, orelse, ln(s), co(s), end.endLineno(), end.endColOffset());
    }

    private Stmt withStatement(int s, boolean isAsync) {
        int withStart = next().start();
        List<WithItem> items = null;
        if (atOp("(")) {
            int mark = p;
            int level = bracketLevel;
            try {
                next();
                List<WithItem> parenthesized = new ArrayList<>();
                while (!atOp(")")) {
                    parenthesized.add(withItem());
                    if (!acceptOp(",")) {
                        break;
                    }
                }
                expectOp(")");
                if (atOp(":")) {
                    items = parenthesized;
                } else if (at(TokenKind.NEWLINE)) {
                    throw new MissingColon(peek());
                } else {
                    p = mark;
                }
            } catch (PythonSyntaxError e) {
                p = mark;
                bracketLevel = level;
            } catch (MissingColon e) {
                throw errorAt("expected ':'", e.token.start(), e.token.end());
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        colonOrNewline();
        List<Stmt> body = block("'with' statement", withStart);
        Node end = lastOf(body);
        if (isAsync) {
            return new Stmt.AsyncWith(items, body, ln(s), co(s), end.endLineno(), end.endColOffset());
        }
        return new Stmt.With(items, body, ln(s), co(s), end.endLineno(), end.endColOffset());
    }

    /** Raised out of the tentative parse of parenthesized with-items when the header ends without ':'. */
    private static final class MissingColon extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Token token;

        MissingColon(Token token) {
            super(null, null, false, false);
            this.token = token;
        }
    }

    private WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            vars = toTarget(targetElement(), ExprContext.Store);
            if (!atOp(",") && !atOp(")") && !atOp(":") && !at(TokenKind.NEWLINE)) {
                throw invalidSyntax();
            }
        }
        return new WithItem(context, vars);
    }

    private Stmt tryStatement() {
        int s = next().start();
        forceOp(":");
        List<Stmt> body = block("'try' statement", s);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            int hs = next().start();
            boolean isStar = acceptOp("*");
            if (star != null && star != isStar) {
                throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", hs, prevEnd());
            }
            star = isStar;
            if (!handlers.isEmpty() && handlers.getLast().type() == null) {
                ExceptHandler bare = handlers.getLast();
                throw errorAt("default 'except:' must be last", posOf(bare), posOf(bare) + 6);
            }
            Expr type = null;
            String name = null;
            if (at(TokenKind.NEWLINE)) {
                throw errorAt("expected ':'", peek().start(), peek().end());
            }
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    int mark = p;
                    next();
                    Expr more = expression();
                    p = mark;
                    throw errorRange("multiple exception types must be parenthesized", type, more);
                }
                if (acceptKw("as")) {
                    name = expectName();
                }
            } else if (isStar) {
                throw errorAt("expected one or more exception types", peek().start(), peek().end());
            }
            colonOrNewline();
            List<Stmt> handlerBody = block(isStar ? "'except*' statement" : "'except' statement", hs);
            Node end = lastOf(handlerBody);
            handlers.add(new ExceptHandler(type, name, handlerBody, ln(hs), co(hs), end.endLineno(),
                            end.endColOffset()));
        }
        List<Stmt> orelse = handlers.isEmpty() ? new ArrayList<>() : elseBlock();
        List<Stmt> finalbody = new ArrayList<>();
        if (atKw("finally")) {
            int fs = next().start();
            forceOp(":");
            finalbody = block("'finally' statement", fs);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            Token t = peek();
            if (atEndOfInput()) {
                int at = lastNewline();
                throw src.error("SyntaxError", "expected 'except' or 'finally' block", at, at, true);
            }
            throw errorAt("expected 'except' or 'finally' block", t.start(), t.end());
        }
        Node end = !finalbody.isEmpty() ? lastOf(finalbody) : !orelse.isEmpty() ? lastOf(orelse) :
                        handlers.getLast();
        if (Boolean.TRUE.equals(star)) {
            return new Stmt.TryStar(body, handlers, orelse, finalbody, ln(s), co(s), end.endLineno(),
                            end.endColOffset());
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, ln(s), co(s), end.endLineno(), end.endColOffset());
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (!at(TokenKind.NEWLINE)) {
                throw invalidSyntax();
            }
            next();
        }
        int s = start();
        if (atKw("def")) {
            return functionDef(s, decorators, false);
        }
        if (atKw("class")) {
            return classDef(s, decorators);
        }
        if (atKw("async") && peek(1).isName("def")) {
            next();
            return functionDef(s, decorators, true);
        }
        if (atEndOfInput()) {
            // decorators typed at a prompt: the definition comes on the next line
            throw src.error("SyntaxError", "invalid syntax", peek().start(), peek().start(), true);
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(int s, List<Expr> decorators, boolean isAsync) {
        int defStart = next().start();
        String name = expectName();
        List<TypeParam> typeParams = typeParams();
        forceOp("(");
        Arguments args = parameters(true, ")");
        expectOp(")");
        Expr returns = null;
        if (acceptOp("->")) {
            returns = expression();
        }
        forceOp(":");
        List<Stmt> body = block("function definition", defStart);
        Node end = lastOf(body);
        if (isAsync) {
            return new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, typeParams, ln(s), co(s),
                            end.endLineno(), end.endColOffset());
        }
        return new Stmt.FunctionDef(name, args, body, decorators, returns, typeParams, ln(s), co(s), end.endLineno(),
                        end.endColOffset());
    }

    private Stmt classDef(int s, List<Expr> decorators) {
        int classStart = next().start();
        String name = expectName();
        List<TypeParam> typeParams = typeParams();
        List<Expr> bases = List.of();
        List<dev.krait.ast.Keyword> keywords = List.of();
        if (atOp("(")) {
            noGenexpArgument = true;
            Expr.Call call;
            try {
                call = (Expr.Call) call(null, start());
            } finally {
                noGenexpArgument = false;
            }
            bases = call.args();
            keywords = call.keywords();
        }
        colonOrNewline();
        List<Stmt> body = block("class definition", classStart);
        Node end = lastOf(body);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, typeParams, ln(s), co(s), end.endLineno(),
                        end.endColOffset());
    }

    private List<TypeParam> typeParams() {
        List<TypeParam> params = new ArrayList<>();
        if (!atOp("[") || peek(1).isOp("]")) {
            return params; // "def f[]()" then fails where CPython's grammar fails: expected '('
        }
        next();
        while (!atOp("]")) {
            int s = start();
            if (acceptOp("*")) {
                String name = expectName();
                if (atOp(":")) {
                    throw errorAt("cannot use bound with TypeVarTuple", peek().start(), peek().end());
                }
                params.add(new TypeParam.TypeVarTuple(name, ln(s), co(s), eln(), eco()));
            } else if (acceptOp("**")) {
                String name = expectName();
                if (atOp(":")) {
                    throw errorAt("cannot use bound with ParamSpec", peek().start(), peek().end());
                }
                params.add(new TypeParam.ParamSpec(name, ln(s), co(s), eln(), eco()));
            } else {
                String name = expectName();
                Expr bound = acceptOp(":") ? expression() : null;
                params.add(new TypeParam.TypeVar(name, bound, ln(s), co(s), eln(), eco()));
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("]");
        return params;
    }

    private Stmt matchStatement() {
        int s = start();
        int mark = p;
        Expr subject;
        try {
            next();
            if (!startsExpression()) {
                p = mark;
                return null;
            }
            subject = starNamedExpressions();
        } catch (PythonSyntaxError e) {
            p = mark;
            return null;
        }
        if (!atOp(":") || !peek(1).kind().equals(TokenKind.NEWLINE)) {
            Token after = peek();
            int afterIndex = p;
            p = mark;
            if (!parsesAsSimpleStatement()) {
                // neither a match statement nor an expression: report where the match parse stopped
                if (after.kind() == TokenKind.NEWLINE) {
                    throw errorAt("expected ':'", after.start(), after.end());
                }
                p = afterIndex;
                throw invalidSyntax();
            }
            return null;
        }
        next();
        next();
        if (!at(TokenKind.INDENT)) {
            throw missingBlock("expected an indented block after 'match' statement on line " + ln(s));
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER)) {
            if (!atKw("case")) {
                throw invalidSyntax();
            }
            int cs = next().start();
            Pattern pattern = casePatterns();
            Expr guard = acceptKw("if") ? namedExpression() : null;
            colonOrNewline();
            List<Stmt> body = block("'case' statement", cs);
            cases.add(new MatchCase(pattern, guard, body));
        }
        next();
        Node end = lastOf(cases.getLast().body());
        return new Stmt.Match(subject, cases, ln(s), co(s), end.endLineno(), end.endColOffset());
    }

    private boolean parsesAsSimpleStatement() {
        int mark = p;
        try {
            simpleStatements(new ArrayList<>());
            return true;
        } catch (PythonSyntaxError e) {
            return false;
        } finally {
            p = mark;
        }
    }

    // ---- simple statements ----

    private Stmt simpleStatement() {
        Token t = peek();
        int s = t.start();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    p++;
                    return new Stmt.Pass(ln(s), co(s), eln(), eco());
                }
                case "break" -> {
                    p++;
                    return new Stmt.Break(ln(s), co(s), eln(), eco());
                }
                case "continue" -> {
                    p++;
                    return new Stmt.Continue(ln(s), co(s), eln(), eco());
                }
                case "return" -> {
                    p++;
                    Expr v = startsExpression() ? starExpressions() : null;
                    return new Stmt.Return(v, ln(s), co(s), eln(), eco());
                }
                case "raise" -> {
                    p++;
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression()) {
                        exc = expression();
                        if (acceptKw("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(exc, cause, ln(s), co(s), eln(), eco());
                }
                case "global", "nonlocal" -> {
                    p++;
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (acceptOp(","));
                    return t.text().equals("global") ? new Stmt.Global(names, ln(s), co(s), eln(), eco()) :
                                    new Stmt.Nonlocal(names, ln(s), co(s), eln(), eco());
                }
                case "del" -> {
                    p++;
                    return deleteStatement(s);
                }
                case "assert" -> {
                    p++;
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, ln(s), co(s), eln(), eco());
                }
                case "import" -> {
                    p++;
                    return importStatement(s);
                }
                case "from" -> {
                    p++;
                    return importFrom(s);
                }
                case "type" -> {
                    if (peek(1).kind() == TokenKind.NAME && (peek(2).isOp("=") || peek(2).isOp("["))) {
                        return typeAlias(s);
                    }
                }
                default -> {
                }
            }
        }
        return expressionStatement(s);
    }

    private Stmt deleteStatement(int s) {
        List<Expr> targets = new ArrayList<>();
        do {
            if (at(TokenKind.NEWLINE) || atOp(";")) {
                break;
            }
            targets.add(toTarget(targetElement(), ExprContext.Del));
        } while (acceptOp(","));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(targets, ln(s), co(s), eln(), eco());
    }

    private Stmt importStatement(int s) {
        List<Alias> names = new ArrayList<>();
        do {
            int as = start();
            String name = dottedName();
            String asname = acceptKw("as") ? expectName() : null;
            names.add(new Alias(name, asname, ln(as), co(as), eln(), eco()));
        } while (acceptOp(","));
        if (atKw("from")) {
            next();
            dottedName();
            throw errorAt("Did you mean to use 'from ... import ...' instead?", s, prevEnd());
        }
        return new Stmt.Import(names, ln(s), co(s), eln(), eco());
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (acceptOp(".")) {
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt importFrom(int s) {
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += next().text().length();
        }
        String module = null;
        if (!atKw("import")) {
            module = dottedName();
        }
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            int as = next().start();
            names.add(new Alias("*", null, ln(as), co(as), eln(), eco()));
        } else {
            boolean parens = acceptOp("(");
            do {
                if (parens && atOp(")")) {
                    break;
                }
                int as = start();
                String name = expectName();
                String asname = acceptKw("as") ? expectName() : null;
                names.add(new Alias(name, asname, ln(as), co(as), eln(), eco()));
                if (!parens && atOp(",") && (peek(1).kind() == TokenKind.NEWLINE || peek(1).isOp(";"))) {
                    throw errorAt("trailing comma not allowed without surrounding parentheses", peek(1).start(),
                                    peek(1).end());
                }
            } while (acceptOp(","));
            if (parens) {
                expectOp(")");
            }
        }
        return new Stmt.ImportFrom(module, names, level, ln(s), co(s), eln(), eco());
    }

    private Stmt typeAlias(int s) {
        next();
        int ns = start();
        String id = expectName();
        Expr name = new Expr.Name(id, ExprContext.Store, ln(ns), co(ns), eln(), eco());
        List<TypeParam> typeParams = typeParams();
        expectOp("=");
        Expr value = expression();
        return new Stmt.TypeAlias(name, typeParams, value, ln(s), co(s), eln(), eco());
    }

    private Expr yieldOrStarExpressions() {
        return atKw("yield") ? yieldExpression() : starExpressions();
    }

    private Stmt expressionStatement(int s) {
        int startIndex = p;
        Expr first = yieldOrStarExpressions();
        if (atOp("=")) {
            List<Expr> parts = new ArrayList<>(List.of(first));
            while (acceptOp("=")) {
                parts.add(yieldOrStarExpressions());
            }
            Expr value = parts.removeLast();
            List<Expr> targets = new ArrayList<>();
            for (Expr target : parts) {
                Expr stored = withContext(target, ExprContext.Store);
                if (stored == null) {
                    throw invalidAssignment(startIndex, parts, target);
                }
                targets.add(stored);
            }
            return new Stmt.Assign(targets, value, ln(s), co(s), eln(), eco());
        }
        if (atOp(":=")) {
            if (first instanceof Expr.Name && !parenthesized(first)) {
                throw invalidSyntax(); // a bare walrus is not a statement
            }
            throw errorAt("cannot use assignment expressions with " + exprName(first), first);
        }
        if (atOp(":") && !(first instanceof Expr.Yield)) {
            return annotatedAssignment(s, first);
        }
        Operator aug = augmentedOperator();
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt("'" + exprName(first) + "' is an illegal expression for augmented assignment", first);
            }
            next();
            Expr value = yieldOrStarExpressions();
            return new Stmt.AugAssign(withContext(first, ExprContext.Store), aug, value, ln(s), co(s), eln(), eco());
        }
        if (first instanceof Expr.Name n && startsExpression() && !atOp("*") && !atOp("-") && !atOp("+") &&
                        !atOp("(") && !atOp("[")) {
            // "name expression": CPython parses the rest to report a legacy print/exec, or an error inside it
            int mark = p;
            Expr rest;
            try {
                rest = starExpressions();
            } catch (PythonSyntaxError e) {
                if (!e.msg().equals("invalid syntax")) {
                    throw e;
                }
                rest = null;
            }
            if (rest != null && (n.id().equals("print") || n.id().equals("exec"))) {
                throw errorRange("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() +
                                "(...)?", first, rest);
            }
            p = mark;
        }
        if (!at(TokenKind.NEWLINE) && !atOp(";")) {
            throw invalidSyntax();
        }
        return new Stmt.Expr(first, ln(s), co(s), eln(), eco());
    }

    /** CPython's diagnosis of an assignment with an invalid target, in the order its error rules apply. */
    private PythonSyntaxError invalidAssignment(int startIndex, List<Expr> targets, Expr bad) {
        for (Expr t : targets) {
            if ((t instanceof Expr.Yield || t instanceof Expr.YieldFrom) && !parenthesized(t)) {
                return errorAt("assignment to yield expression not possible", t);
            }
        }
        Expr first = targets.getFirst();
        int saved = p;
        try {
            // "x = <bitwise_or> <not '='>": the user probably meant a comparison
            p = startIndex;
            if (atName() && peek(1).isOp("=")) {
                int nameStart = start();
                next();
                next();
                Expr rhs = bitwiseOr();
                if (!atOp("=") && !atOp(":=")) {
                    return errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", nameStart,
                                    endPosOf(rhs));
                }
            }
        } catch (PythonSyntaxError e) {
            // not that rule
        } finally {
            p = saved;
        }
        boolean bitwiseLevel = first instanceof Expr.Yield || !(first instanceof Expr.Compare || first instanceof Expr.BoolOp ||
                        first instanceof Expr.IfExp || first instanceof Expr.Lambda ||
                        first instanceof Expr.NamedExpr || first instanceof Expr.List || first instanceof Expr.Tuple ||
                        first instanceof Expr.GeneratorExp || first instanceof Expr.Starred ||
                        first instanceof Expr.UnaryOp u && u.op() == dev.krait.ast.UnaryOp.Not ||
                        first instanceof Expr.Constant c && (c.value() instanceof Boolean ||
                                        c.value() == dev.krait.ast.ConstantValue.NONE));
        if (bad == first && targets.size() == 1 && bitwiseLevel) {
            return errorAt("cannot assign to " + exprName(first) + " here. Maybe you meant '==' instead of '='?",
                            first);
        }
        Expr inner = invalidTarget(bad, ExprContext.Store);
        return errorAt("cannot assign to " + exprName(inner), inner);
    }

    private boolean parenthesized(Node n) {
        int pos = posOf(n) - 1;
        while (pos >= 0 && (src.at(pos) == ' ' || src.at(pos) == '\t' || src.at(pos) == '\n')) {
            pos--;
        }
        return pos >= 0 && src.at(pos) == '(';
    }

    private Stmt annotatedAssignment(int s, Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            int colon = p;
            next();
            if (!startsExpression()) {
                throw invalidSyntax(); // CPython's rule needs "target: annotation" to name the target
            }
            expression(); // an error in the annotation comes first
            p = colon;
        }
        if (target instanceof Expr.Tuple) {
            throw errorAt("only single target (not tuple) can be annotated", target);
        }
        if (target instanceof Expr.List) {
            throw errorAt("only single target (not list) can be annotated", target);
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAt("illegal target for annotation", target);
        }
        boolean parenthesized = src.at(s) == '(';
        next();
        Expr annotation = expression();
        Expr value = acceptOp("=") ? yieldOrStarExpressions() : null;
        int simple = target instanceof Expr.Name && !parenthesized ? 1 : 0;
        return new Stmt.AnnAssign(withContext(target, ExprContext.Store), annotation, value, simple, ln(s), co(s),
                        eln(), eco());
    }

    private Operator augmentedOperator() {
        Token t = peek();
        if (t.kind() != TokenKind.OP) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "&=" -> Operator.BitAnd;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "**=" -> Operator.Pow;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }
}
