package dev.krait.translator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
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
import dev.krait.runtime.objects.PNone;

/**
 * Turns one {@code case} pattern into {@link PatternNode}s. The symbol table has made CPython's compile-time checks
 * (dev.krait.symtable.PatternChecks). The names the pattern binds are collected in the order CPython stores them;
 * each capture writes to its name's index.
 */
final class PatternTranslator {
    private final Function<Expr, ExpressionNode> values;
    /** The names bound so far by the pattern (or the alternative) being translated, in store order. */
    private List<String> stores = new ArrayList<>();
    /** Every name the case binds, indexed as the captures are. */
    private final List<String> names = new ArrayList<>();

    PatternTranslator(Function<Expr, ExpressionNode> values) {
        this.values = values;
    }

    /** The names bound, in the order the case stores them (the capture indices follow {@link #captureNames}). */
    List<String> storeOrder() {
        return stores;
    }

    /** The names by capture index. */
    List<String> captureNames() {
        return names;
    }

    PatternNode translate(Pattern pattern) {
        PatternNode node = switch (pattern) {
            case Pattern.MatchValue v -> new ValuePatternNode(values.apply(v.value()));
            case Pattern.MatchSingleton s -> new SingletonPatternNode(s.value() == ConstantValue.NONE ? PNone.NONE : s.value());
            case Pattern.MatchSequence s -> sequence(s);
            case Pattern.MatchMapping m -> mapping(m);
            case Pattern.MatchClass c -> classPattern(c);
            case Pattern.MatchStar s -> new CapturePatternNode(null, store(s.name()));
            case Pattern.MatchAs a -> new CapturePatternNode(a.pattern() == null ? null : translate(a.pattern()), store(a.name()));
            case Pattern.MatchOr o -> or(o);
        };
        return node.setRange(pattern.lineno(), pattern.colOffset(), pattern.endLineno(), pattern.endColOffset());
    }

    /** Records a name the pattern binds (null: the wildcard) and returns its capture index (-1 for none). */
    private int store(String name) {
        if (name == null) {
            return -1;
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

    private PatternNode or(Pattern.MatchOr o) {
        List<String> outer = stores;
        List<String> control = null;
        PatternNode[] alternatives = new PatternNode[o.patterns().size()];
        for (int i = 0; i < alternatives.length; i++) {
            stores = new ArrayList<>();
            alternatives[i] = translate(o.patterns().get(i));
            if (control == null) {
                control = stores;
            }
        }
        stores = outer;
        stores.addAll(control);
        return new OrPatternNode(alternatives);
    }

    private PatternNode sequence(Pattern.MatchSequence s) {
        int star = -1;
        boolean onlyWildcards = true;
        for (int i = 0; i < s.patterns().size(); i++) {
            Pattern p = s.patterns().get(i);
            if (p instanceof Pattern.MatchStar) {
                star = i;
            }
            onlyWildcards &= isWildcard(p);
        }
        boolean starWildcard = star >= 0 && ((Pattern.MatchStar) s.patterns().get(star)).name() == null;
        PatternNode[] patterns = new PatternNode[s.patterns().size()];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = translate(s.patterns().get(i));
        }
        return new SequencePatternNode(patterns, star, starWildcard, onlyWildcards);
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null ||
                        p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private PatternNode mapping(Pattern.MatchMapping m) {
        ExpressionNode[] keys = new ExpressionNode[m.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = values.apply(m.keys().get(i));
        }
        PatternNode[] patterns = new PatternNode[m.patterns().size()];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = translate(m.patterns().get(i));
        }
        int rest = store(m.rest());
        return new MappingPatternNode(keys, patterns, rest);
    }

    private PatternNode classPattern(Pattern.MatchClass c) {
        List<String> attributes = c.kwdAttrs();
        ExpressionNode cls = values.apply(c.cls());
        int positional = c.patterns().size();
        PatternNode[] patterns = new PatternNode[positional + attributes.size()];
        for (int i = 0; i < patterns.length; i++) {
            Pattern sub = i < positional ? c.patterns().get(i) : c.kwdPatterns().get(i - positional);
            patterns[i] = translate(sub);
        }
        return new ClassPatternNode(cls, patterns, positional, attributes.toArray(new String[0]));
    }
}
