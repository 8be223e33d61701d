package dev.krait.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Imaginary;
import dev.krait.ast.Keyword;
import dev.krait.ast.Operator;

/** Expressions, in the precedence order of the 3.12 grammar, plus targets, call arguments and parameters. */
abstract class ExpressionParser extends ParserBase {
    private static final ExprContext LOAD = ExprContext.Load;

    /** Set while parsing a class's bases, where a bare generator expression is not allowed. */
    boolean noGenexpArgument;

    /** How many f-string replacement fields enclose the current position. */
    int fstringFieldDepth;

    ExpressionParser(SourceText src) {
        super(src);
    }

    /** Whether the current token can begin an expression. */
    final boolean startsExpression() {
        Token t = peek();
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "lambda", "not", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING, FSTRING_START -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    // ---- expression lists ----

    final Expr starExpressions() {
        int s = start();
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    final Expr starExpression() {
        if (atOp("*")) {
            int s = next().start();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, LOAD, ln(s), co(s), eln(), eco());
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (atOp("*")) {
            int s = next().start();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, LOAD, ln(s), co(s), eln(), eco());
        }
        return namedExpression();
    }

    /** {@code star_named_expressions} as in an {@code if}/{@code match} subject: a tuple when there is a comma. */
    final Expr starNamedExpressions() {
        int s = start();
        Expr first = starNamedExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    final Expr namedExpression() {
        if (atName() && peek(1).isOp(":=")) {
            int s = start();
            String id = next().text();
            Expr target = new Expr.Name(id, ExprContext.Store, ln(s), co(s), eln(), eco());
            next();
            Expr value = expression();
            return new Expr.NamedExpr(target, value, ln(s), co(s), eln(), eco());
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw errorAt("cannot use assignment expressions with " + exprName(e), e);
        }
        if (atOp("=")) {
            checkMisusedEquals(e);
        }
        return e;
    }

    /** {@code if x = 1:} and the like, where '=' cannot follow an expression: CPython suggests '=='. */
    private void checkMisusedEquals(Expr e) {
        int mark = p;
        Expr rhs;
        try {
            next();
            rhs = bitwiseOr();
        } catch (PythonSyntaxError ex) {
            p = mark;
            return;
        }
        boolean followedByAssign = atOp("=") || atOp(":=");
        p = mark;
        if (followedByAssign) {
            return;
        }
        if (e instanceof Expr.Name) {
            throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
        }
        boolean excluded = e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp ||
                        e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp ||
                        e instanceof Expr.Lambda || e instanceof Expr.UnaryOp u && u.op() == dev.krait.ast.UnaryOp.Not ||
                        e instanceof Expr.Constant c && (c.value() instanceof Boolean ||
                                        c.value() == ConstantValue.NONE);
        if (!excluded) {
            throw errorRange("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e,
                            rhs);
        }
    }

    final Expr expression() {
        if (atKw("lambda")) {
            return lambda();
        }
        int s = start();
        Expr body = disjunction();
        if (atKw("if")) {
            next();
            Expr test = disjunction();
            if (!acceptKw("else")) {
                if (atOp(":")) {
                    throw invalidSyntax();
                }
                throw errorRange("expected 'else' after 'if' expression", body, test);
            }
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, ln(s), co(s), eln(), eco());
        }
        return body;
    }

    final Expr yieldExpression() {
        int s = start();
        expectKw("yield");
        if (acceptKw("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(v, ln(s), co(s), eln(), eco());
        }
        Expr v = startsExpression() ? starExpressions() : null;
        return new Expr.Yield(v, ln(s), co(s), eln(), eco());
    }

    private Expr lambda() {
        int s = start();
        if (fstringFieldDepth > 0 && bracketLevel == 0) {
            throw errorAt("f-string: lambda expressions are not allowed without parentheses", s, peek().end());
        }
        expectKw("lambda");
        Arguments args = parameters(false, ":");
        expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, ln(s), co(s), eln(), eco());
    }

    // ---- operators ----

    final Expr disjunction() {
        int s = start();
        Expr first = conjunction();
        if (!atKw("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (acceptKw("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(dev.krait.ast.BoolOp.Or, values, ln(s), co(s), eln(), eco());
    }

    private Expr conjunction() {
        int s = start();
        Expr first = inversion();
        if (!atKw("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (acceptKw("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(dev.krait.ast.BoolOp.And, values, ln(s), co(s), eln(), eco());
    }

    private Expr inversion() {
        if (atKw("not")) {
            int s = next().start();
            Expr operand = inversion();
            return new Expr.UnaryOp(dev.krait.ast.UnaryOp.Not, operand, ln(s), co(s), eln(), eco());
        }
        return comparison();
    }

    private CmpOp compareOp() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            CmpOp op = switch (t.text()) {
                case "==" -> CmpOp.Eq;
                case "!=" -> CmpOp.NotEq;
                case "<" -> CmpOp.Lt;
                case "<=" -> CmpOp.LtE;
                case ">" -> CmpOp.Gt;
                case ">=" -> CmpOp.GtE;
                default -> null;
            };
            if (op != null) {
                p++;
            }
            return op;
        }
        if (t.isName("in")) {
            p++;
            return CmpOp.In;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            p += 2;
            return CmpOp.NotIn;
        }
        if (t.isName("is")) {
            p++;
            return acceptKw("not") ? CmpOp.IsNot : CmpOp.Is;
        }
        return null;
    }

    private Expr comparison() {
        int s = start();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        CmpOp op;
        while ((op = compareOp()) != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, comparators, ln(s), co(s), eln(), eco());
    }

    /** Like CPython, a node spans from its first token, which may be an operand's opening parenthesis. */
    private Expr binOp(int s, Expr l, Operator op, Expr r) {
        return new Expr.BinOp(l, op, r, ln(s), co(s), eln(), eco());
    }

    final Expr bitwiseOr() {
        int s = start();
        Expr e = bitwiseXor();
        while (acceptOp("|")) {
            e = binOp(s, e, Operator.BitOr, bitwiseXor());
        }
        return e;
    }

    private Expr bitwiseXor() {
        int s = start();
        Expr e = bitwiseAnd();
        while (acceptOp("^")) {
            e = binOp(s, e, Operator.BitXor, bitwiseAnd());
        }
        return e;
    }

    private Expr bitwiseAnd() {
        int s = start();
        Expr e = shift();
        while (acceptOp("&")) {
            e = binOp(s, e, Operator.BitAnd, shift());
        }
        return e;
    }

    private Expr shift() {
        int s = start();
        Expr e = sum();
        while (true) {
            if (acceptOp("<<")) {
                e = binOp(s, e, Operator.LShift, sum());
            } else if (acceptOp(">>")) {
                e = binOp(s, e, Operator.RShift, sum());
            } else {
                return e;
            }
        }
    }

    final Expr sum() {
        int s = start();
        Expr e = term();
        while (true) {
            if (acceptOp("+")) {
                e = binOp(s, e, Operator.Add, term());
            } else if (acceptOp("-")) {
                e = binOp(s, e, Operator.Sub, term());
            } else {
                return e;
            }
        }
    }

    private Expr term() {
        int s = start();
        Expr e = factor();
        while (true) {
            Token t = peek();
            Operator op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
                case "*" -> Operator.Mult;
                case "/" -> Operator.Div;
                case "//" -> Operator.FloorDiv;
                case "%" -> Operator.Mod;
                case "@" -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            p++;
            e = binOp(s, e, op, factor());
        }
    }

    private Expr factor() {
        Token t = peek();
        dev.krait.ast.UnaryOp op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
            case "+" -> dev.krait.ast.UnaryOp.UAdd;
            case "-" -> dev.krait.ast.UnaryOp.USub;
            case "~" -> dev.krait.ast.UnaryOp.Invert;
            default -> null;
        };
        if (op != null) {
            p++;
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, ln(t.start()), co(t.start()), eln(), eco());
        }
        return power();
    }

    private Expr power() {
        int s = start();
        Expr base = awaitPrimary();
        if (acceptOp("**")) {
            return binOp(s, base, Operator.Pow, factor());
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (atKw("await")) {
            int s = next().start();
            Expr v = primary();
            return new Expr.Await(v, ln(s), co(s), eln(), eco());
        }
        return primary();
    }

    final Expr primary() {
        int s = start();
        Expr e = atom();
        while (true) {
            if (acceptOp(".")) {
                String attr = expectName();
                e = new Expr.Attribute(e, attr, LOAD, ln(s), co(s), eln(), eco());
            } else if (atOp("(")) {
                e = call(e, s);
            } else if (atOp("[")) {
                next();
                bracketLevel++;
                Expr slice = slices();
                bracketLevel--;
                expectOp("]");
                e = new Expr.Subscript(e, slice, LOAD, ln(s), co(s), eln(), eco());
            } else {
                return e;
            }
        }
    }

    private Expr slices() {
        int s = start();
        Expr first = sliceOrStarred();
        if (!atOp(",") && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(sliceOrStarred());
        }
        return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
    }

    private Expr sliceOrStarred() {
        if (atOp("*")) {
            return starExpression();
        }
        int s = start();
        if (atName() && peek(1).isOp(":=")) {
            return namedExpression();
        }
        Expr lower = atOp(":") ? null : expression();
        if (!acceptOp(":")) {
            return lower;
        }
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, ln(s), co(s), eln(), eco());
    }

    // ---- atoms ----

    private Expr atom() {
        Token t = peek();
        int s = t.start();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        p++;
                        return new Expr.Constant(ConstantValue.NONE, null, ln(s), co(s), eln(), eco());
                    }
                    case "True", "False" -> {
                        p++;
                        return new Expr.Constant(t.text().equals("True"), null, ln(s), co(s), eln(), eco());
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw invalidSyntax();
                        }
                        p++;
                        return new Expr.Name(t.text(), LOAD, ln(s), co(s), eln(), eco());
                    }
                }
            }
            case NUMBER -> {
                p++;
                return new Expr.Constant(number(t.text()), null, ln(s), co(s), eln(), eco());
            }
            case STRING, FSTRING_START -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        p++;
                        return new Expr.Constant(ConstantValue.ELLIPSIS, null, ln(s), co(s), eln(), eco());
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    static Object number(String text) {
        String t = text.replace("_", "");
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        BigInteger big;
        if (t.length() > 1 && t.charAt(0) == '0' && "xXoObB".indexOf(t.charAt(1)) >= 0) {
            int radix = switch (Character.toLowerCase(t.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            big = new BigInteger(t.substring(2), radix);
        } else if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        } else {
            big = new BigInteger(t);
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private Expr parenthesized() {
        int s = next().start();
        bracketLevel++;
        try {
            if (acceptOp(")")) {
                return new Expr.Tuple(List.of(), LOAD, ln(s), co(s), eln(), eco());
            }
            if (atKw("yield")) {
                Expr y = yieldExpression();
                expectOp(")");
                return y;
            }
            Expr first = starNamedExpression();
            if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first);
                }
                List<Comprehension> gens = comprehensions();
                expectOp(")");
                return new Expr.GeneratorExp(first, gens, ln(s), co(s), eln(), eco());
            }
            if (acceptOp(")")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("cannot use starred expression here", first);
                }
                return first;
            }
            List<Expr> elts = new ArrayList<>(List.of(first));
            while (acceptOp(",")) {
                if (atOp(")")) {
                    break;
                }
                elts.add(starNamedExpression());
                checkMissingComma(elts.getLast(), ")");
            }
            if (!atOp(")")) {
                checkMissingComma(elts.getLast(), ")");
                throw invalidSyntax();
            }
            next();
            return new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco());
        } finally {
            bracketLevel--;
        }
    }

    private Expr listDisplay() {
        int s = next().start();
        bracketLevel++;
        try {
            List<Expr> elts = new ArrayList<>();
            if (!atOp("]")) {
                Expr first = starNamedExpression();
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    if (first instanceof Expr.Starred) {
                        throw errorAt("iterable unpacking cannot be used in comprehension", first);
                    }
                    List<Comprehension> gens = comprehensions();
                    expectOp("]");
                    return new Expr.ListComp(first, gens, ln(s), co(s), eln(), eco());
                }
                elts.add(first);
                checkMissingComma(first, "]");
                while (acceptOp(",")) {
                    if (atOp("]")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                    checkMissingComma(elts.getLast(), "]");
                }
                checkUnparenthesizedTarget(elts);
            }
            expectOp("]");
            return new Expr.List(elts, LOAD, ln(s), co(s), eln(), eco());
        } finally {
            bracketLevel--;
        }
    }

    private Expr braceDisplay() {
        int s = next().start();
        bracketLevel++;
        try {
            if (acceptOp("}")) {
                return new Expr.Dict(List.of(), List.of(), ln(s), co(s), eln(), eco());
            }
            if (atOp("**")) {
                return dictDisplay(s, null, null);
            }
            Expr first = starNamedExpression();
            if (acceptOp(":")) {
                if (atOp("}") || atOp(",")) {
                    throw errorAt("expression expected after dictionary key and ':'", prev().start(), prev().end());
                }
                Expr value = dictValue();
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    List<Comprehension> gens = comprehensions();
                    expectOp("}");
                    return new Expr.DictComp(first, value, gens, ln(s), co(s), eln(), eco());
                }
                return dictDisplay(s, first, value);
            }
            if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first);
                }
                List<Comprehension> gens = comprehensions();
                expectOp("}");
                return new Expr.SetComp(first, gens, ln(s), co(s), eln(), eco());
            }
            List<Expr> elts = new ArrayList<>(List.of(first));
            checkMissingComma(first, "}");
            while (acceptOp(",")) {
                if (atOp("}")) {
                    break;
                }
                elts.add(starNamedExpression());
                checkMissingComma(elts.getLast(), "}");
            }
            checkUnparenthesizedTarget(elts);
            expectOp("}");
            return new Expr.Set(elts, ln(s), co(s), eln(), eco());
        } finally {
            bracketLevel--;
        }
    }

    private Expr dictDisplay(int s, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean more = true;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            checkMissingComma(firstValue, "}");
            more = acceptOp(",");
        }
        while (more && !atOp("}")) {
            if (atOp("**")) {
                Token stars = next();
                keys.add(null);
                values.add(bitwiseOr());
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    throw errorAt("dict unpacking cannot be used in dict comprehension", stars.start(), stars.end());
                }
            } else {
                Expr key = expression();
                if (!atOp(":")) {
                    if (atOp(",") || atOp("}")) {
                        throw errorAt("':' expected after dictionary key", key);
                    }
                    throw invalidSyntax();
                }
                next();
                if (atOp("}") || atOp(",")) {
                    throw errorAt("expression expected after dictionary key and ':'", prev().start(), prev().end());
                }
                keys.add(key);
                values.add(dictValue());
            }
            checkMissingComma(values.getLast(), "}");
            more = acceptOp(",");
        }
        expectOp("}");
        return new Expr.Dict(keys, values, ln(s), co(s), eln(), eco());
    }

    private Expr dictValue() {
        if (atOp("*")) {
            throw errorAt("cannot use a starred expression in a dictionary value", peek().start(), peek().end());
        }
        return expression();
    }

    /** {@code [x, y for x, y in z]}: CPython suggests parentheses around the target. */
    final void checkUnparenthesizedTarget(List<Expr> elts) {
        if (elts.size() > 1 && (atKw("for") || atKw("async") && peek(1).isName("for"))) {
            throw errorRange("did you forget parentheses around the comprehension target?", elts.getFirst(),
                            elts.getLast());
        }
    }

    /**
     * In brackets, an element directly followed by something that starts an expression is CPython's "Perhaps you
     * forgot a comma?".
     */
    final void checkMissingComma(Expr element, String closer) {
        if (bracketLevel == 0 || atOp(",") || atOp(closer) || !startsExpression()) {
            return;
        }
        int firstIndex = findTokenIndex(posOf(element));
        Token first = tok(firstIndex);
        if (first.kind() == TokenKind.NAME && (tok(firstIndex + 1).kind() == TokenKind.STRING ||
                        first.text().equals("match") || first.text().equals("case") || first.text().equals("type") ||
                        first.text().equals("_"))) {
            return;
        }
        if (element instanceof Expr.Lambda || element instanceof Expr.IfExp || element instanceof Expr.Starred ||
                        element instanceof Expr.NamedExpr) {
            return;
        }
        int mark = p;
        Expr following;
        try {
            following = expression();
        } catch (PythonSyntaxError e) {
            p = mark;
            return;
        }
        try {
            // CPython's error rules look a little further ("y = 3" after the element): a tokenizer error there wins
            if (acceptOp("=")) {
                bitwiseOr();
            }
            peek();
        } catch (PythonSyntaxError e) {
            if (tokenizerFailed()) {
                throw notIncomplete(e);
            }
        }
        p = mark;
        throw errorRange("invalid syntax. Perhaps you forgot a comma?", element, following);
    }

    private int findTokenIndex(int pos) {
        for (int i = p - 1; i >= 0; i--) {
            if (tok(i).start() <= pos) {
                return i;
            }
        }
        return 0;
    }

    final List<Comprehension> comprehensions() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKw("for") || atKw("async") && peek(1).isName("for")) {
            boolean isAsync = acceptKw("async");
            expectKw("for");
            Expr target = targetList(ExprContext.Store);
            expectKw("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKw("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---- targets ----

    /** {@code star_targets}: as in a {@code for} loop, elements stop before {@code in}. */
    final Expr targetList(ExprContext ctx) {
        int s = start();
        Expr first = targetElement();
        if (!atOp(",")) {
            return toTarget(first, ctx);
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atKw("in") || atOp("=") || atOp(":") || at(TokenKind.NEWLINE) || atOp(";")) {
                break;
            }
            elts.add(targetElement());
        }
        return toTarget(new Expr.Tuple(elts, LOAD, ln(s), co(s), eln(), eco()), ctx);
    }

    final Expr targetElement() {
        if (atOp("*")) {
            int s = next().start();
            Expr v = targetElement();
            return new Expr.Starred(v, LOAD, ln(s), co(s), eln(), eco());
        }
        return bitwiseOr();
    }

    /** Gives a parsed expression the Store or Del context, or raises CPython's error for an invalid target. */
    final Expr toTarget(Expr e, ExprContext ctx) {
        Expr result = withContext(e, ctx);
        if (result == null) {
            Expr bad = invalidTarget(e, ctx);
            String verb = ctx == ExprContext.Del ? "delete" : "assign to";
            throw errorAt("cannot " + verb + " " + exprName(bad), bad);
        }
        return result;
    }

    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(),
                            a.endLineno(), a.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(),
                            s.endLineno(), s.endColOffset());
            case Expr.Starred s -> {
                if (ctx == ExprContext.Del) {
                    yield null;
                }
                Expr v = withContext(s.value(), ctx);
                yield v == null ? null : new Expr.Starred(v, ctx, s.lineno(), s.colOffset(), s.endLineno(),
                                s.endColOffset());
            }
            case Expr.Tuple t -> {
                List<Expr> elts = contextAll(t.elts(), ctx);
                yield elts == null ? null : new Expr.Tuple(elts, ctx, t.lineno(), t.colOffset(), t.endLineno(),
                                t.endColOffset());
            }
            case Expr.List l -> {
                List<Expr> elts = contextAll(l.elts(), ctx);
                yield elts == null ? null : new Expr.List(elts, ctx, l.lineno(), l.colOffset(), l.endLineno(),
                                l.endColOffset());
            }
            default -> null;
        };
    }

    private static List<Expr> contextAll(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr y = withContext(x, ctx);
            if (y == null) {
                return null;
            }
            out.add(y);
        }
        return out;
    }

    /** The innermost sub-expression that makes a target invalid, as CPython reports it. */
    static Expr invalidTarget(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Tuple t -> firstInvalid(t.elts(), ctx, e);
            case Expr.List l -> firstInvalid(l.elts(), ctx, e);
            case Expr.Starred s -> ctx == ExprContext.Del ? s : invalidTarget(s.value(), ctx);
            case Expr.Compare c when ctx == ExprContext.Store && c.ops().getFirst() == CmpOp.In -> invalidTarget(
                            c.left(), ctx);
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, ExprContext ctx, Expr whole) {
        for (Expr x : elts) {
            if (withContext(x, ctx) == null) {
                return invalidTarget(x, ctx);
            }
        }
        return whole;
    }

    // ---- calls ----

    final Expr call(Expr func, int s) {
        int open = next().start();
        bracketLevel++;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        while (!atOp(")")) {
            int as = start();
            if (acceptOp("*")) {
                Expr v = expression();
                Expr starred = new Expr.Starred(v, LOAD, ln(as), co(as), eln(), eco());
                if (atOp("=")) {
                    throw errorAt("cannot assign to iterable argument unpacking", starred);
                }
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", starred);
                }
                if (seenDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", starred);
                }
                args.add(starred);
            } else if (acceptOp("**")) {
                Expr v = expression();
                if (atOp("=")) {
                    throw errorAt("cannot assign to keyword argument unpacking", as, prevEnd());
                }
                keywords.add(new Keyword(null, v, ln(as), co(as), eln(), eco()));
                seenDoubleStar = true;
            } else if (atName() && peek(1).isOp("=")) {
                Token nameToken = next();
                String name = nameToken.text();
                next();
                if (atOp(",") || atOp(")")) {
                    throw errorAt("expected argument value expression", nameToken.start(), prevEnd());
                }
                Expr v = expression();
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    throw errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", nameToken.start(),
                                    prevEnd());
                }
                keywords.add(new Keyword(name, v, ln(as), co(as), eln(), eco()));
                seenKeyword = true;
            } else {
                Expr e = atName() && peek(1).isOp(":=") ? namedExpression() : expression();
                if (atOp("=")) {
                    if (e instanceof Expr.Constant c && (c.value() instanceof Boolean ||
                                    c.value() == ConstantValue.NONE)) {
                        throw errorAt("cannot assign to " + exprName(e), e);
                    }
                    throw errorRange("expression cannot contain assignment, perhaps you meant \"==\"?", e, e);
                }
                if (atOp(":=")) {
                    throw errorAt("cannot use assignment expressions with " + exprName(e), e);
                }
                if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                    if (noGenexpArgument) {
                        throw invalidSyntax();
                    }
                    List<Comprehension> gens = comprehensions();
                    boolean sole = args.isEmpty() && keywords.isEmpty() && atOp(")");
                    if (!sole) {
                        throw errorAt("Generator expression must be parenthesized", posOf(e), prevEnd());
                    }
                    acceptOp(",");
                    expectOp(")");
                    bracketLevel--;
                    Expr gen = new Expr.GeneratorExp(e, gens, ln(open), co(open), eln(), eco());
                    args.add(gen);
                    return new Expr.Call(func, args, keywords, ln(s), co(s), eln(), eco());
                }
                if (seenDoubleStar || seenKeyword) {
                    // CPython reports these at the token after the argument
                    Token after = peek();
                    throw errorAt(seenDoubleStar ? "positional argument follows keyword argument unpacking" :
                                    "positional argument follows keyword argument", after.start(), after.end());
                }
                checkMissingComma(e, ")");
                args.add(e);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        bracketLevel--;
        expectOp(")");
        return new Expr.Call(func, args, keywords, ln(s), co(s), eln(), eco());
    }

    // ---- parameters ----

    /** Parameters of a def (with annotations, up to ')') or of a lambda (up to ':'). */
    final Arguments parameters(boolean annotations, String closer) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        List<Expr> defaults = new ArrayList<>();
        boolean seenSlash = false;
        boolean seenStar = false;
        boolean seenDefault = false;
        while (!atOp(closer)) {
            Token t = peek();
            if (kwarg != null) {
                throw errorAt("arguments cannot follow var-keyword argument", t.start(), t.end());
            }
            if (atOp("(")) {
                throw errorAt(annotations ? "Function parameters cannot be parenthesized" :
                                "Lambda expression parameters cannot be parenthesized", t.start(), t.end());
            }
            if (acceptOp("/")) {
                if (atOp("*")) {
                    throw errorAt("expected comma between / and *", peek().start(), peek().end());
                }
                if (seenSlash) {
                    throw errorAt("/ may appear only once", t.start(), t.end());
                }
                if (seenStar) {
                    throw errorAt("/ must be ahead of *", t.start(), t.end());
                }
                if (args.isEmpty()) {
                    throw errorAt("at least one argument must precede /", t.start(), t.end());
                }
                posonly.addAll(args);
                args.clear();
                seenSlash = true;
            } else if (acceptOp("*")) {
                if (seenStar) {
                    throw errorAt("* argument may appear only once", t.start(), t.end());
                }
                seenStar = true;
                if (atOp(",") || atOp(closer)) {
                    if (atOp(closer) || peek(1).isOp(closer) || peek(1).isOp("**")) {
                        throw errorAt("named arguments must follow bare *", t.start(), t.end());
                    }
                } else {
                    vararg = parameter(annotations, true);
                    if (atOp("=")) {
                        throw errorAt("var-positional argument cannot have default value", peek().start(),
                                        peek().end());
                    }
                }
            } else if (acceptOp("**")) {
                kwarg = parameter(annotations, false);
                if (atOp("=")) {
                    throw errorAt("var-keyword argument cannot have default value", peek().start(), peek().end());
                }
            } else {
                Arg a = parameter(annotations, false);
                Expr dflt = null;
                if (acceptOp("=")) {
                    if (atOp(",") || annotations && atOp(closer)) {
                        throw errorAt("expected default value expression", prev().start(), prev().end());
                    }
                    dflt = expression();
                }
                if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    args.add(a);
                    if (dflt != null) {
                        defaults.add(dflt);
                        seenDefault = true;
                    } else if (seenDefault) {
                        throw errorAt("parameter without a default follows parameter with a default", a);
                    }
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg parameter(boolean annotations, boolean starAnnotation) {
        int s = start();
        String name = expectName();
        Expr annotation = null;
        if (annotations && acceptOp(":")) {
            annotation = starAnnotation && atOp("*") ? starExpression() : expression();
        }
        return new Arg(name, annotation, ln(s), co(s), eln(), eco());
    }

    // ---- strings ----

    private Expr strings() {
        int s = start();
        List<Expr> parts = new ArrayList<>();
        boolean fstring = false;
        Boolean bytes = null;
        String kind = null;
        boolean firstToken = true;
        java.io.ByteArrayOutputStream byteParts = new java.io.ByteArrayOutputStream();
        while (at(TokenKind.STRING) || at(TokenKind.FSTRING_START)) {
            Token t = peek();
            boolean isBytes = t.kind() == TokenKind.STRING && isBytesLiteral(t.text());
            if (bytes != null && bytes != isBytes) {
                while (at(TokenKind.STRING) || at(TokenKind.FSTRING_START)) {
                    if (at(TokenKind.STRING)) {
                        p++;
                    } else {
                        fstring();
                    }
                }
                Token after = peek();
                throw errorAt("cannot mix bytes and nonbytes literals", after.start(), after.start());
            }
            bytes = isBytes;
            if (firstToken && t.text().charAt(0) == 'u') {
                kind = "u";
            }
            firstToken = false;
            if (t.kind() == TokenKind.STRING) {
                p++;
                Object v = StringDecoder.decode(src, t);
                if (v instanceof byte[] b) {
                    byteParts.writeBytes(b);
                } else {
                    parts.add(new Expr.Constant(v, null, ln(t.start()), co(t.start()), eln(), eco()));
                }
            } else {
                fstring = true;
                parts.addAll(fstring());
            }
        }
        if (bytes) {
            return new Expr.Constant(byteParts.toByteArray(), null, ln(s), co(s), eln(), eco());
        }
        if (!fstring) {
            StringBuilder sb = new StringBuilder();
            for (Expr part : parts) {
                sb.append((String) ((Expr.Constant) part).value());
            }
            return new Expr.Constant(sb.toString(), kind, ln(s), co(s), eln(), eco());
        }
        return new Expr.JoinedStr(mergeConstants(parts, false), ln(s), co(s), eln(), eco());
    }

    private static boolean isBytesLiteral(String text) {
        for (int i = 0; i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '"'; i++) {
            if (Character.toLowerCase(text.charAt(i)) == 'b') {
                return true;
            }
        }
        return false;
    }

    private static List<Expr> mergeConstants(List<Expr> parts, boolean keepEmpty) {
        List<Expr> out = new ArrayList<>();
        for (Expr part : parts) {
            if (part instanceof Expr.Constant c && c.value() instanceof String str) {
                if (!out.isEmpty() && out.getLast() instanceof Expr.Constant prevC &&
                                prevC.value() instanceof String prevStr) {
                    out.set(out.size() - 1, new Expr.Constant(prevStr + str, null, prevC.lineno(), prevC.colOffset(),
                                    c.endLineno(), c.endColOffset()));
                    continue;
                }
                if (str.isEmpty() && !keepEmpty) {
                    continue;
                }
            }
            out.add(part);
        }
        return out;
    }

    private List<Expr> fstring() {
        next(); // FSTRING_START
        List<Expr> values = new ArrayList<>();
        while (!at(TokenKind.FSTRING_END)) {
            Token t = peek();
            if (t.kind() == TokenKind.FSTRING_MIDDLE) {
                p++;
                values.add(new Expr.Constant(t.value(), null, ln(t.start()), co(t.start()), eln(), eco()));
            } else if (t.isOp("{")) {
                values.addAll(replacementField());
            } else {
                throw invalidSyntax();
            }
        }
        next();
        return values;
    }

    /** The text of a {@code {x = }} field as CPython shows it: comments (multi-line f-strings) left out. */
    private static String withoutComments(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == '\\' && i + 1 < text.length()) {
                    sb.append(ch).append(text.charAt(++i));
                    continue;
                }
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private List<Expr> replacementField() {
        int s = next().start();
        int exprStart = prevEnd();
        int savedLevel = bracketLevel;
        bracketLevel = 0;
        if (atOp("}") || atOp("!") || atOp(":") || atOp("=")) {
            throw errorAt("f-string: valid expression required before '" + peek().text() + "'", peek().start(),
                            peek().end());
        }
        if (!atKw("yield") && !startsExpression() || atOp("**")) {
            throw errorAt("f-string: expecting a valid expression after '{'", peek().start(), peek().end());
        }
        fstringFieldDepth++;
        Expr value;
        try {
            value = atKw("yield") ? yieldExpression() : starExpressions();
        } finally {
            fstringFieldDepth--;
        }
        bracketLevel = savedLevel;
        if (!atOp("=") && !atOp("!") && !atOp(":") && !atOp("}")) {
            throw errorAt("f-string: expecting '=', or '!', or ':', or '}'", peek().start(), peek().end());
        }
        String debugText = null;
        int debugEnd = 0;
        if (acceptOp("=")) {
            debugEnd = peek().start();
            debugText = withoutComments(src.text(exprStart, debugEnd));
        }
        int conversion = -1;
        Token conversionToken = null;
        if (acceptOp("!")) {
            Token c = peek();
            if (c.isOp("}") || c.isOp(":")) {
                throw errorAt("f-string: missing conversion character", c.start(), c.end());
            }
            if (c.kind() != TokenKind.NAME) {
                throw errorAt("f-string: invalid conversion character", c.start(), c.end());
            }
            if (c.start() != prevEnd()) {
                throw errorAt("f-string: conversion type must come right after the exclamanation mark", c.start(),
                                c.end());
            }
            p++;
            conversionToken = c;
            conversion = c.text().charAt(0);
            if (!atOp(":") && !atOp("}")) {
                throw errorAt("f-string: expecting ':' or '}'", peek().start(), peek().end());
            }
        }
        Expr spec = null;
        if (atOp(":")) {
            int ss = next().start();
            List<Expr> specParts = new ArrayList<>();
            while (!atOp("}")) {
                Token t = peek();
                if (t.kind() == TokenKind.FSTRING_MIDDLE) {
                    p++;
                    specParts.add(new Expr.Constant(t.value(), null, ln(t.start()), co(t.start()), eln(), eco()));
                } else if (t.isOp("{")) {
                    specParts.addAll(replacementField());
                } else {
                    throw errorAt("f-string: expecting '}'", t.start(), t.end());
                }
            }
            if (!specParts.isEmpty() && specParts.getLast() instanceof Expr.FormattedValue) {
                specParts.add(new Expr.Constant("", null, ln(prevEnd()), co(prevEnd()), eln(), eco()));
            }
            spec = new Expr.JoinedStr(mergeConstants(specParts, true), ln(ss), co(ss), eln(), eco());
        }
        if (!atOp("}")) {
            Token t = peek();
            throw errorAt("f-string: expecting '}'", t.start(), t.end());
        }
        if (conversionToken != null && !conversionToken.text().equals("s") && !conversionToken.text().equals("r") &&
                        !conversionToken.text().equals("a")) {
            throw errorAt("f-string: invalid conversion character '" + conversionToken.text() +
                            "': expected 's', 'r', or 'a'", conversionToken.start(), conversionToken.end());
        }
        next();
        if (debugText != null && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        Expr fv = new Expr.FormattedValue(value, conversion, spec, ln(s), co(s), eln(), eco());
        if (debugText == null) {
            return List.of(fv);
        }
        return List.of(new Expr.Constant(debugText, null, ln(exprStart), co(exprStart), ln(debugEnd), co(debugEnd)), fv);
    }
}
