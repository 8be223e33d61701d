package dev.krait.parser;

import java.util.List;

import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Imaginary;
import dev.krait.ast.Keyword;
import dev.krait.runtime.bytes.BytesMethods;
import dev.krait.runtime.numbers.ComplexOps;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.text.StrRepr;

/**
 * What an annotation becomes under {@code from __future__ import annotations} (PEP 563), for both engines: the
 * expression written back as text the way CPython's compiler does it ({@code _PyAST_ExprAsUnicode}): normalized
 * spacing, constants by their repr, parentheses only where precedence needs them.
 */
public final class AnnotationText {
    // binding strength, weakest first (CPython's ast_unparse precedences)
    private static final int TUPLE = 0;
    private static final int TEST = 1; // if-else, lambda
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private AnnotationText() {
    }

    public static String of(Expr annotation) {
        AnnotationText text = new AnnotationText();
        text.expr(annotation, TEST);
        return text.out.toString();
    }

    private void open(boolean needed) {
        if (needed) {
            out.append('(');
        }
    }

    private void close(boolean needed) {
        if (needed) {
            out.append(')');
        }
    }

    private void joined(List<Expr> items, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(items.get(i), level);
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> {
                int pr = b.op() == dev.krait.ast.BoolOp.And ? AND : OR;
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        out.append(pr == AND ? " and " : " or ");
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Expr.BinOp b -> {
                int pr = binaryPrecedence(b.op());
                int rightAssociative = b.op() == dev.krait.ast.Operator.Pow ? 1 : 0;
                open(level > pr);
                expr(b.left(), pr + rightAssociative);
                out.append(' ').append(binarySymbol(b.op())).append(' ');
                expr(b.right(), pr + 1 - rightAssociative);
                close(level > pr);
            }
            case Expr.UnaryOp u -> {
                int pr = u.op() == dev.krait.ast.UnaryOp.Not ? NOT : FACTOR;
                open(level > pr);
                out.append(switch (u.op()) {
                    case Invert -> "~";
                    case Not -> "not ";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(u.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda l -> {
                open(level > TEST);
                out.append("lambda");
                if (hasParameters(l.args())) {
                    out.append(' ');
                    parameters(l.args());
                }
                out.append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case Expr.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                out.append(" if ");
                expr(i.test(), TEST + 1);
                out.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Expr.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    if (d.keys().get(i) == null) {
                        out.append("**");
                        expr(d.values().get(i), BOR);
                    } else {
                        expr(d.keys().get(i), TEST);
                        out.append(": ");
                        expr(d.values().get(i), TEST);
                    }
                }
                out.append('}');
            }
            case Expr.Set s -> {
                out.append('{');
                joined(s.elts(), TEST);
                out.append('}');
            }
            case Expr.ListComp c -> comprehension("[", c.elt(), null, c.generators(), "]");
            case Expr.SetComp c -> comprehension("{", c.elt(), null, c.generators(), "}");
            case Expr.DictComp c -> comprehension("{", c.key(), c.value(), c.generators(), "}");
            case Expr.GeneratorExp g -> comprehension("(", g.elt(), null, g.generators(), ")");
            case Expr.Await a -> {
                open(level > AWAIT);
                out.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Expr.Yield y -> {
                out.append(y.value() == null ? "(yield" : "(yield ");
                if (y.value() != null) {
                    expr(y.value(), TEST);
                }
                out.append(')');
            }
            case Expr.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), TEST);
                out.append(')');
            }
            case Expr.NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                out.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
            case Expr.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(' ').append(compareSymbol(c.ops().get(i))).append(' ');
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Expr.Call c -> call(c);
            case Expr.Constant c -> constant(c);
            case Expr.JoinedStr j -> {
                StringBuilder body = new StringBuilder();
                fstringBody(j.values(), body);
                out.append('f').append(StrRepr.repr(body.toString()));
            }
            case Expr.FormattedValue v -> {
                StringBuilder body = new StringBuilder();
                formattedValue(v, body);
                out.append('f').append(StrRepr.repr(body.toString()));
            }
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                // "1.real" would read as a float
                boolean integer = a.value() instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof java.math.BigInteger);
                out.append(integer ? " ." : ".").append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), ATOM);
                out.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    joined(t.elts(), TEST);
                    if (t.elts().size() == 1) {
                        out.append(',');
                    }
                } else {
                    expr(s.slice(), TUPLE);
                }
                out.append(']');
            }
            case Expr.Starred s -> {
                out.append('*');
                expr(s.value(), BOR);
            }
            case Expr.Name n -> out.append(n.id());
            case Expr.List l -> {
                out.append('[');
                joined(l.elts(), TEST);
                out.append(']');
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    out.append("()");
                    return;
                }
                open(level > TUPLE);
                joined(t.elts(), TEST);
                if (t.elts().size() == 1) {
                    out.append(',');
                }
                close(level > TUPLE);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                out.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), TEST);
                }
            }
        }
    }

    private void comprehension(String opening, Expr elt, Expr value, List<Comprehension> generators, String closing) {
        out.append(opening);
        expr(elt, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Comprehension g : generators) {
            out.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr condition : g.ifs()) {
                out.append(" if ");
                expr(condition, TEST + 1);
            }
        }
        out.append(closing);
    }

    private void call(Expr.Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(g, TEST); // f(x for x in y): the call's parentheses are the generator's
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr arg : c.args()) {
            out.append(first ? "" : ", ");
            first = false;
            expr(arg, TEST);
        }
        for (Keyword k : c.keywords()) {
            out.append(first ? "" : ", ");
            first = false;
            if (k.arg() == null) {
                out.append("**");
                expr(k.value(), BOR);
            } else {
                out.append(k.arg()).append('=');
                expr(k.value(), TEST);
            }
        }
        out.append(')');
    }

    private static boolean hasParameters(Arguments a) {
        return !a.posonlyargs().isEmpty() || !a.args().isEmpty() || a.vararg() != null || !a.kwonlyargs().isEmpty() || a.kwarg() != null;
    }

    private void parameters(Arguments a) {
        boolean first = true;
        int positional = a.posonlyargs().size() + a.args().size();
        int defaultsFrom = positional - a.defaults().size();
        for (int i = 0; i < positional; i++) {
            out.append(first ? "" : ", ");
            first = false;
            Arg arg = i < a.posonlyargs().size() ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            out.append(arg.arg());
            if (i >= defaultsFrom) {
                out.append('=');
                expr(a.defaults().get(i - defaultsFrom), TEST);
            }
            if (i == a.posonlyargs().size() - 1) {
                out.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            out.append(first ? "*" : ", *");
            first = false;
            if (a.vararg() != null) {
                out.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            out.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                out.append('=');
                expr(d, TEST);
            }
        }
        if (a.kwarg() != null) {
            out.append(first ? "**" : ", **").append(a.kwarg().arg());
        }
    }

    private void constant(Expr.Constant c) {
        if (c.value() == ConstantValue.ELLIPSIS) {
            out.append("...");
            return;
        }
        if ("u".equals(c.kind())) {
            out.append('u');
        }
        out.append(switch (c.value()) {
            case ConstantValue v -> "None";
            case Boolean b -> b ? "True" : "False";
            // an infinity is written as a literal that overflows to it
            case Double d -> FloatRepr.repr(d).replace("inf", "1e309");
            case Imaginary im -> ComplexOps.repr(0.0, im.imag()).replace("inf", "1e309");
            case String s -> StrRepr.repr(s);
            case byte[] bytes -> BytesMethods.repr(bytes, bytes.length);
            default -> c.value().toString();
        });
    }

    /** An f-string's text between its quotes: literal parts with braces doubled, replacement fields unparsed. */
    private static void fstringBody(List<Expr> values, StringBuilder body) {
        for (Expr part : values) {
            if (part instanceof Expr.Constant c && c.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (part instanceof Expr.FormattedValue v) {
                formattedValue(v, body);
            } else if (part instanceof Expr.JoinedStr j) {
                fstringBody(j.values(), body);
            }
        }
    }

    private static void formattedValue(Expr.FormattedValue v, StringBuilder body) {
        AnnotationText inner = new AnnotationText();
        inner.expr(v.value(), TEST + 1);
        String text = inner.out.toString();
        body.append(text.startsWith("{") ? "{ " : "{").append(text);
        if (v.conversion() > 0) {
            body.append('!').append((char) v.conversion());
        }
        if (v.formatSpec() != null) {
            body.append(':');
            if (v.formatSpec() instanceof Expr.JoinedStr spec) {
                fstringBody(spec.values(), body);
            } else {
                fstringBody(List.of(v.formatSpec()), body);
            }
        }
        body.append('}');
    }

    private static int binaryPrecedence(dev.krait.ast.Operator op) {
        return switch (op) {
            case Add, Sub -> ARITH;
            case Mult, MatMult, Div, FloorDiv, Mod -> TERM;
            case LShift, RShift -> SHIFT;
            case BitOr -> BOR;
            case BitXor -> BXOR;
            case BitAnd -> BAND;
            case Pow -> POWER;
        };
    }

    private static String binarySymbol(dev.krait.ast.Operator op) {
        return switch (op) {
            case Add -> "+";
            case Sub -> "-";
            case Mult -> "*";
            case MatMult -> "@";
            case Div -> "/";
            case FloorDiv -> "//";
            case Mod -> "%";
            case LShift -> "<<";
            case RShift -> ">>";
            case BitOr -> "|";
            case BitXor -> "^";
            case BitAnd -> "&";
            case Pow -> "**";
        };
    }

    private static String compareSymbol(CmpOp op) {
        return switch (op) {
            case Eq -> "==";
            case NotEq -> "!=";
            case Lt -> "<";
            case LtE -> "<=";
            case Gt -> ">";
            case GtE -> ">=";
            case Is -> "is";
            case IsNot -> "is not";
            case In -> "in";
            case NotIn -> "not in";
        };
    }
}
