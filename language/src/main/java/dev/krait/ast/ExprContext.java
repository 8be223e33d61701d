package dev.krait.ast;

public enum ExprContext {
    Load, Store, Del
}
