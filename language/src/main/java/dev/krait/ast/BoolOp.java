package dev.krait.ast;

public enum BoolOp {
    And, Or
}
