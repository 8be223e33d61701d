package dev.krait.ast;

/** A statement. Inside this file {@code Expr} means the nested expression-statement record, hence the full names. */
public sealed interface Stmt extends Node permits Stmt.FunctionDef, Stmt.AsyncFunctionDef, Stmt.ClassDef, Stmt.Return, Stmt.Delete, Stmt.Assign, Stmt.TypeAlias, Stmt.AugAssign, Stmt.AnnAssign, Stmt.For, Stmt.AsyncFor, Stmt.While, Stmt.If, Stmt.With, Stmt.AsyncWith, Stmt.Match, Stmt.Raise, Stmt.Try, Stmt.TryStar, Stmt.Assert, Stmt.Import, Stmt.ImportFrom, Stmt.Global, Stmt.Nonlocal, Stmt.Expr, Stmt.Pass, Stmt.Break, Stmt.Continue {

    /** Decorators in source order (the outermost, applied last, first). */
    record FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<dev.krait.ast.Expr> decoratorList, dev.krait.ast.Expr returns, java.util.List<TypeParam> typeParams, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<dev.krait.ast.Expr> decoratorList, dev.krait.ast.Expr returns, java.util.List<TypeParam> typeParams, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record ClassDef(String name, java.util.List<dev.krait.ast.Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<dev.krait.ast.Expr> decoratorList, java.util.List<TypeParam> typeParams, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Return(dev.krait.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Delete(java.util.List<dev.krait.ast.Expr> targets, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Assign(java.util.List<dev.krait.ast.Expr> targets, dev.krait.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record TypeAlias(dev.krait.ast.Expr name, java.util.List<TypeParam> typeParams, dev.krait.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record AugAssign(dev.krait.ast.Expr target, Operator op, dev.krait.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    /** {@code simple} is 1 when the target is a plain name not in parentheses. */
    record AnnAssign(dev.krait.ast.Expr target, dev.krait.ast.Expr annotation, dev.krait.ast.Expr value, int simple, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record For(dev.krait.ast.Expr target, dev.krait.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record AsyncFor(dev.krait.ast.Expr target, dev.krait.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record While(dev.krait.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record If(dev.krait.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record With(java.util.List<WithItem> items, java.util.List<Stmt> body, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Match(dev.krait.ast.Expr subject, java.util.List<MatchCase> cases, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Raise(dev.krait.ast.Expr exc, dev.krait.ast.Expr cause, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Assert(dev.krait.ast.Expr test, dev.krait.ast.Expr msg, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Import(java.util.List<Alias> names, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}; {@code level} counts the leading dots. */
    record ImportFrom(String module, java.util.List<Alias> names, int level, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Global(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Nonlocal(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Expr(dev.krait.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Pass(int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Break(int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }

    record Continue(int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Stmt {
    }
}
