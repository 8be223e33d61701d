package dev.krait.ast;

import java.util.List;

public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
}
