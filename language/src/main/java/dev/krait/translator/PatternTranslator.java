package dev.krait.translator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Node;
import dev.krait.ast.Pattern;
import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.patterns.CapturePatternNode;
import dev.krait.nodes.patterns.ClassPatternNode;
import dev.krait.nodes.patterns.MappingPatternNode;
import dev.krait.nodes.patterns.OrPatternNode;
import dev.krait.nodes.patterns.PatternNode;
import dev.krait.nodes.patterns.SequencePatternNode;
import dev.krait.nodes.patterns.SingletonPatternNode;
import dev.krait.nodes.patterns.ValuePatternNode;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.text.StrRepr;

/**
 * Turns one {@code case} pattern into {@link PatternNode}s, with the checks CPython's compiler makes: an irrefutable
 * pattern only where nothing follows it, no name bound twice, alternatives binding the same names, no duplicate
 * literal keys or repeated keyword attributes. The names the pattern binds are collected in the order CPython stores
 * them; each capture writes to its name's index.
 */
final class PatternTranslator {
    private final Function<Expr, ExpressionNode> values;
    private final BiFunction<String, Node, PythonSyntaxError> errors;
    /** The names bound so far by the pattern (or the alternative) being translated, in store order. */
    private List<String> stores = new ArrayList<>();
    /** Every name the case binds, indexed as the captures are. */
    private final List<String> names = new ArrayList<>();

    PatternTranslator(Function<Expr, ExpressionNode> values, BiFunction<String, Node, PythonSyntaxError> errors) {
        this.values = values;
        this.errors = errors;
    }

    /** The names bound, in the order the case stores them (the capture indices follow {@link #captureNames}). */
    List<String> storeOrder() {
        return stores;
    }

    /** The names by capture index. */
    List<String> captureNames() {
        return names;
    }

    PatternNode translate(Pattern pattern, boolean allowIrrefutable) {
        PatternNode node = switch (pattern) {
            case Pattern.MatchValue v -> value(v);
            case Pattern.MatchSingleton s -> new SingletonPatternNode(s.value() == ConstantValue.NONE ? PNone.NONE : s.value());
            case Pattern.MatchSequence s -> sequence(s);
            case Pattern.MatchMapping m -> mapping(m);
            case Pattern.MatchClass c -> classPattern(c);
            case Pattern.MatchStar s -> new CapturePatternNode(null, store(s.name(), s));
            case Pattern.MatchAs a -> as(a, allowIrrefutable);
            case Pattern.MatchOr o -> or(o, allowIrrefutable);
        };
        return node.setRange(pattern.lineno(), pattern.colOffset(), pattern.endLineno(), pattern.endColOffset());
    }

    private PatternNode value(Pattern.MatchValue v) {
        Expr value = v.value();
        if (!(value instanceof Expr.Constant || value instanceof Expr.Attribute || value instanceof Expr.UnaryOp ||
                        value instanceof Expr.BinOp)) {
            throw errors.apply("patterns may only match literals and attribute lookups", v);
        }
        return new ValuePatternNode(values.apply(value));
    }

    private PatternNode as(Pattern.MatchAs a, boolean allowIrrefutable) {
        if (a.pattern() == null) {
            if (!allowIrrefutable) {
                throw errors.apply(a.name() != null ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable", a);
            }
            return new CapturePatternNode(null, store(a.name(), a));
        }
        PatternNode inner = translate(a.pattern(), allowIrrefutable);
        return new CapturePatternNode(inner, store(a.name(), a));
    }

    /** Records a name the pattern binds (null: the wildcard) and returns its capture index (-1 for none). */
    private int store(String name, Node where) {
        if (name == null) {
            return -1;
        }
        if (name.equals("__debug__")) {
            throw errors.apply("cannot assign to __debug__", where);
        }
        if (stores.contains(name)) {
            throw errors.apply("multiple assignments to name '" + name + "' in pattern", where);
        }
        stores.add(name);
        return captureIndex(name);
    }

    private int captureIndex(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            names.add(name);
            index = names.size() - 1;
        }
        return index;
    }

    private PatternNode or(Pattern.MatchOr o, boolean allowIrrefutable) {
        List<String> outer = stores;
        List<String> control = null;
        PatternNode[] alternatives = new PatternNode[o.patterns().size()];
        for (int i = 0; i < alternatives.length; i++) {
            stores = new ArrayList<>();
            alternatives[i] = translate(o.patterns().get(i), i == alternatives.length - 1 && allowIrrefutable);
            if (control == null) {
                control = stores;
            } else if (!new HashSet<>(control).equals(new HashSet<>(stores)) || control.size() != stores.size()) {
                throw errors.apply("alternative patterns bind different names", o);
            }
        }
        stores = outer;
        for (String name : control) {
            if (stores.contains(name)) {
                throw errors.apply("multiple assignments to name '" + name + "' in pattern", o);
            }
            stores.add(name);
        }
        return new OrPatternNode(alternatives);
    }

    private PatternNode sequence(Pattern.MatchSequence s) {
        int star = -1;
        boolean onlyWildcards = true;
        for (int i = 0; i < s.patterns().size(); i++) {
            Pattern p = s.patterns().get(i);
            if (p instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw errors.apply("multiple starred names in sequence pattern", s);
                }
                star = i;
            }
            onlyWildcards &= isWildcard(p);
        }
        boolean starWildcard = star >= 0 && ((Pattern.MatchStar) s.patterns().get(star)).name() == null;
        PatternNode[] patterns = new PatternNode[s.patterns().size()];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = translate(s.patterns().get(i), true);
        }
        return new SequencePatternNode(patterns, star, starWildcard, onlyWildcards);
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null ||
                        p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private PatternNode mapping(Pattern.MatchMapping m) {
        List<Object> seen = new ArrayList<>();
        ExpressionNode[] keys = new ExpressionNode[m.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            Expr key = m.keys().get(i);
            Object constant = foldedConstant(key);
            if (constant != null) {
                Object identity = keyIdentity(constant);
                if (identity != null) {
                    for (Object earlier : seen) {
                        if (sameKey(earlier, identity)) {
                            throw errors.apply("mapping pattern checks duplicate key (" + constantRepr(constant) + ")", m);
                        }
                    }
                    seen.add(identity);
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw errors.apply("mapping pattern keys may only match literals and attribute lookups", m);
            }
            keys[i] = values.apply(key);
        }
        PatternNode[] patterns = new PatternNode[m.patterns().size()];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = translate(m.patterns().get(i), true);
        }
        int rest = m.rest() == null ? -1 : store(m.rest(), m);
        return new MappingPatternNode(keys, patterns, rest);
    }

    private PatternNode classPattern(Pattern.MatchClass c) {
        List<String> attributes = c.kwdAttrs();
        for (int i = 0; i < attributes.size(); i++) {
            String name = attributes.get(i);
            if (name.equals("__debug__")) {
                throw errors.apply("cannot assign to __debug__", c.kwdPatterns().get(i));
            }
            for (int j = i + 1; j < attributes.size(); j++) {
                if (attributes.get(j).equals(name)) {
                    throw errors.apply("attribute name repeated in class pattern: " + name, c.kwdPatterns().get(j));
                }
            }
        }
        ExpressionNode cls = values.apply(c.cls());
        int positional = c.patterns().size();
        PatternNode[] patterns = new PatternNode[positional + attributes.size()];
        for (int i = 0; i < patterns.length; i++) {
            Pattern sub = i < positional ? c.patterns().get(i) : c.kwdPatterns().get(i - positional);
            patterns[i] = translate(sub, true);
        }
        return new ClassPatternNode(cls, patterns, positional, attributes.toArray(new String[0]));
    }

    /** The value of a literal key as CPython's optimizer folds it ({@code -1} included), or null. */
    private static Object foldedConstant(Expr key) {
        if (key instanceof Expr.Constant c) {
            return c.value();
        }
        if (key instanceof Expr.UnaryOp u && u.op() == dev.krait.ast.UnaryOp.USub && u.operand() instanceof Expr.Constant c) {
            return switch (c.value()) {
                case Long l when l != Long.MIN_VALUE -> -l;
                case Long l -> BigInteger.valueOf(l).negate();
                case BigInteger b -> b.negate();
                case Double d -> -d;
                case dev.krait.ast.Imaginary im -> new dev.krait.ast.Imaginary(-im.imag());
                default -> c.value();
            };
        }
        if (key instanceof Expr.BinOp b && foldedConstant(b.left()) instanceof Object left && foldedConstant(b.right()) instanceof dev.krait.ast.Imaginary im) {
            // a complex literal: real ± imaginary
            double real = left instanceof Long l ? l : left instanceof Double d ? d : left instanceof BigInteger big ? big.doubleValue() : 0.0;
            return new ComplexKey(real, b.op() == dev.krait.ast.Operator.Sub ? -im.imag() : im.imag());
        }
        if (key instanceof Expr.BinOp) {
            return key;
        }
        return null;
    }

    /** A complex literal key ({@code 1+2j}); a lone imaginary ({@code 2j}) is one with a zero real part. */
    private record ComplexKey(double real, double imag) {
    }

    /** What two literal keys compare by: numbers by value (True is 1), strings by text, None by itself. */
    private static Object keyIdentity(Object constant) {
        return switch (constant) {
            case Boolean b -> BigDecimal.valueOf(b ? 1 : 0);
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case Double d when Double.isFinite(d) -> new BigDecimal(d);
            case Double d -> d;
            case String s -> s;
            case dev.krait.ast.Imaginary im -> complexIdentity(0.0, im.imag());
            case ComplexKey c -> complexIdentity(c.real(), c.imag());
            default -> constant == ConstantValue.NONE ? constant : null;
        };
    }

    /** A complex number with a zero imaginary part is the same key as the real number (0j == 0). */
    private static Object complexIdentity(double real, double imag) {
        if (imag == 0.0) {
            return Double.isFinite(real) ? new BigDecimal(real) : (Object) real;
        }
        return java.util.List.of(keyIdentity(real), keyIdentity(imag));
    }

    private static boolean sameKey(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private static String constantRepr(Object constant) {
        return switch (constant) {
            case Boolean b -> b ? "True" : "False";
            case Double d -> FloatRepr.repr(d);
            case dev.krait.ast.Imaginary im -> dev.krait.runtime.numbers.ComplexOps.repr(0.0, im.imag());
            case ComplexKey c -> dev.krait.runtime.numbers.ComplexOps.repr(c.real(), c.imag());
            case String s -> StrRepr.repr(s);
            default -> constant == ConstantValue.NONE ? "None" : constant.toString();
        };
    }
}
