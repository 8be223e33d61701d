package dev.krait.ast;

/** An imaginary literal such as {@code 2j}: the value of an {@link Expr.Constant}. */
public record Imaginary(double imag) {
}
