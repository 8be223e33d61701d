package dev.krait.ast;

import java.util.List;

/** A {@code case} pattern of a {@code match} statement. */
public sealed interface Pattern extends Node permits Pattern.MatchValue, Pattern.MatchSingleton, Pattern.MatchSequence,
                Pattern.MatchMapping, Pattern.MatchClass, Pattern.MatchStar, Pattern.MatchAs, Pattern.MatchOr {

    record MatchValue(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code value} is {@link ConstantValue#NONE}, {@link Boolean#TRUE} or {@link Boolean#FALSE}. */
    record MatchSingleton(Object value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    record MatchSequence(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Pattern {
    }

    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, int lineno, int colOffset, int endLineno,
                    int endColOffset) implements Pattern {
    }

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, int lineno,
                    int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code *name} in a sequence pattern; {@code name} is null for {@code *_}. */
    record MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code pattern as name}, a capture ({@code pattern} null) or the wildcard {@code _} (both null). */
    record MatchAs(Pattern pattern, String name, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Pattern {
    }

    record MatchOr(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Pattern {
    }
}
