package dev.krait.parser;

import java.util.ArrayList;
import java.util.List;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Operator;
import dev.krait.ast.Pattern;

/** The patterns of {@code case} clauses. */
abstract class PatternParser extends ExpressionParser {
    PatternParser(SourceText src) {
        super(src);
    }

    /** The pattern after {@code case}: an open sequence ({@code case a, *b:}) or one pattern. */
    final Pattern casePatterns() {
        int s = start();
        Pattern first = maybeStarPattern();
        if (!atOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Pattern> patterns = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp(":") || atKw("if")) {
                break;
            }
            patterns.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(patterns, ln(s), co(s), eln(), eco());
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            int s = next().start();
            String name = expectName();
            return new Pattern.MatchStar(name.equals("_") ? null : name, ln(s), co(s), eln(), eco());
        }
        return pattern();
    }

    private Pattern pattern() {
        int s = start();
        Pattern or = orPattern();
        if (acceptKw("as")) {
            Token t = peek();
            if (t.isName("_")) {
                throw errorAt("cannot use '_' as a target", t.start(), t.end());
            }
            if (!atName()) {
                throw errorAt("invalid pattern target", t.start(), t.end());
            }
            String name = next().text();
            return new Pattern.MatchAs(or, name, ln(s), co(s), eln(), eco());
        }
        return or;
    }

    private Pattern orPattern() {
        int s = start();
        Pattern first = closedPattern();
        if (!atOp("|")) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>(List.of(first));
        while (acceptOp("|")) {
            alternatives.add(closedPattern());
        }
        return new Pattern.MatchOr(alternatives, ln(s), co(s), eln(), eco());
    }

    private Pattern closedPattern() {
        Token t = peek();
        int s = t.start();
        switch (t.kind()) {
            case NUMBER -> {
                return new Pattern.MatchValue(signedNumber(), ln(s), co(s), eln(), eco());
            }
            case STRING, FSTRING_START -> {
                Expr str = primary();
                if (str instanceof Expr.JoinedStr) {
                    throw errorAt("patterns may only match literals and attribute lookups", str);
                }
                return new Pattern.MatchValue(str, ln(s), co(s), eln(), eco());
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        return new Pattern.MatchValue(signedNumber(), ln(s), co(s), eln(), eco());
                    }
                    case "(" -> {
                        next();
                        if (acceptOp(")")) {
                            return new Pattern.MatchSequence(List.of(), ln(s), co(s), eln(), eco());
                        }
                        Pattern first = maybeStarPattern();
                        if (acceptOp(")")) {
                            if (first instanceof Pattern.MatchStar) {
                                return new Pattern.MatchSequence(List.of(first), ln(s), co(s), eln(), eco());
                            }
                            return first;
                        }
                        List<Pattern> items = new ArrayList<>(List.of(first));
                        while (acceptOp(",")) {
                            if (atOp(")")) {
                                break;
                            }
                            items.add(maybeStarPattern());
                        }
                        expectOp(")");
                        return new Pattern.MatchSequence(items, ln(s), co(s), eln(), eco());
                    }
                    case "[" -> {
                        next();
                        List<Pattern> items = new ArrayList<>();
                        while (!atOp("]")) {
                            items.add(maybeStarPattern());
                            if (!acceptOp(",")) {
                                break;
                            }
                        }
                        expectOp("]");
                        return new Pattern.MatchSequence(items, ln(s), co(s), eln(), eco());
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw invalidSyntax();
                }
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        p++;
                        return new Pattern.MatchSingleton(ConstantValue.NONE, ln(s), co(s), eln(), eco());
                    }
                    case "True", "False" -> {
                        p++;
                        return new Pattern.MatchSingleton(t.text().equals("True"), ln(s), co(s), eln(), eco());
                    }
                    default -> {
                        Expr name = nameOrAttribute();
                        if (atOp("(")) {
                            return classPattern(name, s);
                        }
                        if (name instanceof Expr.Attribute) {
                            return new Pattern.MatchValue(name, ln(s), co(s), eln(), eco());
                        }
                        String id = ((Expr.Name) name).id();
                        return new Pattern.MatchAs(null, id.equals("_") ? null : id, ln(s), co(s), eln(), eco());
                    }
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr nameOrAttribute() {
        int s = start();
        Expr e = new Expr.Name(expectName(), ExprContext.Load, ln(s), co(s), eln(), eco());
        while (acceptOp(".")) {
            String attr = expectName();
            e = new Expr.Attribute(e, attr, ExprContext.Load, ln(s), co(s), eln(), eco());
        }
        return e;
    }

    /** {@code -1}, {@code 2}, {@code 1+2j}, {@code -1-2j}: the numbers a literal pattern may hold. */
    private Expr signedNumber() {
        int s = start();
        boolean negative = acceptOp("-");
        Token t = peek();
        if (t.kind() != TokenKind.NUMBER) {
            throw invalidSyntax();
        }
        p++;
        Expr e = new Expr.Constant(number(t.text()), null, ln(t.start()), co(t.start()), eln(), eco());
        if (negative) {
            e = new Expr.UnaryOp(dev.krait.ast.UnaryOp.USub, e, ln(s), co(s), eln(), eco());
        }
        if (atOp("+") || atOp("-")) {
            if (number(t.text()) instanceof dev.krait.ast.Imaginary) {
                throw errorAt("real number required in complex literal", t.start(), t.end());
            }
            Operator op = next().text().equals("+") ? Operator.Add : Operator.Sub;
            Token im = peek();
            if (im.kind() != TokenKind.NUMBER || !(number(im.text()) instanceof dev.krait.ast.Imaginary)) {
                throw errorAt("imaginary number required in complex literal", im.start(), im.end());
            }
            p++;
            Expr right = new Expr.Constant(number(im.text()), null, ln(im.start()), co(im.start()), eln(), eco());
            e = new Expr.BinOp(e, op, right, ln(s), co(s), eln(), eco());
        }
        return e;
    }

    private Pattern mappingPattern() {
        int s = next().start();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (acceptOp("**")) {
                if (peek().kind() == TokenKind.NAME && peek().text().equals("_")) {
                    throw invalidSyntax(); // the grammar's capture target excludes the wildcard
                }
                rest = expectName();
                acceptOp(",");
                break;
            }
            Token t = peek();
            Expr key;
            if (t.kind() == TokenKind.NAME && !t.text().equals("None") && !t.text().equals("True") &&
                            !t.text().equals("False")) {
                key = nameOrAttribute();
                if (!(key instanceof Expr.Attribute)) {
                    throw invalidSyntax();
                }
            } else if (t.kind() == TokenKind.NAME) {
                p++;
                Object v = t.text().equals("None") ? ConstantValue.NONE : (Object) t.text().equals("True");
                key = new Expr.Constant(v, null, ln(t.start()), co(t.start()), eln(), eco());
            } else if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING_START) {
                key = primary(); // an f-string key is the compiler's error (mapping pattern keys may only match literals…)
            } else {
                key = signedNumber();
            }
            expectOp(":");
            keys.add(key);
            values.add(pattern());
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new Pattern.MatchMapping(keys, values, rest, ln(s), co(s), eln(), eco());
    }

    private Pattern classPattern(Expr cls, int s) {
        next();
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!atOp(")")) {
            if (atName() && peek(1).isOp("=")) {
                kwdAttrs.add(next().text());
                next();
                kwdPatterns.add(pattern());
            } else {
                Pattern positional = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt("positional patterns follow keyword patterns", positional);
                }
                patterns.add(positional);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, ln(s), co(s), eln(), eco());
    }
}
