package dev.krait.ast;

/** An expression. Inside this file {@code List} means the nested list display record, hence java.util.List. */
public sealed interface Expr extends Node permits Expr.BoolOp, Expr.NamedExpr, Expr.BinOp, Expr.UnaryOp, Expr.Lambda, Expr.IfExp, Expr.Dict, Expr.Set, Expr.ListComp, Expr.SetComp, Expr.DictComp, Expr.GeneratorExp, Expr.Await, Expr.Yield, Expr.YieldFrom, Expr.Compare, Expr.Call, Expr.FormattedValue, Expr.JoinedStr, Expr.Constant, Expr.Attribute, Expr.Subscript, Expr.Starred, Expr.Name, Expr.List, Expr.Tuple, Expr.Slice {

    record BoolOp(dev.krait.ast.BoolOp op, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record NamedExpr(Expr target, Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record UnaryOp(dev.krait.ast.UnaryOp op, Expr operand, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Lambda(Arguments args, Expr body, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    /** {@code keys} holds null where the entry is a {@code **value} unpacking. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Set(java.util.List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Await(Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    /** One {@code {...}} of an f-string; {@code conversion} is -1, 's', 'r' or 'a'; {@code formatSpec} a JoinedStr or null. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    /** An f-string: Constant(String) parts and FormattedValue parts, adjacent literals already merged. */
    record JoinedStr(java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    /**
     * {@code value} is a {@link ConstantValue}, Boolean, Long, BigInteger (ints beyond long), Double, String, byte[] or
     * {@link Imaginary}; {@code kind} is "u" for a u-prefixed string, else null.
     */
    record Constant(Object value, String kind, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Starred(Expr value, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Name(String id, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record List(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }

    record Slice(Expr lower, Expr upper, Expr step, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements Expr {
    }
}
