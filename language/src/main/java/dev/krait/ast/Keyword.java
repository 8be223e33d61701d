package dev.krait.ast;

/** A keyword argument in a call or class header; {@code arg} is null for {@code **value}. */
public record Keyword(String arg, Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                implements Node {
}
