package dev.krait.symtable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Node;
import dev.krait.ast.Pattern;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.text.StrRepr;

/**
 * The checks CPython's compiler makes on one {@code case} pattern, in the order it makes them: an irrefutable pattern
 * only where nothing follows it, no name bound twice (nor {@code __debug__}), alternatives binding the same names, one
 * star in a sequence, literal or attribute values and keys, no duplicate literal keys, no repeated keyword attribute.
 * The symbol table runs them, so both engines raise the same SyntaxError at the same place.
 */
final class PatternChecks {
    private final BiFunction<String, Node, PythonSyntaxError> errors;
    /** The names bound so far by the pattern (or the alternative) being checked. */
    private List<String> stores = new ArrayList<>();

    private PatternChecks(BiFunction<String, Node, PythonSyntaxError> errors) {
        this.errors = errors;
    }

    /** Throws the first error of {@code pattern}; {@code allowIrrefutable} when the case has a guard or is the last. */
    static void check(Pattern pattern, boolean allowIrrefutable, BiFunction<String, Node, PythonSyntaxError> errors) {
        new PatternChecks(errors).pattern(pattern, allowIrrefutable);
    }

    private void pattern(Pattern pattern, boolean allowIrrefutable) {
        switch (pattern) {
            case Pattern.MatchValue v -> value(v);
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> sequence(s);
            case Pattern.MatchMapping m -> mapping(m);
            case Pattern.MatchClass c -> classPattern(c);
            case Pattern.MatchStar s -> store(s.name(), s);
            case Pattern.MatchAs a -> as(a, allowIrrefutable);
            case Pattern.MatchOr o -> or(o, allowIrrefutable);
        }
    }

    private void value(Pattern.MatchValue v) {
        Expr value = v.value();
        if (!(value instanceof Expr.Constant || value instanceof Expr.Attribute || value instanceof Expr.UnaryOp ||
                        value instanceof Expr.BinOp)) {
            throw errors.apply("patterns may only match literals and attribute lookups", v);
        }
    }

    private void as(Pattern.MatchAs a, boolean allowIrrefutable) {
        if (a.pattern() == null) {
            if (!allowIrrefutable) {
                throw errors.apply(a.name() != null ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable", a);
            }
        } else {
            pattern(a.pattern(), allowIrrefutable);
        }
        store(a.name(), a);
    }

    /** A name the pattern binds (null: the wildcard). */
    private void store(String name, Node where) {
        if (name == null) {
            return;
        }
        if (name.equals("__debug__")) {
            throw errors.apply("cannot assign to __debug__", where);
        }
        if (stores.contains(name)) {
            throw errors.apply("multiple assignments to name '" + name + "' in pattern", where);
        }
        stores.add(name);
    }

    private void or(Pattern.MatchOr o, boolean allowIrrefutable) {
        List<String> outer = stores;
        List<String> control = null;
        int count = o.patterns().size();
        for (int i = 0; i < count; i++) {
            stores = new ArrayList<>();
            pattern(o.patterns().get(i), i == count - 1 && allowIrrefutable);
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
    }

    private void sequence(Pattern.MatchSequence s) {
        boolean starred = false;
        for (Pattern p : s.patterns()) {
            if (p instanceof Pattern.MatchStar) {
                if (starred) {
                    throw errors.apply("multiple starred names in sequence pattern", s);
                }
                starred = true;
            }
        }
        for (Pattern p : s.patterns()) {
            pattern(p, true);
        }
    }

    private void mapping(Pattern.MatchMapping m) {
        List<Object> seen = new ArrayList<>();
        for (Expr key : m.keys()) {
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
        }
        for (Pattern p : m.patterns()) {
            pattern(p, true);
        }
        store(m.rest(), m);
    }

    private void classPattern(Pattern.MatchClass c) {
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
        for (Pattern p : c.patterns()) {
            pattern(p, true);
        }
        for (Pattern p : c.kwdPatterns()) {
            pattern(p, true);
        }
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
