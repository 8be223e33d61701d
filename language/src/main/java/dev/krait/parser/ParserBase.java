package dev.krait.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.krait.ast.Expr;
import dev.krait.ast.Node;

/**
 * Token access with backtracking (the tokens read so far are kept; {@code mark}/{@code reset} move in them),
 * positions of nodes, and the construction of CPython's syntax errors.
 */
abstract class ParserBase {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
                    "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
                    "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
                    "try", "while", "with", "yield");

    final SourceText src;
    private final Tokenizer tokenizer;
    private final List<Token> tokens = new ArrayList<>();
    private PythonSyntaxError tokenizerError;
    int p;
    /** Depth of open brackets around the current position, for the "forgot a comma" hint. */
    int bracketLevel;

    ParserBase(SourceText src) {
        this.src = src;
        this.tokenizer = new Tokenizer(src);
    }

    // ---- tokens ----

    final Token tok(int i) {
        while (tokens.size() <= i) {
            if (!tokens.isEmpty() && tokens.getLast().kind() == TokenKind.ENDMARKER) {
                return tokens.getLast();
            }
            if (tokenizerError != null) {
                throw tokenizerError;
            }
            try {
                tokens.add(tokenizer.next());
            } catch (PythonSyntaxError e) {
                tokenizerError = e;
                throw e;
            }
        }
        return tokens.get(i);
    }

    /** Whether the tokenizer has failed (its error is then rethrown by every further read). */
    final boolean tokenizerFailed() {
        return tokenizerError != null;
    }

    final Token peek() {
        return tok(p);
    }

    final Token peek(int ahead) {
        return tok(p + ahead);
    }

    final Token next() {
        Token t = tok(p);
        if (t.kind() != TokenKind.ENDMARKER) {
            p++;
        }
        return t;
    }

    final Token prev() {
        return tokens.get(p - 1);
    }

    final boolean atOp(String op) {
        return peek().isOp(op);
    }

    final boolean atKw(String kw) {
        return peek().isName(kw);
    }

    final boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    final boolean acceptOp(String op) {
        if (atOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    final boolean acceptKw(String kw) {
        if (atKw(kw)) {
            p++;
            return true;
        }
        return false;
    }

    final Token expectOp(String op) {
        if (!atOp(op)) {
            throw invalidSyntax();
        }
        return next();
    }

    /** A token CPython's grammar forces ({@code &&':'}): a missing one is "expected ':'". */
    final Token forceOp(String op) {
        if (!atOp(op)) {
            Token t = peek();
            throw errorAt("expected '" + op + "'", t.start(), t.end());
        }
        return next();
    }

    /**
     * The ':' ending a compound statement's header: CPython says "expected ':'" when the line ends without it, and
     * "invalid syntax" at anything else.
     */
    final void colonOrNewline() {
        if (acceptOp(":")) {
            return;
        }
        if (at(TokenKind.NEWLINE)) {
            throw errorAt("expected ':'", peek().start(), peek().end());
        }
        throw invalidSyntax();
    }

    final void expectKw(String kw) {
        if (!atKw(kw)) {
            throw invalidSyntax();
        }
        p++;
    }

    final boolean atName() {
        return peek().kind() == TokenKind.NAME && !KEYWORDS.contains(peek().text());
    }

    final String expectName() {
        if (!atName()) {
            throw invalidSyntax();
        }
        return next().text();
    }

    // ---- positions ----

    final int ln(int pos) {
        return src.line(pos);
    }

    final int co(int pos) {
        return src.col(pos);
    }

    final int prevEnd() {
        return tokens.get(p - 1).end();
    }

    final int eln() {
        return src.line(prevEnd());
    }

    final int eco() {
        return src.col(prevEnd());
    }

    final int start() {
        return peek().start();
    }

    /** The code-point position where a node starts, recovered from its line and column. */
    final int posOf(Node n) {
        return src.lineStart(n.lineno()) + n.colOffset();
    }

    final int endPosOf(Node n) {
        return src.lineStart(n.endLineno()) + n.endColOffset();
    }

    // ---- errors ----

    final PythonSyntaxError errorAt(String msg, int start, int end) {
        return src.error(msg, start, end);
    }

    final PythonSyntaxError errorAt(String msg, Node n) {
        return src.error(msg, posOf(n), endPosOf(n));
    }

    final PythonSyntaxError errorRange(String msg, Node from, Node to) {
        return src.error(msg, posOf(from), endPosOf(to));
    }

    /** The generic error at the current token ("unexpected indent" at an INDENT). */
    final PythonSyntaxError invalidSyntax() {
        Token t = peek();
        if (t.kind() == TokenKind.INDENT) {
            int at = Math.max(t.start(), t.end() - 1); // CPython points at the last indentation character
            return src.error("IndentationError", "unexpected indent", at, at, false);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return src.error("IndentationError", "unexpected unindent", t.start(), t.start(), false);
        }
        if (t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.NEWLINE && t.start() == t.end()) {
            return src.error("SyntaxError", "invalid syntax", t.start(), t.start(), false);
        }
        return errorAt("invalid syntax", t.start(), t.end());
    }

    /**
     * What CPython reports for a syntax error the parser found: it first tokenizes the rest of the source, and a
     * tokenizer error there (an unterminated string, an invalid literal...) wins. A bracket left open at the end of
     * the source wins only if it was opened on a line before the furthest token read; the end of the input after a
     * backslash and indentation errors never win, and nothing overrides "unexpected indent".
     */
    final PythonSyntaxError preferTokenizerError(PythonSyntaxError e) {
        if (e == tokenizerError || "RecursionError".equals(e.errorType()) ||
                        e.msg().equals("unexpected indent") || e.msg().equals("unexpected unindent")) {
            return e;
        }
        int errorLine = tokens.isEmpty() ? 0 : src.line(tokens.getLast().start());
        if (tokenizerError != null && tokenizer.failedInFString()) {
            return e;
        }
        try {
            for (int i = tokens.size(); tok(i).kind() != TokenKind.ENDMARKER; i++) {
                // reading on raises any later tokenizer error
            }
        } catch (PythonSyntaxError later) {
            if (tokenizer.failedInFString()) {
                return e; // an error in a replacement field stays the parser's
            }
            if (later.msg().endsWith("' was never closed")) {
                return errorLine > later.lineno() ? notIncomplete(later) : e;
            }
            if (later.msg().equals("unexpected EOF while parsing") || !later.errorType().equals("SyntaxError") ||
                            later.msg().equals("unexpected character after line continuation character")) {
                return e;
            }
            return notIncomplete(later);
        }
        return e;
    }

    /** A tokenizer error met while diagnosing another error: the input is wrong, not unfinished. */
    static PythonSyntaxError notIncomplete(PythonSyntaxError e) {
        if (!e.incompleteInput()) {
            return e;
        }
        return new PythonSyntaxError(e.errorType(), e.msg(), e.filename(), e.lineno(), e.offset(), e.endLineno(),
                        e.endOffset(), e.text(), false);
    }

    /** CPython's name for an expression kind in messages such as "cannot assign to %s". */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> switch (c.value()) {
                case dev.krait.ast.ConstantValue cv -> cv == dev.krait.ast.ConstantValue.NONE ? "None" : "ellipsis";
                case Boolean b -> b ? "True" : "False";
                default -> "literal";
            };
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
