package dev.krait.translator;

import dev.krait.ast.AstChildren;
import java.util.ArrayList;
import java.util.List;

import dev.krait.ast.CmpOp;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Imaginary;
import dev.krait.ast.Stmt;
import dev.krait.parser.SyntaxWarningNote;

/**
 * The SyntaxWarnings CPython's compiler gives about literals used where they cannot work: {@code x is 1},
 * {@code assert (x, "message")}, calling or subscripting a literal ({@code [1, 2] [3, 4]}: "perhaps you missed a
 * comma?"). Literals are what CPython's AST optimizer makes constants of: constants, signed numbers, tuples of them.
 */
final class LiteralWarnings {
    private final List<SyntaxWarningNote> found = new ArrayList<>();
    private final java.util.function.IntFunction<String> lineText;

    private LiteralWarnings(java.util.function.IntFunction<String> lineText) {
        this.lineText = lineText;
    }

    /** The warnings about {@code tree} (any AST node), in source order; {@code lineText} gives a line's text or null. */
    static List<SyntaxWarningNote> find(Object tree, java.util.function.IntFunction<String> lineText) {
        LiteralWarnings search = new LiteralWarnings(lineText);
        search.visit(tree);
        return search.found;
    }

    private void visit(Object node) {
        if (node instanceof List<?> list) {
            for (Object item : list) {
                visit(item);
            }
            return;
        }
        if (!(node instanceof Record record) || node instanceof Imaginary) {
            return;
        }
        check(node);
        for (Object child : AstChildren.of(record)) {
            visit(child);
        }
    }

    private void check(Object node) {
        switch (node) {
            case Expr.Compare compare -> checkIs(compare);
            case Stmt.Assert assertion when assertion.test() instanceof Expr.Tuple tuple && !tuple.elts().isEmpty() ->
                warn("assertion is always true, perhaps remove parentheses?", assertion.lineno(), assertion.colOffset(),
                                assertion.endLineno(), assertion.endColOffset());
            case Expr.Call call -> checkCaller(call.func());
            case Expr.Subscript subscript when subscript.ctx() == ExprContext.Load -> {
                checkSubscripter(subscript.value());
                checkIndex(subscript.value(), subscript.slice());
            }
            default -> {
            }
        }
    }

    /** CPython's check_compare: {@code is}/{@code is not} with a literal other than None, True, False, Ellipsis. */
    private void checkIs(Expr.Compare compare) {
        Expr left = compare.left();
        boolean leftOk = isIdentityOperand(left);
        for (int i = 0; i < compare.ops().size(); i++) {
            Expr right = compare.comparators().get(i);
            boolean rightOk = isIdentityOperand(right);
            CmpOp op = compare.ops().get(i);
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!leftOk || !rightOk)) {
                Expr literal = !leftOk ? left : right;
                String message = op == CmpOp.Is ? "\"is\" with '" + literalType(literal) + "' literal. Did you mean \"==\"?"
                                : "\"is not\" with '" + literalType(literal) + "' literal. Did you mean \"!=\"?";
                warn(message, compare.lineno(), compare.colOffset(), compare.endLineno(), compare.endColOffset());
                return;
            }
            leftOk = rightOk;
            left = right;
        }
    }

    private static boolean isIdentityOperand(Expr e) {
        if (!isLiteral(e)) {
            return true;
        }
        return e instanceof Expr.Constant c && (c.value() == ConstantValue.NONE || c.value() == ConstantValue.ELLIPSIS || c.value() instanceof Boolean);
    }

    /** CPython's check_caller. */
    private void checkCaller(Expr func) {
        boolean literalKind = switch (func) {
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.Dict d -> true;
            case Expr.DictComp d -> true;
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> isLiteral(func);
        };
        if (literalKind) {
            warn("'" + inferType(func) + "' object is not callable; perhaps you missed a comma?", func);
        }
    }

    /** CPython's check_subscripter. */
    private void checkSubscripter(Expr value) {
        boolean warn = switch (value) {
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> {
                if (!isLiteral(value) || value instanceof Expr.Tuple) {
                    yield false;
                }
                String type = literalType(value);
                yield type.equals("NoneType") || type.equals("ellipsis") || type.equals("int") || type.equals("bool") ||
                                type.equals("float") || type.equals("complex");
            }
        };
        if (warn) {
            warn("'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?", value);
        }
    }

    /** CPython's check_index: a sequence literal indexed by something that is certainly not an int or a slice. */
    private void checkIndex(Expr value, Expr index) {
        String indexType = inferType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        boolean sequence = switch (value) {
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            case Expr.Constant c -> c.value() instanceof String || c.value() instanceof byte[];
            default -> false;
        };
        if (sequence) {
            warn(inferType(value) + " indices must be integers or slices, not " + indexType + "; perhaps you missed a comma?", value);
        }
    }

    /** Whether CPython's AST optimizer makes a constant of {@code e}: a constant, a signed number, a tuple of those. */
    private static boolean isLiteral(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.UnaryOp u -> u.op() != dev.krait.ast.UnaryOp.Not && u.operand() instanceof Expr.Constant c &&
                            (c.value() instanceof Long || c.value() instanceof java.math.BigInteger || c.value() instanceof Double ||
                                            c.value() instanceof Imaginary || c.value() instanceof Boolean);
            case Expr.Tuple t -> t.ctx() == ExprContext.Load && t.elts().stream().allMatch(LiteralWarnings::isLiteral);
            default -> false;
        };
    }

    private static String literalType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.UnaryOp u -> {
                String operand = literalType(u.operand());
                yield operand.equals("bool") ? "int" : operand;
            }
            case Expr.Constant c -> switch (c.value()) {
                case ConstantValue v -> v == ConstantValue.NONE ? "NoneType" : "ellipsis";
                case Boolean b -> "bool";
                case Long l -> "int";
                case java.math.BigInteger b -> "int";
                case Double d -> "float";
                case Imaginary i -> "complex";
                case String s -> "str";
                case byte[] b -> "bytes";
                default -> "object";
            };
            default -> "object";
        };
    }

    /** CPython's infer_type: the type an expression certainly has, or null. */
    private static String inferType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> isLiteral(e) ? literalType(e) : null;
        };
    }

    private void warn(String message, Expr at) {
        warn(message, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private void warn(String message, int lineno, int colOffset, int endLineno, int endColOffset) {
        found.add(new SyntaxWarningNote(message, lineno, colOffset + 1, endLineno, endColOffset + 1, lineText.apply(lineno)));
    }
}
