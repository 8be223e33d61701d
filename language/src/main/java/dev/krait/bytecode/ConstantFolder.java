package dev.krait.bytecode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.krait.ast.CmpOp;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Operator;

/**
 * CPython's AST optimizer as far as it changes what the compiler emits: operators on constants are computed (within
 * the same size limits, and never when the operation would raise), tuples of constants become one constant, and a
 * list or set literal that is only iterated or tested with {@code in} becomes a tuple or frozenset. The result's
 * constants are in {@link Constants}' form.
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;

    private ConstantFolder() {
    }

    /** The expression with constant parts computed: a Constant when the whole expression is one. */
    static Expr fold(Expr e, int optimize) {
        try {
            return switch (e) {
                case Expr.BinOp b -> foldBinOp(b, optimize);
                case Expr.UnaryOp un -> foldUnary(un, optimize);
                case Expr.Tuple t when t.ctx() == ExprContext.Load -> foldTuple(t, optimize);
                case Expr.Compare c -> foldCompare(c, optimize);
                case Expr.Subscript s when s.ctx() == ExprContext.Load -> foldSubscript(s, optimize);
                case Expr.Name n when n.id().equals("__debug__") && n.ctx() == ExprContext.Load ->
                    constant(optimize == 0, e);
                default -> e;
            };
        } catch (ArithmeticException | ClassCastException ex) {
            return e;
        }
    }

    /** The value of an expression that folds to a constant, in {@link Constants}' form, or null. */
    static Object constantOf(Expr e, int optimize) {
        Expr f = fold(e, optimize);
        return f instanceof Expr.Constant c ? Constants.fromAst(c.value()) : null;
    }

    /** The iterable of a {@code for} or {@code in}: a list display becomes a tuple, a set display a frozenset. */
    static Expr foldIter(Expr e, int optimize) {
        if (e instanceof Expr.List l && l.ctx() == ExprContext.Load) {
            Expr.Tuple t = new Expr.Tuple(l.elts(), ExprContext.Load, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            return fold(t, optimize);
        }
        if (e instanceof Expr.Set s) {
            List<Object> items = constants(s.elts(), optimize);
            if (items != null) {
                return constant(new Constants.FrozenSet(items), e);
            }
        }
        return fold(e, optimize);
    }

    private static List<Object> constants(List<Expr> elts, int optimize) {
        List<Object> items = new ArrayList<>();
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return null;
            }
            Object c = constantOf(x, optimize);
            if (c == null) {
                return null;
            }
            items.add(c);
        }
        return items;
    }

    private static Expr.Constant constant(Object value, Expr at) {
        return new Expr.Constant(value, null, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private static Expr foldTuple(Expr.Tuple t, int optimize) {
        List<Object> items = constants(t.elts(), optimize);
        return items == null ? t : constant(new Constants.Tuple(items), t);
    }

    private static Expr foldCompare(Expr.Compare c, int optimize) {
        int last = c.ops().size() - 1;
        CmpOp op = c.ops().get(last);
        if (op != CmpOp.In && op != CmpOp.NotIn) {
            return c;
        }
        Expr right = c.comparators().get(last);
        Expr folded = foldIter(right, optimize);
        if (folded == right) {
            if (right instanceof Expr.List) {
                folded = right;
            } else {
                return c;
            }
        }
        if (right instanceof Expr.List l && !(folded instanceof Expr.Constant)) {
            folded = new Expr.Tuple(l.elts(), ExprContext.Load, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
        }
        List<Expr> comparators = new ArrayList<>(c.comparators());
        comparators.set(last, folded);
        return new Expr.Compare(c.left(), c.ops(), comparators, c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
    }

    private static Expr foldSubscript(Expr.Subscript s, int optimize) {
        Object value = constantOf(s.value(), optimize);
        Object index = s.slice() instanceof Expr.Slice ? null : constantOf(s.slice(), optimize);
        if (value == null || index == null) {
            return s;
        }
        long i;
        if (index instanceof Long l) {
            i = l;
        } else if (index instanceof Boolean b) {
            i = b ? 1 : 0;
        } else {
            return s;
        }
        Object result = switch (value) {
            case String str -> {
                int n = str.codePointCount(0, str.length());
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) {
                    yield null;
                }
                int at = str.offsetByCodePoints(0, (int) k);
                yield new String(Character.toChars(str.codePointAt(at)));
            }
            case Constants.Tuple t -> {
                long k = i < 0 ? i + t.items().size() : i;
                yield k < 0 || k >= t.items().size() ? null : t.items().get((int) k);
            }
            case Constants.Bytes b -> {
                long k = i < 0 ? i + b.value().length : i;
                yield k < 0 || k >= b.value().length ? null : (Object) (long) (b.value()[(int) k] & 0xFF);
            }
            default -> null;
        };
        return result == null ? s : constant(result, s);
    }

    private static Expr foldUnary(Expr.UnaryOp un, int optimize) {
        Object v = constantOf(un.operand(), optimize);
        if (v == null) {
            return un;
        }
        Object result = switch (un.op()) {
            case Not -> !Constants.isTrue(v);
            case USub -> switch (v) {
                case Long l -> l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l);
                case BigInteger b -> Constants.normalize(b.negate());
                case Boolean b -> (long) (b ? -1 : 0);
                case Double d -> -d;
                case Constants.Complex x -> new Constants.Complex(-x.real(), -x.imag());
                default -> null;
            };
            case UAdd -> switch (v) {
                case Long l -> l;
                case BigInteger b -> b;
                case Boolean b -> (long) (b ? 1 : 0);
                case Double d -> d;
                case Constants.Complex x -> x;
                default -> null;
            };
            case Invert -> switch (v) {
                // CPython folds it too (its DeprecationWarning comes from compile(), which runs no bytecode here)
                case Boolean b -> (long) ~(b ? 1 : 0);
                case Long l -> ~l;
                case BigInteger b -> Constants.normalize(b.not());
                default -> null;
            };
        };
        return result == null ? un : constant(result, un);
    }

    private static BigInteger bigOf(Object v) {
        return switch (v) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> null;
        };
    }

    private static Double doubleOf(Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> (double) l;
            case BigInteger b -> b.doubleValue();
            case Boolean b -> b ? 1.0 : 0.0;
            default -> null;
        };
    }

    private static Expr foldBinOp(Expr.BinOp b, int optimize) {
        if (b.op() == Operator.Mod && b.left() instanceof Expr.Constant c && c.value() instanceof String format &&
                        b.right() instanceof Expr.Tuple t && t.ctx() == ExprContext.Load && constantOf(t, optimize) == null &&
                        t.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            Expr joined = percentFormat(b, format, t.elts());
            if (joined != null) {
                return joined;
            }
        }
        Object l = constantOf(b.left(), optimize);
        if (l == null) {
            return b;
        }
        Object r = constantOf(b.right(), optimize);
        if (r == null) {
            return b;
        }
        Object result = binary(b.op(), l, r);
        return result == null ? b : constant(result, b);
    }

    /**
     * {@code "%s, %r" % (a, b)} as the f-string {@code f"{a!s}, {b!r}"}: done when every conversion is %s, %r or %a
     * (with an optional left-justify flag, width and precision) and the arguments match in number.
     */
    private static Expr percentFormat(Expr.BinOp node, String format, List<Expr> args) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int pos = 0;
        int used = 0;
        int n = format.length();
        while (true) {
            while (pos < n) {
                char ch = format.charAt(pos);
                if (ch == '%') {
                    if (pos + 1 < n && format.charAt(pos + 1) == '%') {
                        literal.append('%');
                        pos += 2;
                        continue;
                    }
                    break;
                }
                literal.append(ch);
                pos++;
            }
            if (literal.length() > 0) {
                parts.add(new Expr.Constant(literal.toString(), null, -1, -1, -1, -1));
                literal.setLength(0);
            }
            if (pos >= n) {
                break;
            }
            if (used >= args.size()) {
                return null;
            }
            pos++;
            // flags, width, precision, conversion
            boolean leftJustify = false;
            if (pos >= n) {
                return null;
            }
            char ch = format.charAt(pos++);
            while (ch == '-') {
                leftJustify = true;
                if (pos >= n) {
                    return null;
                }
                ch = format.charAt(pos++);
            }
            if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
                return null;
            }
            long width = -1;
            if (ch >= '0' && ch <= '9') {
                width = 0;
                while (ch >= '0' && ch <= '9') {
                    width = width * 10 + (ch - '0');
                    if (pos >= n || width > Integer.MAX_VALUE / 10) {
                        return null;
                    }
                    ch = format.charAt(pos++);
                }
            }
            long precision = -1;
            if (ch == '.') {
                if (pos >= n) {
                    return null;
                }
                ch = format.charAt(pos++);
                precision = 0;
                while (ch >= '0' && ch <= '9') {
                    precision = precision * 10 + (ch - '0');
                    if (pos >= n || precision > Integer.MAX_VALUE / 10) {
                        return null;
                    }
                    ch = format.charAt(pos++);
                }
            }
            if (ch != 's' && ch != 'r' && ch != 'a') {
                return null;
            }
            StringBuilder spec = new StringBuilder();
            if (!leftJustify && width >= 0) {
                spec.append('>');
            }
            if (width >= 0) {
                spec.append(width);
            }
            if (precision >= 0) {
                spec.append('.').append(precision);
            }
            Expr arg = args.get(used++);
            Expr specExpr = spec.length() == 0 ? null : new Expr.Constant(spec.toString(), null, -1, -1, -1, -1);
            parts.add(new Expr.FormattedValue(arg, ch, specExpr, arg.lineno(), arg.colOffset(), arg.endLineno(), arg.endColOffset()));
        }
        if (used < args.size()) {
            return null;
        }
        return new Expr.JoinedStr(parts, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    private static Object binary(Operator op, Object l, Object r) {
        if (l instanceof Boolean a && r instanceof Boolean c) {
            switch (op) {
                case BitAnd -> {
                    return a & c;
                }
                case BitOr -> {
                    return a | c;
                }
                case BitXor -> {
                    return a ^ c;
                }
                default -> {
                }
            }
        }
        BigInteger li = bigOf(l);
        BigInteger ri = bigOf(r);
        if (li != null && ri != null) {
            return integer(op, li, ri);
        }
        if (l instanceof Constants.Complex || r instanceof Constants.Complex) {
            Constants.Complex a = complexOf(l);
            Constants.Complex c = complexOf(r);
            if (a == null || c == null) {
                return null;
            }
            return switch (op) {
                case Add -> new Constants.Complex(a.real() + c.real(), a.imag() + c.imag());
                case Sub -> new Constants.Complex(a.real() - c.real(), a.imag() - c.imag());
                case Mult -> product(a, c);
                case Div -> c.real() == 0.0 && c.imag() == 0.0 ? null : quotient(a, c);
                case Pow -> integerPower(a, c);
                default -> null;
            };
        }
        Double ld = doubleOf(l);
        Double rd = doubleOf(r);
        if (ld != null && rd != null) {
            return floating(op, ld, rd);
        }
        if (op == Operator.Add) {
            if (l instanceof String a && r instanceof String c) {
                return a + c;
            }
            if (l instanceof Constants.Bytes a && r instanceof Constants.Bytes c) {
                byte[] joined = new byte[a.value().length + c.value().length];
                System.arraycopy(a.value(), 0, joined, 0, a.value().length);
                System.arraycopy(c.value(), 0, joined, a.value().length, c.value().length);
                return new Constants.Bytes(joined);
            }
            if (l instanceof Constants.Tuple a && r instanceof Constants.Tuple c) {
                List<Object> items = new ArrayList<>(a.items());
                items.addAll(c.items());
                return new Constants.Tuple(items);
            }
        }
        if (op == Operator.Mult) {
            if (li != null) {
                return repeat(r, li);
            }
            if (ri != null) {
                return repeat(l, ri);
            }
        }
        return null;
    }

    private static Constants.Complex product(Constants.Complex a, Constants.Complex b) {
        return new Constants.Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** Complex division as CPython computes it (scaling by the larger part of the divisor). */
    private static Constants.Complex quotient(Constants.Complex a, Constants.Complex b) {
        double absReal = Math.abs(b.real());
        double absImag = Math.abs(b.imag());
        if (absReal >= absImag) {
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new Constants.Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new Constants.Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return null;
    }

    /** A complex power with a small integral exponent, by repeated squaring as CPython does; others are not folded. */
    private static Constants.Complex integerPower(Constants.Complex base, Constants.Complex exponent) {
        if (exponent.imag() != 0.0 || exponent.real() != Math.floor(exponent.real()) || Math.abs(exponent.real()) > 100.0) {
            return null;
        }
        long n = (long) exponent.real();
        if (n < 0 && base.real() == 0.0 && base.imag() == 0.0) {
            return null;
        }
        long m = Math.abs(n);
        Constants.Complex r = new Constants.Complex(1.0, 0.0);
        Constants.Complex p = base;
        long mask = 1;
        while (mask > 0 && m >= mask) {
            if ((m & mask) != 0) {
                r = product(r, p);
            }
            mask <<= 1;
            p = product(p, p);
        }
        return n >= 0 ? r : quotient(new Constants.Complex(1.0, 0.0), r);
    }

    private static Constants.Complex complexOf(Object v) {
        if (v instanceof Constants.Complex c) {
            return c;
        }
        Double d = doubleOf(v);
        return d == null ? null : new Constants.Complex(d, 0.0);
    }

    private static Object repeat(Object seq, BigInteger times) {
        boolean empty = switch (seq) {
            case String str -> str.isEmpty();
            case Constants.Bytes b -> b.value().length == 0;
            case Constants.Tuple t -> t.items().isEmpty();
            default -> false;
        };
        // CPython limits non-empty results (a negative count is not folded); an empty one only needs an index-sized count
        if (times.bitLength() > 63 || !empty && (times.signum() < 0 || times.bitLength() > 31)) {
            return null;
        }
        int n = empty ? 0 : times.intValue();
        switch (seq) {
            case String s -> {
                int len = s.codePointCount(0, s.length());
                if (len > 0 && (long) n * len > MAX_STR_SIZE) {
                    return null;
                }
                return s.repeat(n);
            }
            case Constants.Bytes b -> {
                if (b.value().length > 0 && (long) n * b.value().length > MAX_STR_SIZE) {
                    return null;
                }
                byte[] out = new byte[b.value().length * n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(b.value(), 0, out, i * b.value().length, b.value().length);
                }
                return new Constants.Bytes(out);
            }
            case Constants.Tuple t -> {
                if (!t.items().isEmpty() && (long) n * t.items().size() > MAX_COLLECTION_SIZE) {
                    return null;
                }
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.addAll(t.items());
                }
                return new Constants.Tuple(items);
            }
            default -> {
                return null;
            }
        }
    }

    private static Object integer(Operator op, BigInteger a, BigInteger b) {
        BigInteger result = switch (op) {
            case Add -> a.add(b);
            case Sub -> a.subtract(b);
            case Mult -> {
                if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) {
                    yield null;
                }
                yield a.multiply(b);
            }
            case FloorDiv -> {
                if (b.signum() == 0) {
                    yield null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                yield qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
            }
            case Mod -> {
                if (b.signum() == 0) {
                    yield null;
                }
                BigInteger m = a.mod(b.abs());
                yield b.signum() < 0 && m.signum() != 0 ? m.add(b) : m;
            }
            case Pow -> {
                if (b.signum() < 0) {
                    yield null;
                }
                if (a.signum() != 0 && b.signum() > 0 && (long) a.bitLength() * b.longValue() > MAX_INT_SIZE) {
                    yield null;
                }
                yield a.pow(b.intValueExact());
            }
            case LShift -> {
                if (b.signum() < 0) {
                    yield null;
                }
                if (a.signum() != 0 && (b.bitLength() > 16 || a.bitLength() + b.intValue() > MAX_INT_SIZE)) {
                    yield null;
                }
                yield a.shiftLeft(b.intValue());
            }
            case RShift -> {
                if (b.signum() < 0) {
                    yield null;
                }
                yield b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO) : a.shiftRight(b.intValue());
            }
            case BitAnd -> a.and(b);
            case BitOr -> a.or(b);
            case BitXor -> a.xor(b);
            case Div -> {
                if (b.signum() == 0) {
                    yield null;
                }
                yield null;
            }
            case MatMult -> null;
        };
        if (op == Operator.Div && b.signum() != 0) {
            if (a.bitLength() > 53 || b.bitLength() > 53) {
                return null;
            }
            return a.doubleValue() / b.doubleValue();
        }
        if (op == Operator.Pow && b.signum() < 0 && a.signum() != 0 && a.bitLength() <= 53) {
            return Math.pow(a.doubleValue(), b.doubleValue());
        }
        return result == null ? null : Constants.normalize(result);
    }

    private static Object floating(Operator op, double a, double b) {
        return switch (op) {
            case Add -> a + b;
            case Sub -> a - b;
            case Mult -> a * b;
            case Div -> b == 0.0 ? null : a / b;
            case FloorDiv -> b == 0.0 ? null : floorDiv(a, b);
            case Mod -> b == 0.0 ? null : floorMod(a, b);
            case Pow -> {
                if (a == 0.0 && b < 0 || a < 0 && b != Math.rint(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
                    yield null;
                }
                double p = Math.pow(a, b);
                yield Double.isInfinite(p) ? null : p;
            }
            default -> null;
        };
    }

    private static double floorMod(double a, double b) {
        double mod = a % b;
        if (mod != 0.0) {
            if (b < 0 != mod < 0) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    private static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0 && b < 0 != mod < 0) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }
}
