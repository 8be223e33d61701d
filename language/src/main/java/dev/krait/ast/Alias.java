package dev.krait.ast;

/** A name in an import; {@code name} may be dotted ({@code a.b}) or {@code *}. */
public record Alias(String name, String asname, int lineno, int colOffset, int endLineno, int endColOffset)
                implements Node {
}
