package dev.krait.runtime.protocol;

import dev.krait.runtime.objects.PBoxedValue;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;

/**
 * {@code PyNumber_Add} and friends, the generic way: builtin operand types first, then the operands' special
 * methods with CPython's rules (the right operand's reflected method first when its type is a subclass of the left's
 * and overrides it; {@code NotImplemented} passes the turn).
 */
public final class PyNumber {
    private PyNumber() {
    }

    @TruffleBoundary
    public static Object binaryOp(BinaryOperator op, Object a, Object b) {
        boolean subclassOperand = BuiltinArithmetic.isContainerSubclassInstance(a) || BuiltinArithmetic.isContainerSubclassInstance(b);
        Object result = subclassOperand ? Singletons.NOT_IMPLEMENTED : BuiltinArithmetic.binary(op, a, b);
        if (result != Singletons.NOT_IMPLEMENTED) {
            return result;
        }
        result = binaryViaSpecialMethods(op, a, b);
        if (result != Singletons.NOT_IMPLEMENTED) {
            return result;
        }
        if (op == BinaryOperator.MUL) {
            result = repeatByIndex(a, b);
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
            result = repeatBySequenceSlot(a, b, false);
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
        } else if (op == BinaryOperator.ADD) {
            result = concatBySequenceSlot(a, b, op.method);
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
        }
        throw unsupported(op, a, b);
    }

    /** {@code sequence * n} where {@code n} is not an int but has {@code __index__} (CPython's sq_repeat). */
    private static Object repeatByIndex(Object a, Object b) {
        boolean sequenceFirst = BuiltinArithmetic.isSequence(a);
        Object sequence = sequenceFirst ? a : b;
        Object count = sequenceFirst ? b : a;
        if (!BuiltinArithmetic.isSequence(sequence) || BuiltinArithmetic.isSequence(count) ||
                        PyObjectType.classOf(count).lookup("__index__") == null) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return BuiltinArithmetic.binary(BinaryOperator.MUL, sequence, repeatIndex(count));
    }

    @TruffleBoundary
    public static Object inplaceOp(BinaryOperator op, Object a, Object b) {
        // an exact list only: a subclass may override __iadd__/__imul__; and list has no number slot, so an
        // operand with a reflected method (__radd__/__rmul__) is asked before the sequence's own concat/repeat
        boolean reflectedFirst = a instanceof PList && !PyObjectType.classOf(b).isBuiltin() && PyObjectType.classOf(b).lookup(op.reflected) != null;
        if (a instanceof PList list && op == BinaryOperator.ADD && list.getPythonClass().isBuiltin() && !reflectedFirst) {
            SequenceOps.extend(list, b);
            return list;
        }
        if (a instanceof PList list && op == BinaryOperator.MUL && list.getPythonClass().isBuiltin() && !reflectedFirst && (BuiltinArithmetic.isInt(b) ||
                        !BuiltinArithmetic.isSequence(b) && PyObjectType.classOf(b).lookup("__index__") != null)) {
            SequenceOps.repeatInPlace(list, b);
            return list;
        }
        PythonClass type = PyObjectType.classOf(a);
        if (!BuiltinArithmetic.isDecidedByFastPath(a)) {
            Object inplace = type.lookup(op.inplace);
            if (inplace != null && !((op == BinaryOperator.MUL || op == BinaryOperator.ADD) && isRepeatSlot(KraitContext.get(null), op.inplace, inplace))) {
                Object result = PyObjectCall.callDescriptor(inplace, a, new Object[]{b}, new String[0], new Object[0]);
                if (result != Singletons.NOT_IMPLEMENTED) {
                    return result;
                }
            }
        }
        Object result = BuiltinArithmetic.isContainerSubclassInstance(a) || BuiltinArithmetic.isContainerSubclassInstance(b)
                        ? Singletons.NOT_IMPLEMENTED : BuiltinArithmetic.binary(op, a, b);
        if (result != Singletons.NOT_IMPLEMENTED) {
            return result;
        }
        result = binaryViaSpecialMethods(op, a, b);
        if (result != Singletons.NOT_IMPLEMENTED) {
            return result;
        }
        if (op == BinaryOperator.MUL) {
            result = repeatByIndex(a, b);
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
            result = repeatBySequenceSlot(a, b, true);
            if (result == Singletons.NOT_IMPLEMENTED) {
                result = repeatBySequenceSlot(a, b, false);
            }
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
        } else if (op == BinaryOperator.ADD) {
            result = concatBySequenceSlot(a, b, op.inplace);
            if (result == Singletons.NOT_IMPLEMENTED) {
                result = concatBySequenceSlot(a, b, op.method);
            }
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for " + op.symbol + "=: '" + PyObjectType.typeName(a) +
                        "' and '" + PyObjectType.typeName(b) + "'");
    }

    private static Object binaryViaSpecialMethods(BinaryOperator op, Object a, Object b) {
        KraitContext context = KraitContext.get(null);
        PythonClass typeA = PyObjectType.classOf(context, a);
        PythonClass typeB = PyObjectType.classOf(context, b);
        // a builtin operand left to the special methods because the other is a boxed value takes part in them
        // so does a builtin list or tuple whose other operand is an instance of a subclass of a builtin container
        Object methodA = BuiltinArithmetic.isDecidedByFastPath(a) && !(b instanceof PBoxedValue) && !BuiltinArithmetic.isContainerSubclassInstance(b) ? null
                        : typeA.lookup(op.method);
        Object methodB = typeB == typeA || BuiltinArithmetic.isDecidedByFastPath(b) && !(a instanceof PBoxedValue) && !BuiltinArithmetic.isContainerSubclassInstance(a)
                        ? null : typeB.lookup(op.reflected);
        if (op == BinaryOperator.MUL || op == BinaryOperator.ADD) {
            // bytes, bytearray and array concatenate and repeat in CPython's sequence slots, tried after both
            // operands' number slots
            if (methodA != null && isRepeatSlot(context, op.method, methodA)) {
                methodA = null;
            }
            if (methodB != null && isRepeatSlot(context, op.reflected, methodB)) {
                methodB = null;
            }
        }
        if (methodA != null && methodB != null && isSequenceSlot(context, op, methodA)) {
            // list, tuple and str concatenate and repeat in CPython's sequence slots, which come after both
            // operands' number slots: an instance of a subclass + an object with __radd__ is the latter's
            Object result = callBinary(methodB, b, a);
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
            methodB = null;
        }
        if (methodA != null) {
            // a subclass's reflected method goes first only when it overrides the base's (CPython's method_is_overloaded)
            if (methodB != null && typeB.isSubclassOf(typeA) && methodB != typeA.lookup(op.reflected)) {
                Object result = callBinary(methodB, b, a);
                if (result != Singletons.NOT_IMPLEMENTED) {
                    return result;
                }
                methodB = null;
            }
            Object result = callBinary(methodA, a, b);
            if (result != Singletons.NOT_IMPLEMENTED) {
                return result;
            }
        }
        if (methodB != null) {
            return callBinary(methodB, b, a);
        }
        return Singletons.NOT_IMPLEMENTED;
    }

    /** Whether {@code method} is list's, tuple's or str's own {@code __add__} or {@code __mul__}. */
    private static boolean isSequenceSlot(KraitContext context, BinaryOperator op, Object method) {
        if (op != BinaryOperator.ADD && op != BinaryOperator.MUL) {
            return false;
        }
        var classes = context.classes();
        return method == classes.listClass.lookup(op.method) || method == classes.tupleClass.lookup(op.method) ||
                        method == classes.strClass.lookup(op.method);
    }

    /** Whether {@code method} is bytes', bytearray's or array's own {@code name} (a concatenation or repetition method). */
    private static boolean isRepeatSlot(KraitContext context, String name, Object method) {
        var classes = context.classes();
        return method == classes.bytesClass.lookup(name) || method == classes.bytearrayClass.lookup(name) ||
                        method == classes.arrayClass.lookup(name);
    }

    /**
     * CPython's {@code sequence_repeat} for bytes, bytearray and array once both operands' number methods declined:
     * the left operand repeats if it can (in place for {@code *=}), else the right one; a count that is not an index is
     * "can't multiply sequence by non-int".
     */
    private static Object repeatBySequenceSlot(Object a, Object b, boolean inplace) {
        KraitContext context = KraitContext.get(null);
        String name = inplace ? BinaryOperator.MUL.inplace : BinaryOperator.MUL.method;
        Object sequence = a;
        Object count = b;
        Object method = PyObjectType.classOf(context, a).lookup(name);
        if (method == null || !isRepeatSlot(context, name, method)) {
            if (inplace || BuiltinArithmetic.isSequence(a)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            method = PyObjectType.classOf(context, b).lookup(BinaryOperator.MUL.reflected);
            if (method == null || !isRepeatSlot(context, BinaryOperator.MUL.reflected, method)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            sequence = b;
            count = a;
        }
        if (!BuiltinArithmetic.isInt(count) && (count instanceof String || PyObjectType.classOf(context, count).lookup("__index__") == null)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + PyObjectType.typeName(count) + "'");
        }
        return callBinary(method, sequence, count);
    }

    /** CPython's {@code sq_concat} of bytes, bytearray and array (the left operand's only), after the number methods. */
    private static Object concatBySequenceSlot(Object a, Object b, String name) {
        KraitContext context = KraitContext.get(null);
        Object method = PyObjectType.classOf(context, a).lookup(name);
        if (method == null || !isRepeatSlot(context, name, method)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return callBinary(method, a, b);
    }

    private static Object callBinary(Object method, Object self, Object other) {
        return PyObjectCall.callDescriptor(method, self, new Object[]{other}, new String[0], new Object[0]);
    }

    private static boolean isByteSequence(Object value) {
        return value instanceof dev.krait.runtime.objects.PBytes || value instanceof dev.krait.runtime.objects.PByteArray;
    }

    @TruffleBoundary
    public static RuntimeException unsupported(BinaryOperator op, Object a, Object b) {
        String typeA = PyObjectType.typeName(a);
        String typeB = PyObjectType.typeName(b);
        if (op == BinaryOperator.ADD && (a instanceof String || a instanceof PList || a instanceof PTuple)) {
            return Errors.typeError("can only concatenate " + typeA + " (not \"" + typeB + "\") to " + typeA);
        }
        if (op == BinaryOperator.MUL && (BuiltinArithmetic.isSequence(a) || BuiltinArithmetic.isSequence(b))) {
            Object other = BuiltinArithmetic.isSequence(a) ? b : a;
            return Errors.typeError("can't multiply sequence by non-int of type '" + PyObjectType.typeName(other) + "'");
        }
        if (op == BinaryOperator.MUL && (isByteSequence(a) || isByteSequence(b))) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + (isByteSequence(a) ? typeB : typeA) + "'");
        }
        if (op == BinaryOperator.POW) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '" + typeA + "' and '" + typeB + "'");
        }
        return Errors.typeError("unsupported operand type(s) for " + op.symbol + ": '" + typeA + "' and '" + typeB + "'");
    }

    @TruffleBoundary
    public static Object negative(Object a) {
        if (a instanceof Long || a instanceof Boolean || a instanceof PInt) {
            return IntOps.neg(BuiltinArithmetic.asInt(a));
        }
        if (a instanceof Double d) {
            return -d;
        }
        return unarySpecial(a, "__neg__", "-");
    }

    @TruffleBoundary
    public static Object positive(Object a) {
        if (a instanceof Boolean bool) {
            return bool ? 1L : 0L;
        }
        if (a instanceof Long || a instanceof PInt || a instanceof Double) {
            return a;
        }
        return unarySpecial(a, "__pos__", "+");
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long || a instanceof Boolean || a instanceof PInt) {
            return IntOps.invert(BuiltinArithmetic.asInt(a));
        }
        return unarySpecial(a, "__invert__", "~");
    }

    @TruffleBoundary
    public static Object absolute(Object a) {
        if (a instanceof Long || a instanceof Boolean || a instanceof PInt) {
            return IntOps.abs(BuiltinArithmetic.asInt(a));
        }
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        Object result = PyObjectCall.callSpecial(a, "__abs__");
        if (result == null) {
            throw Errors.typeError("bad operand type for abs(): '" + PyObjectType.typeName(a) + "'");
        }
        return result;
    }

    private static Object unarySpecial(Object a, String method, String symbol) {
        Object result = PyObjectCall.callSpecial(a, method);
        if (result == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + PyObjectType.typeName(a) + "'");
        }
        return result;
    }

    /** {@code PyNumber_Index}: the int an object stands for as an index ({@code __index__}). */
    @TruffleBoundary
    public static Object index(Object a) {
        if (a instanceof Long || a instanceof PInt) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (a instanceof dev.krait.runtime.objects.PBoxedValue && BuiltinArithmetic.isInt(dev.krait.runtime.objects.PBoxedValue.unwrap(a))) {
            // an int subclass is an int already: its own __index__ is not asked (CPython's PyNumber_Index)
            return BuiltinArithmetic.asInt(dev.krait.runtime.objects.PBoxedValue.unwrap(a));
        }
        Object result = PyObjectType.classOf(a).isBuiltin() ? null : PyObjectCall.callSpecial(a, "__index__");
        if (result == null) {
            throw Errors.typeError("'" + PyObjectType.typeName(a) + "' object cannot be interpreted as an integer");
        }
        if (result instanceof Long || result instanceof PInt) {
            return result;
        }
        // an int subclass's value is accepted, with a DeprecationWarning
        Object value = dev.krait.runtime.objects.PBoxedValue.unwrap(result);
        if (BuiltinArithmetic.isInt(value)) {
            PyErrWarn.warnStrictSubclassResult("__index__ returned non-int (type " + PyObjectType.typeName(result) + ")", "int");
            return BuiltinArithmetic.asInt(value);
        }
        throw Errors.typeError("__index__ returned non-int (type " + PyObjectType.typeName(result) + ")");
    }

    /**
     * {@code int(o)} for an object that is not a str or bytes-like (CPython's {@code PyNumber_Long} past its int and
     * float cases): {@code __int__}, else {@code __index__}, else the deprecated {@code __trunc__}, whose result may be
     * any object with {@code __index__}; null when the type has none of them.
     */
    @TruffleBoundary
    public static Object toIntOrNull(Object o) {
        if (BuiltinArithmetic.isInt(o)) {
            return BuiltinArithmetic.asInt(o);
        }
        if (o instanceof Double d) {
            return FloatOps.toInt(d);
        }
        PythonClass type = PyObjectType.classOf(o);
        if (type.lookup("__int__") != null) {
            Object result = PyObjectCall.callSpecial(o, "__int__");
            if (result instanceof Long || result instanceof PInt) {
                return result;
            }
            String what = "__int__ returned non-int (type " + PyObjectType.typeName(result) + ")";
            Object value = dev.krait.runtime.objects.PBoxedValue.unwrap(result);
            if (!BuiltinArithmetic.isInt(value)) {
                throw Errors.typeError(what);
            }
            PyErrWarn.warnStrictSubclassResult(what, "int");
            return BuiltinArithmetic.asInt(value);
        }
        if (type.lookup("__index__") != null) {
            return index(o);
        }
        if (type.lookup("__trunc__") != null) {
            PyErrWarn.warn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.", 1L);
            Object result = PyObjectCall.callSpecial(o, "__trunc__");
            if (result instanceof Long || result instanceof PInt) {
                return result;
            }
            Object value = dev.krait.runtime.objects.PBoxedValue.unwrap(result);
            if (BuiltinArithmetic.isInt(value)) {
                return BuiltinArithmetic.asInt(value);
            }
            if (PyObjectType.classOf(result).lookup("__index__") == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + PyObjectType.typeName(result) + ")");
            }
            return index(result);
        }
        return null;
    }

    /** CPython's {@code PyNumber_Check}: an int, float or complex, or a type with __index__, __int__ or __float__. */
    @TruffleBoundary
    public static boolean isNumber(Object o) {
        if (BuiltinArithmetic.isInt(o) || o instanceof Double || o instanceof dev.krait.runtime.objects.PComplex) {
            return true;
        }
        PythonClass type = PyObjectType.classOf(o);
        return type.lookup("__index__") != null || type.lookup("__int__") != null || type.lookup("__float__") != null;
    }

    /** An index that must fit a Java int (sizes, positions), with CPython's OverflowError otherwise. */
    @TruffleBoundary
    public static long asSize(Object a) {
        Object index = index(a);
        if (index instanceof Long l) {
            return l;
        }
        throw Errors.indexError("cannot fit '" + PyObjectType.typeName(a) + "' into an index-sized integer");
    }

    /** A C {@code int} argument of a builtin ({@code _PyLong_AsInt}): OverflowError beyond 32 bits either way. */
    @TruffleBoundary
    public static int asCInt(Object a) {
        Object index = index(a);
        if (index instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw Errors.overflowError("Python int too large to convert to C int");
    }

    /** A {@code Py_ssize_t} argument of a builtin (list.insert, list.pop…): OverflowError past the size of one. */
    @TruffleBoundary
    public static long asSsizeArgument(Object a) {
        Object index = index(a);
        if (index instanceof Long l) {
            return l;
        }
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }

    /**
     * The count of a sequence repetition ({@code seq * n}): CPython's {@code PyNumber_AsSsize_t(n, OverflowError)},
     * with a negative count meaning none.
     */
    @TruffleBoundary
    public static long repeatCount(Object times) {
        return Math.max(0, repeatIndex(times));
    }

    /** {@code times} as a repetition count that may be negative; OverflowError (naming its type) past the index size. */
    @TruffleBoundary
    public static long repeatIndex(Object times) {
        Object index = index(times);
        if (index instanceof Long l) {
            return l;
        }
        throw Errors.overflowError("cannot fit '" + PyObjectType.typeName(times) + "' into an index-sized integer");
    }

    /**
     * A slice bound given to {@code index}/{@code find}/{@code count}…: CPython's {@code _PyEval_SliceIndex}, which
     * clamps an int beyond the index size to the largest or smallest index. {@code noneText} is " or None" where None
     * is accepted (the caller handles None itself).
     */
    @TruffleBoundary
    public static long clampedSliceIndex(Object value, String noneText) {
        if (value instanceof Long l) {
            return l;
        }
        if (!BuiltinArithmetic.isInt(value) && PyObjectType.classOf(value).lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers" + noneText + " or have an __index__ method");
        }
        Object index = index(value);
        if (index instanceof Long l) {
            return l;
        }
        return ((dev.krait.runtime.objects.PInt) index).value().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code PyFloat_AsDouble}: floats, ints and objects with {@code __float__} or {@code __index__}. */
    @TruffleBoundary
    public static double asDouble(Object a) {
        if (a instanceof Double d) {
            return d;
        }
        if (a instanceof Long l) {
            return l;
        }
        if (a instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (a instanceof PInt) {
            return IntOps.toDouble(a);
        }
        Object result = PyObjectType.classOf(a).isBuiltin() ? null : PyObjectCall.callSpecial(a, "__float__");
        if (result instanceof Double d) {
            return d;
        }
        if (result != null) {
            String what = PyObjectType.typeName(a) + ".__float__ returned non-float (type " + PyObjectType.typeName(result) + ")";
            if (!(dev.krait.runtime.objects.PBoxedValue.unwrap(result) instanceof Double d)) {
                throw Errors.typeError(what);
            }
            PyErrWarn.warnStrictSubclassResult(what, "float");
            return d;
        }
        if (result == null && !PyObjectType.classOf(a).isBuiltin() && PyObjectType.classOf(a).lookup("__index__") != null) {
            return IntOps.toDouble(index(a));
        }
        throw Errors.typeError("must be real number, not " + PyObjectType.typeName(a));
    }

    /** {@code a ** b} for floats: a negative base to a fractional power is complex, as in Python 3. */
    static Object floatPow(double a, double b) {
        Double result = FloatOps.pow(a, b);
        if (result == null) {
            double[] z = dev.krait.runtime.numbers.ComplexOps.pow(a, 0.0, b, 0.0);
            KraitContext context = KraitContext.get(null);
            return new dev.krait.runtime.objects.PComplex(context.classes().complexClass, context.getShape(), z[0], z[1]);
        }
        return result;
    }
}
