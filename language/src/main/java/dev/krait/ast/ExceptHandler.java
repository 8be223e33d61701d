package dev.krait.ast;

import java.util.List;

/** One {@code except} clause; {@code type} and {@code name} are null for a bare {@code except:}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, int lineno, int colOffset, int endLineno,
                int endColOffset) implements Node {
}
