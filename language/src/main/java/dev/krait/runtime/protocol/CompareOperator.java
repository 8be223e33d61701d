package dev.krait.runtime.protocol;

/** The six rich comparisons, each with its special method and the one CPython tries reflected. */
public enum CompareOperator {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__");

    public final String symbol;
    public final String method;

    CompareOperator(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    public CompareOperator reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Applies this operator to the result of a three-way comparison. */
    public boolean test(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
        };
    }
}
