package dev.krait.ast;

public record Arg(String arg, Expr annotation, int lineno, int colOffset, int endLineno, int endColOffset)
                implements Node {
}
