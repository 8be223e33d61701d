package dev.krait.runtime.protocol;

import dev.krait.runtime.objects.PBoxedValue;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.objects.PythonClass;

/** {@code PyObject_RichCompare}: builtin types directly, then special methods with reflection, then identity. */
public final class PyObjectRichCompare {
    private PyObjectRichCompare() {
    }

    /** {@code a == b} as a truth value (identity first, as containers do). */
    @TruffleBoundary
    public static boolean equals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return PyObjectIsTrue.isTrue(compare(CompareOperator.EQ, a, b));
    }

    @TruffleBoundary
    public static boolean compareBool(CompareOperator op, Object a, Object b) {
        return PyObjectIsTrue.isTrue(compare(op, a, b));
    }

    @TruffleBoundary
    public static Object compare(CompareOperator op, Object a, Object b) {
        if ((op == CompareOperator.EQ || op == CompareOperator.NE) && (InteropValues.isForeign(a) || InteropValues.isForeign(b))) {
            return ForeignObjects.equals(a, b) == (op == CompareOperator.EQ);
        }
        Object builtin = builtinCompare(op, a, b);
        if (builtin != Singletons.NOT_IMPLEMENTED) {
            return builtin;
        }
        KraitContext context = KraitContext.get(null);
        PythonClass typeA = PyObjectType.classOf(context, a);
        PythonClass typeB = PyObjectType.classOf(context, b);
        boolean checkedReflected = false;
        if (typeA != typeB && typeB.isSubclassOf(typeA)) {
            Object method = typeB.lookup(op.reflected().method);
            if (method != null) {
                checkedReflected = true;
                Object result = callComparison(method, b, a);
                if (result != Singletons.NOT_IMPLEMENTED) {
                    return result;
                }
            }
        }
        {
            Object method = BuiltinArithmetic.isDecidedByFastPath(a) && !(b instanceof PBoxedValue) ? null : typeA.lookup(op.method);
            if (method != null) {
                Object result = callComparison(method, a, b);
                if (result != Singletons.NOT_IMPLEMENTED) {
                    return result;
                }
            }
        }
        if (!checkedReflected && (!BuiltinArithmetic.isDecidedByFastPath(b) || a instanceof PBoxedValue)) {
            Object method = typeB.lookup(op.reflected().method);
            if (method != null) {
                Object result = callComparison(method, b, a);
                if (result != Singletons.NOT_IMPLEMENTED) {
                    return result;
                }
            }
        }
        if (op == CompareOperator.EQ) {
            return a == b;
        }
        if (op == CompareOperator.NE) {
            return a != b;
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + typeA.getTypeName() + "' and '" +
                        typeB.getTypeName() + "'");
    }

    /**
     * Calls a comparison method found on self's type. A method that is some other descriptor is bound first, and
     * an error while binding it counts as no method (CPython's slot_tp_richcompare clears it): NotImplemented.
     */
    private static Object callComparison(Object method, Object self, Object other) {
        if (method instanceof PFunction || method instanceof dev.krait.runtime.objects.PBuiltinFunction) {
            return PyObjectCall.callDescriptor(method, self, new Object[]{other}, new String[0], new Object[0]);
        }
        Object bound;
        try {
            bound = PyObjectGetAttr.descriptorGet(method, self, PyObjectType.classOf(self));
        } catch (PException e) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return PyObjectCall.call(bound, other);
    }

    /** Comparisons among builtin types, or {@code NotImplemented}. */
    @TruffleBoundary
    /** Instances of subclasses may override the comparison: only exact builtin containers take the fast paths. */
    private static boolean exactBuiltins(PythonObject x, PythonObject y) {
        return x.getPythonClass().isBuiltin() && y.getPythonClass().isBuiltin();
    }

    public static Object builtinCompare(CompareOperator op, Object a, Object b) {
        return builtinCompare(op, a, b, true);
    }

    /**
     * The comparison of builtin values; {@code exactOnly}: containers only when both are exact builtins (a subclass
     * may override the comparison), false for the builtin types' own comparison methods.
     */
    public static Object builtinCompare(CompareOperator op, Object a, Object b, boolean exactOnly) {
        if (BuiltinArithmetic.isInt(a) && BuiltinArithmetic.isInt(b)) {
            Object x = BuiltinArithmetic.asInt(a);
            Object y = BuiltinArithmetic.asInt(b);
            if (x instanceof Long l1 && y instanceof Long l2) {
                return op.test(Long.compare(l1, l2));
            }
            return op.test(IntOps.big(x).compareTo(IntOps.big(y)));
        }
        if (a instanceof Double || b instanceof Double) {
            if ((a instanceof Double || BuiltinArithmetic.isInt(a)) && (b instanceof Double || BuiltinArithmetic.isInt(b))) {
                return compareNumbers(op, a, b);
            }
            return notComparable(op, a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return op.test(dev.krait.runtime.text.StrMethods.compare(x, y));
        }
        if (isByteSequence(a) && isByteSequence(b) && (!exactOnly || exactBuiltins((PythonObject) a, (PythonObject) b))) {
            return op.test(java.util.Arrays.compareUnsigned(byteContent(a), byteContent(b)));
        }
        if (a instanceof PTuple x && b instanceof PTuple y && (!exactOnly || exactBuiltins(x, y))) {
            return compareSequences(op, x.items(), x.length(), y.items(), y.length());
        }
        if (a instanceof PList x && b instanceof PList y && (!exactOnly || exactBuiltins(x, y))) {
            return compareLists(op, x, y);
        }
        if (a instanceof PSet x && b instanceof PSet y && (!exactOnly || exactBuiltins(x, y))) {
            return SetOps.compare(op, x, y);
        }
        if (a instanceof PDict x && b instanceof PDict y && (!exactOnly || exactBuiltins(x, y))) {
            if (op == CompareOperator.EQ || op == CompareOperator.NE) {
                return MappingOps.dictEquals(x, y) == (op == CompareOperator.EQ);
            }
        }
        return notComparable(op, a, b);
    }

    private static boolean isByteSequence(Object value) {
        return value instanceof dev.krait.runtime.objects.PBytes || value instanceof dev.krait.runtime.objects.PByteArray;
    }

    private static byte[] byteContent(Object value) {
        return value instanceof dev.krait.runtime.objects.PBytes bytes ? bytes.bytes() : ((dev.krait.runtime.objects.PByteArray) value).toBytes();
    }

    private static Object notComparable(CompareOperator op, Object a, Object b) {
        return Singletons.NOT_IMPLEMENTED;
    }

    private static boolean compareNumbers(CompareOperator op, Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return compareDoubles(op, x, y);
        }
        if (a instanceof Double x) {
            return compareDoubleWithInt(op, x, BuiltinArithmetic.asInt(b));
        }
        return compareDoubleWithInt(op.reflected(), (Double) b, BuiltinArithmetic.asInt(a));
    }

    private static boolean compareDoubles(CompareOperator op, double x, double y) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /** Exact comparison of a float with an int of any size, as CPython does (no rounding of the int). */
    private static boolean compareDoubleWithInt(CompareOperator op, double x, Object integer) {
        if (Double.isNaN(x)) {
            return op == CompareOperator.NE;
        }
        if (Double.isInfinite(x)) {
            return op.test(x > 0 ? 1 : -1);
        }
        java.math.BigDecimal left = new java.math.BigDecimal(x);
        java.math.BigDecimal right = new java.math.BigDecimal(IntOps.big(integer));
        return op.test(left.compareTo(right));
    }

    private static Object compareSequences(CompareOperator op, Object[] a, int lengthA, Object[] b, int lengthB) {
        int i = 0;
        while (i < lengthA && i < lengthB) {
            if (!equals(a[i], b[i])) {
                break;
            }
            i++;
        }
        if (i >= lengthA || i >= lengthB) {
            return op.test(Integer.compare(lengthA, lengthB));
        }
        if (op == CompareOperator.EQ) {
            return false;
        }
        if (op == CompareOperator.NE) {
            return true;
        }
        return compare(op, a[i], b[i]);
    }

    /**
     * Lists compare item by item as they are at each step: an item's {@code __eq__} may change either list
     * (CPython's list_richcompare re-reads sizes and items after every comparison).
     */
    private static Object compareLists(CompareOperator op, PList x, PList y) {
        if (x.size() != y.size() && (op == CompareOperator.EQ || op == CompareOperator.NE)) {
            return op == CompareOperator.NE;
        }
        int i = 0;
        for (; i < x.size() && i < y.size(); i++) {
            Object left = x.get(i);
            Object right = y.get(i);
            if (left != right && !equals(left, right)) {
                break;
            }
        }
        if (i >= x.size() || i >= y.size()) {
            return op.test(Integer.compare(x.size(), y.size()));
        }
        if (op == CompareOperator.EQ) {
            return false;
        }
        if (op == CompareOperator.NE) {
            return true;
        }
        return compare(op, x.get(i), y.get(i));
    }

    static boolean isPInt(Object value) {
        return value instanceof PInt;
    }
}
