package dev.krait.runtime.protocol;

/** The binary operators, with the special methods CPython tries for each. */
public enum BinaryOperator {
    ADD("+", "__add__", "__radd__", "__iadd__"),
    SUB("-", "__sub__", "__rsub__", "__isub__"),
    MUL("*", "__mul__", "__rmul__", "__imul__"),
    MATMUL("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    TRUEDIV("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    FLOORDIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    MOD("%", "__mod__", "__rmod__", "__imod__"),
    POW("**", "__pow__", "__rpow__", "__ipow__"),
    LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
    AND("&", "__and__", "__rand__", "__iand__"),
    OR("|", "__or__", "__ror__", "__ior__"),
    XOR("^", "__xor__", "__rxor__", "__ixor__");

    public final String symbol;
    public final String method;
    public final String reflected;
    public final String inplace;

    BinaryOperator(String symbol, String method, String reflected, String inplace) {
        this.symbol = symbol;
        this.method = method;
        this.reflected = reflected;
        this.inplace = inplace;
    }

    public static BinaryOperator of(dev.krait.ast.Operator op) {
        return switch (op) {
            case Add -> ADD;
            case Sub -> SUB;
            case Mult -> MUL;
            case MatMult -> MATMUL;
            case Div -> TRUEDIV;
            case FloorDiv -> FLOORDIV;
            case Mod -> MOD;
            case Pow -> POW;
            case LShift -> LSHIFT;
            case RShift -> RSHIFT;
            case BitAnd -> AND;
            case BitOr -> OR;
            case BitXor -> XOR;
        };
    }
}
