package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;

/** The binary operators on builtin operand types; {@code NotImplemented} for everything else. */
public final class BuiltinArithmetic {
    private BuiltinArithmetic() {
    }

    public static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof PInt;
    }

    public static boolean isSequence(Object value) {
        return value instanceof String || value instanceof PList || value instanceof PTuple;
    }

    /** Whether a builtin container is of the builtin type itself, not a subclass that may override its methods. */
    public static boolean isExact(Object value) {
        return ((dev.krait.runtime.objects.PythonObject) value).getPythonClass().isBuiltin();
    }

    /** An instance of a user subclass of a builtin container: its own special methods must be consulted first. */
    public static boolean isContainerSubclassInstance(Object value) {
        return (value instanceof PList || value instanceof PTuple || value instanceof PSet ||
                        value instanceof dev.krait.runtime.objects.PDict) && !isExact(value);
    }

    /** Values whose operators the fast path decides completely (NotImplemented there means unsupported). */
    public static boolean isDecidedByFastPath(Object value) {
        return isInt(value) || value instanceof Double || value instanceof String ||
                        (value instanceof PList || value instanceof PTuple) && isExact(value);
    }

    /** An int operand as {@code Long} or {@code PInt} (bools become 0 and 1). */
    public static Object asInt(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return value;
    }

    @TruffleBoundary
    public static Object binary(BinaryOperator op, Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            if (a instanceof Boolean x && b instanceof Boolean y) {
                switch (op) {
                    case AND:
                        return x & y;
                    case OR:
                        return x | y;
                    case XOR:
                        return x ^ y;
                    default:
                        break;
                }
            }
            return intBinary(op, asInt(a), asInt(b));
        }
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            return floatBinary(op, toDouble(a), toDouble(b));
        }
        if (op == BinaryOperator.MOD && a instanceof String format) {
            return StringFormatting.percent(format, b);
        }
        if (isSequence(a) || isSequence(b)) {
            return sequenceBinary(op, a, b);
        }
        if (a instanceof PSet x && b instanceof PSet y) {
            return SetOps.binary(op, x, y);
        }
        if (op == BinaryOperator.OR && a instanceof dev.krait.runtime.objects.PDict x && b instanceof dev.krait.runtime.objects.PDict y) {
            return MappingOps.merged(x, y);
        }
        return Singletons.NOT_IMPLEMENTED;
    }

    private static double toDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        return IntOps.toDouble(asInt(value));
    }

    private static Object intBinary(BinaryOperator op, Object a, Object b) {
        return switch (op) {
            case ADD -> IntOps.add(a, b);
            case SUB -> IntOps.sub(a, b);
            case MUL -> IntOps.mul(a, b);
            case TRUEDIV -> IntOps.trueDivide(a, b);
            case FLOORDIV -> IntOps.floorDiv(a, b);
            case MOD -> IntOps.mod(a, b);
            case POW -> IntOps.pow(a, b);
            case LSHIFT -> IntOps.lshift(a, b);
            case RSHIFT -> IntOps.rshift(a, b);
            case AND -> IntOps.and(a, b);
            case OR -> IntOps.or(a, b);
            case XOR -> IntOps.xor(a, b);
            case MATMUL -> Singletons.NOT_IMPLEMENTED;
        };
    }

    private static Object floatBinary(BinaryOperator op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case TRUEDIV -> FloatOps.trueDivide(a, b);
            case FLOORDIV -> FloatOps.floorDiv(a, b);
            case MOD -> FloatOps.mod(a, b);
            case POW -> PyNumber.floatPow(a, b);
            default -> Singletons.NOT_IMPLEMENTED;
        };
    }

    private static Object sequenceBinary(BinaryOperator op, Object a, Object b) {
        KraitContext context = KraitContext.get(null);
        if (op == BinaryOperator.ADD) {
            if (a instanceof String x && b instanceof String y) {
                return x.concat(y);
            }
            if (a instanceof PList x && b instanceof PList y) {
                Object[] items = new Object[x.size() + y.size()];
                System.arraycopy(x.storage(), 0, items, 0, x.size());
                System.arraycopy(y.storage(), 0, items, x.size(), y.size());
                return context.newList(items);
            }
            if (a instanceof PTuple x && b instanceof PTuple y) {
                // tuples are immutable: adding nothing gives the same tuple, as in CPython
                if (y.length() == 0 && isExact(x)) {
                    return x;
                }
                if (x.length() == 0 && isExact(y)) {
                    return y;
                }
                Object[] items = new Object[x.length() + y.length()];
                System.arraycopy(x.items(), 0, items, 0, x.length());
                System.arraycopy(y.items(), 0, items, x.length(), y.length());
                return context.newTuple(items);
            }
            return Singletons.NOT_IMPLEMENTED;
        }
        if (op == BinaryOperator.MUL) {
            if (isSequence(a) && isInt(b)) {
                return repeat(context, a, b);
            }
            if (isInt(a) && isSequence(b)) {
                return repeat(context, b, a);
            }
        }
        return Singletons.NOT_IMPLEMENTED;
    }

    private static Object repeat(KraitContext context, Object sequence, Object times) {
        long count = PyNumber.repeatCount(times);
        if (sequence instanceof String s) {
            return dev.krait.runtime.text.StrMethods.repeat(s, count);
        }
        if (count == 1 && sequence instanceof PTuple && isExact(sequence)) {
            return sequence;
        }
        Object[] items = sequence instanceof PList list ? list.toArray() : ((PTuple) sequence).items();
        // CPython's MemoryError when the items cannot be allocated (past sys.maxsize as well as past Java's arrays)
        if (items.length > 0 && count > (Integer.MAX_VALUE - 8) / items.length) {
            throw Errors.memoryError("");
        }
        Object[] result = new Object[(int) (items.length * count)];
        for (int i = 0; i < count && items.length > 0; i++) {
            System.arraycopy(items, 0, result, i * items.length, items.length);
        }
        return sequence instanceof PList ? context.newList(result) : context.newTuple(result);
    }
}
