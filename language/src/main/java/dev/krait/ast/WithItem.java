package dev.krait.ast;

public record WithItem(Expr contextExpr, Expr optionalVars) {
}
