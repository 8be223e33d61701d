package dev.krait.ast;

/**
 * A syntax tree node with a source range. Lines are 1-based; columns are 0-based and counted in code points of the
 * line (CPython counts UTF-8 bytes; Krait's engines index strings by code point).
 */
public interface Node {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
