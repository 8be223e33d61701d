package dev.krait.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.numbers.FloatOps;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTextStream;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectSetAttr;
import dev.krait.runtime.protocol.PyObjectSize;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.StringFormatting;

/** The functions of the {@code builtins} module (the types are set up in {@link TypeMethods}). */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static boolean given(Object value) {
        return value != PNone.NO_VALUE;
    }

    @Builtin(name = "print", params = {"*values", "sep=", "end=", "file=", "flush="})
    @GenerateNodeFactory
    public abstract static class PrintNode extends BuiltinNode.BuiltinN {
        @Specialization
        Object print(Object[] args) {
            doPrint(KraitContext.get(this), ((PTuple) args[0]).items(), args[1], args[2], args[3], args[4]);
            return PNone.NONE;
        }

        @TruffleBoundary
        static void doPrint(KraitContext context, Object[] values, Object sep, Object end, Object file, Object flush) {
            Object stream = file;
            if (file == PNone.NO_VALUE || file == PNone.NONE) {
                PModule sys = context.getModule("sys");
                stream = sys == null ? null : ObjectAttributes.get(sys, "stdout");
                if (stream == null) {
                    throw Errors.runtimeError("lost sys.stdout");
                }
            }
            if (stream == PNone.NONE) {
                return;
            }
            String separator = sep == PNone.NO_VALUE || sep == PNone.NONE ? " " : checkString(sep, "sep");
            String terminator = end == PNone.NO_VALUE || end == PNone.NONE ? "\n" : checkString(end, "end");
            boolean flushing = flush != PNone.NO_VALUE && PyObjectIsTrue.isTrue(flush);
            if (stream instanceof PTextStream text && text.writesPlainUtf8()) {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        text.out().print(separator);
                    }
                    text.out().print(PyObjectRepr.str(values[i]));
                }
                text.out().print(terminator);
                if (flushing || TextIOBuiltins.flushesEachWrite(context, text, terminator)) {
                    text.out().flush();
                }
                return;
            }
            // like CPython, each value, separator and the end are written by a call of their own
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    PyObjectCall.call(PyObjectGetAttr.get(stream, "write"), separator);
                }
                PyObjectCall.call(PyObjectGetAttr.get(stream, "write"), PyObjectRepr.str(values[i]));
            }
            PyObjectCall.call(PyObjectGetAttr.get(stream, "write"), terminator);
            if (flushing) {
                PyObjectCall.call(PyObjectGetAttr.get(stream, "flush"));
            }
        }

        private static String checkString(Object value, String name) {
            if (value instanceof String s) {
                return s;
            }
            throw Errors.typeError(name + " must be None or a string, not " + PyObjectType.typeName(value));
        }
    }

    @Builtin(name = "len", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class LenNode extends BuiltinNode.Builtin1 {
        @Specialization(guards = "list.getPythonClass() == LIST")
        static long len(PList list) {
            return list.size();
        }

        @Specialization(guards = "tuple.getPythonClass() == TUPLE")
        static long len(PTuple tuple) {
            return tuple.length();
        }

        @Specialization(guards = "bytes.getPythonClass().isBuiltin()")
        static long len(dev.krait.runtime.objects.PBytes bytes) {
            return bytes.length();
        }

        @Specialization(guards = "array.getPythonClass().isBuiltin()")
        static long len(dev.krait.runtime.objects.PByteArray array) {
            return array.length();
        }

        protected final PythonClass LIST = dev.krait.runtime.KraitContext.get(this).classes().listClass;
        protected final PythonClass TUPLE = dev.krait.runtime.KraitContext.get(this).classes().tupleClass;

        @Fallback
        static long len(Object obj) {
            return PyObjectSize.size(obj);
        }
    }

    @Builtin(name = "repr", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object repr(Object obj) {
            return PyObjectRepr.reprObject(obj);
        }
    }

    @Builtin(name = "ascii", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class AsciiNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object ascii(Object obj) {
            Object repr = PyObjectRepr.reprObject(obj);
            String text = (String) dev.krait.runtime.objects.PBoxedValue.unwrap(repr);
            String escaped = dev.krait.runtime.text.StrRepr.escapeNonAscii(text);
            return escaped.equals(text) ? repr : escaped;
        }
    }

    @Builtin(name = "isinstance", params = {"obj", "class_or_tuple", "/"})
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean isInstance(Object obj, Object classes) {
            return check(obj, classes, false);
        }

        @TruffleBoundary
        public static boolean check(Object obj, Object classes, boolean subclass) {
            if (classes instanceof PTuple tuple) {
                for (Object item : tuple.items()) {
                    if (check(obj, item, subclass)) {
                        return true;
                    }
                }
                return false;
            }
            if (!(classes instanceof PythonClass cls)) {
                Object hook = PyObjectType.classOf(classes).lookup(subclass ? "__subclasscheck__" : "__instancecheck__");
                if (hook != null && classes instanceof PythonObject) {
                    return PyObjectIsTrue.isTrue(PyObjectCall.callSpecial(classes, subclass ? "__subclasscheck__" : "__instancecheck__", obj));
                }
                // CPython's abstract protocol: any object with a __bases__ tuple stands for a class
                if (subclass) {
                    requireAbstractClass(obj, "issubclass() arg 1 must be a class");
                    requireAbstractClass(classes, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
                    return abstractIsSubclass(obj, classes);
                }
                requireAbstractClass(classes, "isinstance() arg 2 must be a type, a tuple of types, or a union");
                Object claimed = attributeOrNull(obj, "__class__");
                return claimed != null && abstractIsSubclass(claimed, classes);
            }
            if (!subclass && PyObjectType.classOf(obj) == cls) {
                return true; // CPython's quick exact match, before any __instancecheck__ (issubclass has none)
            }
            PythonClass metaclass = cls.getPythonClass();
            if (!metaclass.isBuiltin()) {
                Object hook = metaclass.lookup(subclass ? "__subclasscheck__" : "__instancecheck__");
                if (hook != null) {
                    return PyObjectIsTrue.isTrue(PyObjectCall.callDescriptor(hook, cls, new Object[]{obj}, new String[0], new Object[0]));
                }
            }
            if (subclass) {
                if (!(obj instanceof PythonClass sub)) {
                    requireAbstractClass(obj, "issubclass() arg 1 must be a class");
                    return abstractIsSubclass(obj, cls);
                }
                return sub.isSubclassOf(cls);
            }
            PythonClass type = PyObjectType.classOf(obj);
            if (type.isSubclassOf(cls)) {
                return true;
            }
            return claimedClass(obj, type) instanceof PythonClass claimed && claimed != type && claimed.isSubclassOf(cls);
        }

        /** CPython's {@code abstract_get_bases}: the object's {@code __bases__} if it is a tuple, else null. */
        private static PTuple abstractBases(Object cls) {
            Object bases = attributeOrNull(cls, "__bases__");
            return bases instanceof PTuple tuple ? tuple : null;
        }

        /** The attribute, or null when reading it raises AttributeError (other errors propagate), as CPython asks. */
        private static Object attributeOrNull(Object object, String name) {
            try {
                return PyObjectGetAttr.get(object, name);
            } catch (dev.krait.runtime.exceptions.PException e) {
                KraitContext context = KraitContext.get(null);
                if (dev.krait.runtime.protocol.ExceptionMatching.matches(context, e,
                                context.classes().errorClass(dev.krait.runtime.exceptions.ErrorType.AttributeError))) {
                    return null;
                }
                throw e;
            }
        }

        private static void requireAbstractClass(Object cls, String message) {
            if (!(cls instanceof PythonClass) && abstractBases(cls) == null) {
                throw Errors.typeError(message);
            }
        }

        /** CPython's {@code abstract_issubclass}: {@code cls} is {@code derived} or among its {@code __bases__}, recursively. */
        private static boolean abstractIsSubclass(Object derived, Object cls) {
            while (derived != cls) {
                PTuple bases = abstractBases(derived);
                if (bases == null || bases.items().length == 0) {
                    return false;
                }
                if (bases.items().length > 1) {
                    for (Object base : bases.items()) {
                        if (abstractIsSubclass(base, cls)) {
                            return true;
                        }
                    }
                    return false;
                }
                derived = bases.items()[0];
            }
            return true;
        }

        /**
         * CPython's fallback: an object whose class overrides {@code __class__} (a property, as mocks with a spec
         * have) is also an instance of the class it claims; null when the class does not override it.
         */
        private static Object claimedClass(Object obj, PythonClass type) {
            Object own = type.lookup("__class__");
            if (own == null || own == KraitContext.get(null).classes().byName("object").lookup("__class__")) {
                return null;
            }
            return PyObjectGetAttr.getOrNull(obj, "__class__");
        }
    }

    @Builtin(name = "issubclass", params = {"cls", "class_or_tuple", "/"})
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean isSubclass(Object cls, Object classes) {
            return IsInstanceNode.check(cls, classes, true);
        }
    }

    @Builtin(name = "abs", params = {"x", "/"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends BuiltinNode.Builtin1 {
        @Specialization(guards = "x != MIN")
        static long abs(long x) {
            return Math.abs(x);
        }

        @Specialization
        static double abs(double x) {
            return Math.abs(x);
        }

        protected static final long MIN = Long.MIN_VALUE;

        @Fallback
        static Object abs(Object x) {
            return PyNumber.absolute(x);
        }
    }

    @Builtin(name = "min", params = {"*args", "key=", "default="})
    @GenerateNodeFactory
    public abstract static class MinNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object min(Object args, Object key, Object defaultValue) {
            return extreme("min", ((PTuple) args).items(), key, defaultValue, CompareOperator.LT);
        }
    }

    @Builtin(name = "max", params = {"*args", "key=", "default="})
    @GenerateNodeFactory
    public abstract static class MaxNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object max(Object args, Object key, Object defaultValue) {
            return extreme("max", ((PTuple) args).items(), key, defaultValue, CompareOperator.GT);
        }
    }

    @TruffleBoundary
    static Object extreme(String name, Object[] args, Object key, Object defaultValue, CompareOperator op) {
        Object[] items;
        if (args.length == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (args.length == 1) {
            items = PyIter.toArray(args[0]);
        } else {
            if (given(defaultValue)) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = args;
        }
        if (items.length == 0) {
            if (given(defaultValue)) {
                return defaultValue;
            }
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        boolean hasKey = given(key) && key != PNone.NONE;
        Object best = items[0];
        Object bestKey = hasKey ? PyObjectCall.call(key, best) : best;
        for (int i = 1; i < items.length; i++) {
            Object itemKey = hasKey ? PyObjectCall.call(key, items[i]) : items[i];
            if (PyObjectRichCompare.compareBool(op, itemKey, bestKey)) {
                best = items[i];
                bestKey = itemKey;
            }
        }
        return best;
    }

    @Builtin(name = "sum", params = {"iterable", "/", "start="})
    @GenerateNodeFactory
    public abstract static class SumNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object sum(Object iterable, Object start) {
            Object total = given(start) ? start : 0L;
            if (total instanceof String) {
                throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (total instanceof dev.krait.runtime.objects.PBytes || total instanceof dev.krait.runtime.objects.PByteArray) {
                throw Errors.typeError("sum() can't sum " + PyObjectType.typeName(total) + " [use b''.join(seq) instead]");
            }
            Object iterator = PyIter.getIter(iterable);
            Object item;
            // CPython's three phases: ints added as machine words while the total and the items are ints; then, once
            // the total is a float, floats added with Neumaier's compensation (ints added plainly); then plain additions
            if (total instanceof Long) {
                long intTotal = (Long) total;
                total = null;
                while (total == null) {
                    item = PyIter.next(iterator);
                    if (item == null) {
                        return intTotal;
                    }
                    Object value = item instanceof Boolean b ? (Object) (b ? 1L : 0L) : item;
                    if (value instanceof Long b) {
                        long r = intTotal + b;
                        if (((intTotal ^ r) & (b ^ r)) >= 0) {
                            intTotal = r;
                            continue;
                        }
                    }
                    total = PyNumber.binaryOp(BinaryOperator.ADD, intTotal, item);
                }
            }
            if (total instanceof Double) {
                double floatTotal = (Double) total;
                double compensation = 0.0;
                total = null;
                while (total == null) {
                    item = PyIter.next(iterator);
                    if (item == null) {
                        return compensation != 0.0 && Double.isFinite(compensation) ? floatTotal + compensation : floatTotal;
                    }
                    if (item instanceof Double x) {
                        double t = floatTotal + x;
                        if (Math.abs(floatTotal) >= Math.abs(x)) {
                            compensation += (floatTotal - t) + x;
                        } else {
                            compensation += (x - t) + floatTotal;
                        }
                        floatTotal = t;
                        continue;
                    }
                    Object intValue = dev.krait.runtime.objects.PBoxedValue.unwrap(item);
                    if (intValue instanceof Boolean b) {
                        intValue = b ? 1L : 0L;
                    }
                    if (intValue instanceof Long n && (item instanceof Long || item instanceof Boolean ||
                                    PyObjectType.classOf(item).isSubclassOf(KraitContext.get(null).classes().intClass))) {
                        floatTotal += (double) n;
                        continue;
                    }
                    if (compensation != 0.0 && Double.isFinite(compensation)) {
                        floatTotal += compensation;
                    }
                    total = PyNumber.binaryOp(BinaryOperator.ADD, floatTotal, item);
                }
            }
            while ((item = PyIter.next(iterator)) != null) {
                total = PyNumber.binaryOp(BinaryOperator.ADD, total, item);
            }
            return total;
        }
    }

    @Builtin(name = "sorted", params = {"iterable", "/", "*", "key=", "reverse="})
    @GenerateNodeFactory
    public abstract static class SortedNode extends BuiltinNode.Builtin3 {
        @Specialization
        public static Object sorted(Object iterable, Object key, Object reverse) {
            PList list = PList.presized(KraitContext.get(null), PyIter.toArrayAskingLengthHint(iterable));
            ListBuiltins.sort(list, key, reverse);
            return list;
        }
    }

    @Builtin(name = "all", params = {"iterable", "/"})
    @GenerateNodeFactory
    public abstract static class AllNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean all(Object iterable) {
            Object iterator = PyIter.getIter(iterable);
            Object item;
            while ((item = PyIter.next(iterator)) != null) {
                if (!PyObjectIsTrue.isTrue(item)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "any", params = {"iterable", "/"})
    @GenerateNodeFactory
    public abstract static class AnyNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean any(Object iterable) {
            Object iterator = PyIter.getIter(iterable);
            Object item;
            while ((item = PyIter.next(iterator)) != null) {
                if (PyObjectIsTrue.isTrue(item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "round", params = {"number", "ndigits="})
    @GenerateNodeFactory
    public abstract static class RoundNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object round(Object number, Object ndigits) {
            boolean hasDigits = given(ndigits) && ndigits != PNone.NONE;
            if (number instanceof Double d) {
                if (!hasDigits) {
                    return FloatOps.round(d);
                }
                Object digits = PyNumber.index(ndigits);
                return FloatOps.round(d, digits instanceof Long l ? l : (IntOps.big(digits).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE));
            }
            if (BuiltinArithmetic.isInt(number)) {
                Object value = BuiltinArithmetic.asInt(number);
                if (!hasDigits) {
                    return value;
                }
                Object digits = PyNumber.index(ndigits);
                if (digits instanceof Long n && n >= 0 || !(digits instanceof Long) && IntOps.big(digits).signum() > 0) {
                    return value; // no digits after the point to round away
                }
                java.math.BigDecimal exact = new java.math.BigDecimal(IntOps.big(value));
                if (!(digits instanceof Long n) || n < -(long) exact.precision()) {
                    return 0L; // rounded at a place beyond its leading digit (|value| < 10**-ndigits / 2)
                }
                int scale = (int) (long) (Long) digits;
                java.math.BigDecimal rounded = exact.setScale(scale, java.math.RoundingMode.HALF_EVEN);
                return dev.krait.runtime.objects.PInt.normalize(rounded.toBigInteger());
            }
            Object method = PyObjectType.classOf(number).lookup("__round__");
            if (method == null) {
                throw Errors.typeError("type " + PyObjectType.typeName(number) + " doesn't define __round__ method");
            }
            Object[] args = hasDigits ? new Object[]{ndigits} : new Object[0];
            return PyObjectCall.callDescriptor(method, number, args, new String[0], new Object[0]);
        }
    }

    @Builtin(name = "divmod", params = {"x", "y", "/"})
    @GenerateNodeFactory
    public abstract static class DivmodNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object divmod(Object a, Object b) {
            KraitContext context = KraitContext.get(null);
            if (BuiltinArithmetic.isInt(a) && BuiltinArithmetic.isInt(b)) {
                return context.newTuple(IntOps.divmod(BuiltinArithmetic.asInt(a), BuiltinArithmetic.asInt(b)));
            }
            if ((a instanceof Double || BuiltinArithmetic.isInt(a)) && (b instanceof Double || BuiltinArithmetic.isInt(b))) {
                double[] result = FloatOps.divmod(PyNumber.asDouble(a), PyNumber.asDouble(b));
                return context.newTuple(new Object[]{result[0], result[1]});
            }
            Object method = PyObjectType.classOf(a).lookup("__divmod__");
            if (method != null) {
                Object result = PyObjectCall.callDescriptor(method, a, new Object[]{b}, new String[0], new Object[0]);
                if (result != dev.krait.runtime.protocol.Singletons.NOT_IMPLEMENTED) {
                    return result;
                }
            }
            Object reflected = PyObjectType.classOf(b).lookup("__rdivmod__");
            if (reflected != null) {
                Object result = PyObjectCall.callDescriptor(reflected, b, new Object[]{a}, new String[0], new Object[0]);
                if (result != dev.krait.runtime.protocol.Singletons.NOT_IMPLEMENTED) {
                    return result;
                }
            }
            throw Errors.typeError("unsupported operand type(s) for divmod(): '" + PyObjectType.typeName(a) + "' and '" +
                            PyObjectType.typeName(b) + "'");
        }
    }

    @Builtin(name = "pow", params = {"base", "exp", "mod="})
    @GenerateNodeFactory
    public abstract static class PowNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object pow(Object base, Object exp, Object mod) {
            if (!given(mod) || mod == PNone.NONE) {
                return PyNumber.binaryOp(BinaryOperator.POW, base, exp);
            }
            if (BuiltinArithmetic.isInt(base) && BuiltinArithmetic.isInt(exp) && BuiltinArithmetic.isInt(mod)) {
                return IntOps.powMod(BuiltinArithmetic.asInt(base), BuiltinArithmetic.asInt(exp), BuiltinArithmetic.asInt(mod));
            }
            if (!(base instanceof Double) && !BuiltinArithmetic.isInt(base)) {
                // three-argument pow of another type: its __pow__(exp, mod) decides
                Object method = PyObjectType.classOf(base).lookup("__pow__");
                Object result = method == null ? null
                                : dev.krait.runtime.protocol.PyObjectCall.callDescriptor(method, base, new Object[]{exp, mod}, new String[0], new Object[0]);
                if (result == null || result == dev.krait.runtime.protocol.Singletons.NOT_IMPLEMENTED) {
                    throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + PyObjectType.typeName(base) + "', '" +
                                    PyObjectType.typeName(exp) + "', '" + PyObjectType.typeName(mod) + "'");
                }
                return result;
            }
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
    }

    @Builtin(name = "hash", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long hash(Object obj) {
            return PyObjectHash.hash(obj);
        }
    }

    @Builtin(name = "id", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class IdNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object id(Object obj) {
            Object id = dev.krait.runtime.ObjectIds.id(obj);
            dev.krait.runtime.PySysAudit.audit(KraitContext.get(null), "builtins.id", id);
            return id;
        }
    }

    @Builtin(name = "iter", params = {"obj", "sentinel=", "/"})
    @GenerateNodeFactory
    public abstract static class IterNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object iter(Object obj, Object sentinel) {
            if (given(sentinel)) {
                return new dev.krait.runtime.iterators.CallIterator(KraitContext.get(null), obj, sentinel);
            }
            return PyIter.getIter(obj);
        }
    }

    @Builtin(name = "aiter", params = {"async_iterable", "/"})
    @GenerateNodeFactory
    public abstract static class AIterNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object aiter(Object iterable) {
            Object method = PyObjectType.classOf(iterable).lookup("__aiter__");
            if (method == null) {
                throw Errors.typeError("'" + PyObjectType.typeName(iterable) + "' object is not an async iterable");
            }
            Object iterator = PyObjectCall.callDescriptor(method, iterable, new Object[0], new String[0], new Object[0]);
            if (PyObjectType.classOf(iterator).lookup("__anext__") == null) {
                throw Errors.typeError("aiter() returned not an async iterator of type '" + PyObjectType.typeName(iterator) + "'");
            }
            return iterator;
        }
    }

    @Builtin(name = "anext", params = {"aiterator", "default=", "/"})
    @GenerateNodeFactory
    public abstract static class ANextNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object anext(Object iterator, Object defaultValue) {
            Object method = PyObjectType.classOf(iterator).lookup("__anext__");
            if (method == null) {
                throw Errors.typeError("'" + PyObjectType.typeName(iterator) + "' object is not an async iterator");
            }
            Object awaitable = PyObjectCall.callDescriptor(method, iterator, new Object[0], new String[0], new Object[0]);
            if (!given(defaultValue)) {
                return awaitable;
            }
            KraitContext context = KraitContext.get(null);
            return new dev.krait.runtime.objects.PAnextAwaitable(context.classes().byName("anext_awaitable"), context.getShape(),
                            dev.krait.runtime.protocol.AwaitSupport.awaitableIterator(awaitable), defaultValue);
        }
    }

    @Builtin(name = "next", params = {"iterator", "default=", "/"})
    @GenerateNodeFactory
    public abstract static class NextNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object next(Object iterator, Object defaultValue) {
            KraitContext context = KraitContext.get(null);
            if (!(iterator instanceof dev.krait.runtime.objects.PBuiltinIterator) && !dev.krait.runtime.objects.PGenerator.isPlainGenerator(iterator) &&
                            PyObjectType.classOf(context, iterator).lookup("__next__") == null) {
                throw Errors.typeError("'" + PyObjectType.typeName(iterator) + "' object is not an iterator");
            }
            if (iterator instanceof dev.krait.runtime.objects.PGenerator generator && generator.isIterator() && !given(defaultValue)) {
                return dev.krait.runtime.protocol.GeneratorSupport.send(generator, PNone.NONE);
            }
            if (!(iterator instanceof dev.krait.runtime.objects.PBuiltinIterator builtin && builtin.hasNativeProtocol()) &&
                            !dev.krait.runtime.objects.PGenerator.isPlainGenerator(iterator) && !given(defaultValue)) {
                return PyObjectCall.callSpecial(iterator, "__next__");
            }
            // without a default, a StopIteration raised by code a builtin iterator calls (map's function) propagates
            Object item = !given(defaultValue) && iterator instanceof dev.krait.runtime.objects.PBuiltinIterator builtin && builtin.hasNativeProtocol()
                            ? builtin.next() : PyIter.next(iterator);
            if (item == null) {
                if (given(defaultValue)) {
                    return defaultValue;
                }
                throw dev.krait.runtime.protocol.GeneratorSupport.stopIteration(PNone.NONE);
            }
            return item;
        }
    }

    @Builtin(name = "getattr", params = {"object", "name", "default=", "/"})
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object getattr(Object object, Object name, Object defaultValue) {
            String attribute = PyObjectGetAttr.attributeName(name);
            if (!given(defaultValue)) {
                return PyObjectGetAttr.get(object, attribute);
            }
            try {
                Object value = PyObjectGetAttr.getOrNull(object, attribute);
                return value == null ? defaultValue : value;
            } catch (PException e) {
                if (PyObjectGetAttr.isAttributeError(KraitContext.get(null), e)) {
                    return defaultValue;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "setattr", params = {"obj", "name", "value", "/"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object setattr(Object obj, Object name, Object value) {
            String attribute = PyObjectGetAttr.attributeName(name);
            PyObjectSetAttr.set(obj, attribute, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "delattr", params = {"obj", "name", "/"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object delattr(Object obj, Object name) {
            String attribute = PyObjectGetAttr.attributeName(name);
            PyObjectSetAttr.set(obj, attribute, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "hasattr", params = {"obj", "name", "/"})
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean hasattr(Object obj, Object name) {
            String attribute = PyObjectGetAttr.attributeName(name);
            try {
                return PyObjectGetAttr.getOrNull(obj, attribute) != null;
            } catch (PException e) {
                if (PyObjectGetAttr.isAttributeError(KraitContext.get(null), e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "callable", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class CallableNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean callable(Object obj) {
            return obj instanceof PFunction || obj instanceof PBuiltinFunction || obj instanceof PBoundMethod ||
                            obj instanceof PythonClass || PyObjectType.classOf(obj).lookup("__call__") != null;
        }
    }

    @Builtin(name = "chr", params = {"i", "/"})
    @GenerateNodeFactory
    public abstract static class ChrNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String chr(Object i) {
            Object index = PyNumber.index(i);
            if (!(index instanceof Long cp)) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            if (cp < 0 || cp > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) (long) cp));
        }
    }

    @Builtin(name = "ord", params = {"c", "/"})
    @GenerateNodeFactory
    public abstract static class OrdNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long ord(Object c) {
            if (c instanceof dev.krait.runtime.objects.PBoxedValue && dev.krait.runtime.objects.PBoxedValue.unwrap(c) instanceof String) {
                c = dev.krait.runtime.objects.PBoxedValue.unwrap(c); // a str subclass
            }
            if (c instanceof String s) {
                int length = s.codePointCount(0, s.length());
                if (length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + length + " found");
                }
                return s.codePointAt(0);
            }
            if (c instanceof dev.krait.runtime.objects.PBytes || c instanceof dev.krait.runtime.objects.PByteArray) {
                byte[] data = dev.krait.runtime.bytes.ByteSequences.dataOrNull(c);
                if (data.length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + data.length + " found");
                }
                return data[0] & 0xff;
            }
            throw Errors.typeError("ord() expected string of length 1, but " + PyObjectType.typeName(c) + " found");
        }
    }

    @Builtin(name = "hex", params = {"number", "/"})
    @GenerateNodeFactory
    public abstract static class HexNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String hex(Object number) {
            return IntOps.hex(PyNumber.index(number));
        }
    }

    @Builtin(name = "oct", params = {"number", "/"})
    @GenerateNodeFactory
    public abstract static class OctNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String oct(Object number) {
            return IntOps.oct(PyNumber.index(number));
        }
    }

    @Builtin(name = "bin", params = {"number", "/"})
    @GenerateNodeFactory
    public abstract static class BinNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String bin(Object number) {
            return IntOps.bin(PyNumber.index(number));
        }
    }

    @Builtin(name = "format", params = {"value", "format_spec=", "/"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object format(Object value, Object spec) {
            String formatSpec = "";
            if (given(spec)) {
                if (!(dev.krait.runtime.objects.PBoxedValue.unwrap(spec) instanceof String s)) {
                    throw Errors.typeError("format() argument 2 must be str, not " + PyObjectType.typeName(spec));
                }
                formatSpec = s;
            }
            return StringFormatting.PyObjectFormat(value, formatSpec);
        }
    }

    @Builtin(name = "input", params = {"prompt=", "/"})
    @GenerateNodeFactory
    public abstract static class InputNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object input(Object prompt) {
            KraitContext context = KraitContext.get(null);
            PModule sys = context.getModule("sys");
            Object stdin = sys == null ? null : ObjectAttributes.get(sys, "stdin");
            Object stdout = sys == null ? null : ObjectAttributes.get(sys, "stdout");
            Object stderr = sys == null ? null : ObjectAttributes.get(sys, "stderr");
            if (stdin == null || stdin == PNone.NONE) {
                throw Errors.runtimeError("input(): lost sys.stdin");
            }
            if (stdout == null || stdout == PNone.NONE) {
                throw Errors.runtimeError("input(): lost sys.stdout");
            }
            flushIgnoringErrors(stderr);
            if (stdin != ObjectAttributes.get(sys, "__stdin__") || stdout != ObjectAttributes.get(sys, "__stdout__") ||
                            !(stdout instanceof PTextStream out) || out.out() == null) {
                // a program's own streams (io.StringIO, a file…): CPython writes the prompt to sys.stdout and calls
                // sys.stdin.readline()
                if (given(prompt)) {
                    PyObjectCall.call(PyObjectGetAttr.get(stdout, "write"), PyObjectRepr.str(prompt));
                }
                flushIgnoringErrors(stdout);
                return lineOf(PyObjectCall.call(PyObjectGetAttr.get(stdin, "readline")));
            }
            if (given(prompt)) {
                out.out().print(PyObjectRepr.str(prompt));
            }
            out.out().flush();
            String line;
            try {
                line = context.readStdinLine();
            } catch (java.io.IOException e) {
                throw Errors.raise(dev.krait.runtime.exceptions.ErrorType.OSError, e.getMessage());
            }
            if (line == null) {
                throw Errors.raise(dev.krait.runtime.exceptions.ErrorType.EOFError, "EOF when reading a line");
            }
            return line;
        }

        /** CPython's {@code PyFile_GetLine(f, -1)} on what readline() returned. */
        private static Object lineOf(Object result) {
            Object value = dev.krait.runtime.objects.PBoxedValue.unwrap(result);
            if (value instanceof String line) {
                if (line.isEmpty()) {
                    throw Errors.raise(dev.krait.runtime.exceptions.ErrorType.EOFError, "EOF when reading a line");
                }
                return line.endsWith("\n") ? line.substring(0, line.length() - 1) : result;
            }
            byte[] data = dev.krait.runtime.bytes.ByteSequences.dataOrNull(result);
            if (data == null) {
                throw Errors.typeError("object.readline() returned non-string");
            }
            if (data.length == 0) {
                throw Errors.raise(dev.krait.runtime.exceptions.ErrorType.EOFError, "EOF when reading a line");
            }
            return data[data.length - 1] == '\n' ? new dev.krait.runtime.objects.PBytes(KraitContext.get(null).classes().bytesClass, KraitContext.get(null).getShape(), java.util.Arrays.copyOf(data, data.length - 1)) : result;
        }

        private static void flushIgnoringErrors(Object stream) {
            if (stream == null || stream == PNone.NONE) {
                return;
            }
            try {
                Object flush = PyObjectGetAttr.getOrNull(stream, "flush");
                if (flush != null) {
                    PyObjectCall.call(flush);
                }
            } catch (dev.krait.runtime.exceptions.PException e) {
                // CPython ignores a failing flush here
            }
        }
    }

    @Builtin(name = "globals", params = {})
    @GenerateNodeFactory
    public abstract static class GlobalsFunctionNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object globals() {
            // a direct globals() call is compiled to read the caller's frame (FrameNamesNode); this is the object
            return CodeExecutionFunctions.callerGlobals(KraitContext.get(null));
        }
    }

    /**
     * The local variables of the innermost running Python frame, as its {@code f_locals} shows them: what
     * {@code locals()}, {@code vars()} and {@code dir()} see when they are called indirectly (through another
     * name, {@code map(locals, ...)}); a direct call is compiled to read the caller's frame (FrameNamesNode).
     */
    @TruffleBoundary
    static PDict callerLocals() {
        KraitContext context = KraitContext.get(null);
        return dev.krait.runtime.FrameObjects.localsOf(context, dev.krait.runtime.FrameObjects.runningFrame(context, 0));
    }

    /** A direct {@code locals()} call is compiled to read the caller's frame (FrameNamesNode); this is the object. */
    @Builtin(name = "locals", params = {})
    @GenerateNodeFactory
    public abstract static class LocalsFunctionNode extends BuiltinNode.Builtin0 {
        @Specialization
        Object locals(VirtualFrame frame) {
            return callerLocals();
        }
    }

    @Builtin(name = "vars", params = {"object=", "/"})
    @GenerateNodeFactory
    public abstract static class VarsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object vars(Object object) {
            if (!given(object)) {
                return callerLocals();
            }
            Object dict = PyObjectGetAttr.getOrNull(object, "__dict__");
            if (dict == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return dict;
        }
    }

    @Builtin(name = "dir", params = {"object=", "/"})
    @GenerateNodeFactory
    public abstract static class DirNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object dir(Object object) {
            if (!given(object)) {
                return localNames(KraitContext.get(null), callerLocals());
            }
            // CPython's dir(): the object's __dir__ (looked up on its type), made a sorted list
            Object method = PyObjectType.classOf(object).lookup("__dir__");
            if (method == null) {
                throw Errors.typeError("object does not provide __dir__");
            }
            Object names = PyObjectCall.callDescriptor(method, object, new Object[0], new String[0], new Object[0]);
            PList result = PList.presized(KraitContext.get(null), PyIter.toArray(names));
            ListBuiltins.sort(result, PNone.NONE, false);
            return result;
        }

        /**
         * {@code dir()} with no argument: the sorted keys of the caller's locals, a mapping given to eval() or exec()
         * as locals included (its keys(), as CPython's PyMapping_Keys calls it for anything but an exact dict).
         */
        @TruffleBoundary
        public static PList localNames(KraitContext context, Object locals) {
            PList names;
            if (locals instanceof dev.krait.runtime.objects.PDict dict && dev.krait.runtime.protocol.BuiltinArithmetic.isExact(dict)) {
                names = PList.presized(context, dict.storage().keysArray());
            } else {
                names = PList.presized(context, PyIter.toArray(dev.krait.runtime.protocol.PyObjectCall.callSpecial(locals, "keys")));
            }
            ListBuiltins.sort(names, PNone.NONE, false);
            return names;
        }

        /** {@code object.__dir__}: the instance's attributes and those of its class and the class's bases. */
        @TruffleBoundary
        static Object defaultDir(Object object) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            if (object instanceof dev.krait.runtime.objects.PModule module) {
                // a module's own names only: its __dict__, or what its own __dir__ function gives (PEP 562)
                Object moduleDir = ObjectAttributes.get(module, "__dir__");
                if (moduleDir != null) {
                    return PyObjectCall.call(moduleDir);
                }
                // the keys of its __dict__ as they are (a key that is not a str makes dir()'s sort fail, as in CPython)
                KraitContext context = KraitContext.get(null);
                return context.newList(module.getNamespaceDict(context).storage().keysArray());
            }
            if (object instanceof PythonObject pythonObject && !(object instanceof PythonClass)) {
                names.addAll(ObjectAttributes.names(pythonObject));
            }
            PythonClass cls = object instanceof PythonClass c ? c : PyObjectType.classOf(object);
            for (PythonClass base : cls.getMro()) {
                names.addAll(base.getNamespace().keySet());
            }
            List<Object> result = new ArrayList<>();
            if (object instanceof PythonObject pythonObject && !(object instanceof PythonClass) && pythonObject.getInstanceDict() != null &&
                            !allStrings(pythonObject.getInstanceDict())) {
                // an instance dict with keys that are not strs: its keys come first, in order, as in CPython's list
                // (which dir() then fails to sort, as CPython's does)
                java.util.Set<Object> listed = new java.util.HashSet<>();
                for (Object key : pythonObject.getInstanceDict().storage().keysArray()) {
                    result.add(key);
                    listed.add(key);
                }
                for (String name : names) {
                    if (!listed.contains(name)) {
                        result.add(name);
                    }
                }
            } else {
                result.addAll(names);
            }
            return KraitContext.get(null).newList(result.toArray());
        }
    }

    private static boolean allStrings(dev.krait.runtime.objects.PDict dict) {
        for (Object key : dict.storage().keysArray()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__build_class__", params = {"func", "name", "/", "*bases", "**kwds"})
    @GenerateNodeFactory
    public abstract static class BuildClassNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object buildClass(Object[] args) {
            return ClassBuilder.buildClass((PFunction) args[0], (String) args[1], ((PTuple) args[2]).items(), (PDict) args[3]);
        }
    }

    @Builtin(name = "__import__", params = {"name", "globals=", "locals=", "fromlist=", "level="})
    @GenerateNodeFactory
    public abstract static class ImportNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object importModule(Object[] args) {
            // the level is converted with the arguments, before the name is looked at
            int level = given(args[4]) ? (int) dev.krait.runtime.protocol.PyNumber.asSize(args[4]) : 0;
            if (!(dev.krait.runtime.objects.PBoxedValue.unwrap(args[0]) instanceof String name)) {
                throw Errors.typeError("module name must be a string");
            }
            return dev.krait.runtime.ModuleLoader.importFunction(KraitContext.get(null), name, args[1], given(args[3]) ? args[3] : null, level);
        }
    }
}
