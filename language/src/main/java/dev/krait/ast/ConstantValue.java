package dev.krait.ast;

/** The singleton constants {@code None} and {@code ...} as values of {@link Expr.Constant}. */
public enum ConstantValue {
    NONE, ELLIPSIS
}
