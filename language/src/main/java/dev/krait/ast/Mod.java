package dev.krait.ast;

import java.util.List;

/** The root of a parse: a module, an interactive statement, or an expression for {@code eval}. */
public sealed interface Mod permits Mod.Module, Mod.Interactive, Mod.Expression {
    record Module(List<Stmt> body) implements Mod {
    }

    record Interactive(List<Stmt> body) implements Mod {
    }

    record Expression(Expr body) implements Mod {
    }
}
