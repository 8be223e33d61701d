package dev.krait.ast;

public enum UnaryOp {
    Invert, Not, UAdd, USub
}
