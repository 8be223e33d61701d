package dev.krait.builtins;

import java.util.function.Predicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PArray;
import dev.krait.runtime.objects.PArray.TypeCode;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;
import dev.krait.runtime.protocol.SliceIndices;

/**
 * The {@code array} module: {@code array.array}, a sequence of numbers (or characters) of one C type kept in a byte
 * buffer ({@link PArray}), with CPython's methods, conversions and messages.
 */
public final class ArrayModule {
    private static final String TYPECODES = "bBuhHiIlLqQfd";
    private static final int FILE_BLOCK = 64 * 1024;

    private ArrayModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("array");
        PythonClass cls = context.classes().arrayClass;
        if (cls.lookup("append") == null) {
            install(context, cls);
        }
        ObjectAttributes.put(module, "array", cls);
        ObjectAttributes.put(module, "ArrayType", cls);
        ObjectAttributes.put(module, "typecodes", TYPECODES);
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, ArrayReconstructor.factories(), null, "array");
        PModule abc = dev.krait.runtime.ModuleLoader.importModule(context, "collections.abc");
        PyObjectCall.call(PyObjectGetAttr.get(PyObjectGetAttr.get(abc, "MutableSequence"), "register"), cls);
        return module;
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newArray(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            Object[] given = ((PTuple) args).items();
            if (cls == context.classes().arrayClass && ((PDict) kwargs).size() != 0) {
                throw Errors.typeError("array.array() takes no keyword arguments");
            }
            if (given.length < 1 || given.length > 2) {
                throw Errors.typeError("array() takes " + (given.length < 1 ? "at least 1 argument" : "at most 2 arguments") + " (" +
                                given.length + " given)");
            }
            if (!(given[0] instanceof String code) || code.length() != 1) {
                throw Errors.typeError("array() argument 1 must be a unicode character, not " + PyObjectType.typeName(given[0]));
            }
            if (given.length == 2 && code.charAt(0) != 'u') {
                // checked before the typecode itself, as CPython does
                if (given[1] instanceof String) {
                    throw Errors.typeError("cannot use a str to initialize an array with typecode '" + code + "'");
                }
                if (given[1] instanceof PArray other && other.type() == TypeCode.WCHAR) {
                    throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + code + "'");
                }
            }
            TypeCode type = TypeCode.of(code.charAt(0));
            if (type == null) {
                throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            }
            PArray array = new PArray((PythonClass) cls, context.getShape(), type);
            if (given.length == 2) {
                initialize(array, given[1]);
            }
            return array;
        }
    }

    private static void initialize(PArray array, Object initializer) {
        TypeCode type = array.type();
        if (initializer instanceof String s) {
            if (type != TypeCode.WCHAR) {
                throw Errors.typeError("cannot use a str to initialize an array with typecode '" + type.code + "'");
            }
            fromUnicode(array, s);
        } else if (initializer instanceof PArray other && other.type() == TypeCode.WCHAR && type != TypeCode.WCHAR) {
            throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + type.code + "'");
        } else if (initializer instanceof PBytes || initializer instanceof PByteArray) {
            fromBytes(array, ByteSequences.require(initializer));
        } else if (initializer instanceof PList list) {
            appendAll(array, list.toArray());
            array.allocatedExactly();
        } else if (initializer instanceof PTuple tuple) {
            appendAll(array, tuple.items());
            array.allocatedExactly();
        } else if (initializer instanceof PArray other) {
            appendAll(array, items(other));
            array.allocatedExactly();
        } else {
            extendFromIterable(array, initializer);
        }
    }

    private static PArray self(Object value) {
        return (PArray) value;
    }

    private static PArray newArray(TypeCode type) {
        KraitContext context = KraitContext.get(null);
        return new PArray(context.classes().arrayClass, context.getShape(), type);
    }

    /** Appends values, all or none: a bad value leaves the array as it was. */
    private static void appendAll(PArray array, Object[] values) {
        int size = array.itemSize();
        byte[] raw = new byte[values.length * size];
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(array.encode(values[i]), 0, raw, i * size, size);
        }
        array.appendRaw(raw, values.length);
    }

    /** Appends the items of an iterable one at a time (those before a bad one stay, as in CPython). */
    private static void extendFromIterable(PArray array, Object iterable) {
        Object iterator = PyIter.getIter(iterable);
        Object item;
        while ((item = PyIter.next(iterator)) != null) {
            array.appendRaw(array.encode(item), 1);
        }
    }

    private static void fromBytes(PArray array, byte[] data) {
        if (data.length % array.itemSize() != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        array.appendRaw(data, data.length / array.itemSize());
    }

    private static void fromUnicode(PArray array, String s) {
        int[] codePoints = s.codePoints().toArray();
        byte[] raw = new byte[codePoints.length * 4];
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            raw[4 * i] = (byte) cp;
            raw[4 * i + 1] = (byte) (cp >> 8);
            raw[4 * i + 2] = (byte) (cp >> 16);
            raw[4 * i + 3] = (byte) (cp >> 24);
        }
        array.appendRaw(raw, codePoints.length);
    }

    private static String toUnicode(PArray array) {
        StringBuilder sb = new StringBuilder(array.length());
        for (int i = 0; i < array.length(); i++) {
            sb.append((String) array.get(i));
        }
        return sb.toString();
    }

    private static Object[] items(PArray array) {
        Object[] items = new Object[array.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = array.get(i);
        }
        return items;
    }

    private static PArray copy(PArray array, int start, int count) {
        PArray result = newArray(array.type());
        byte[] raw = new byte[count * array.itemSize()];
        System.arraycopy(array.storage(), start * array.itemSize(), raw, 0, raw.length);
        result.appendRaw(raw, count);
        result.allocatedExactly();
        return result;
    }

    private static int index(PArray array, Object key, String message) {
        long i = PyNumber.asSize(key);
        if (i < 0) {
            i += array.length();
        }
        if (i < 0 || i >= array.length()) {
            throw Errors.indexError(message);
        }
        return (int) i;
    }

    private static boolean isIndex(Object key) {
        return BuiltinArithmetic.isInt(key) || (!PyObjectType.classOf(key).isBuiltin() && PyObjectType.classOf(key).lookup("__index__") != null);
    }

    private static Object getItem(PArray array, Object key) {
        if (key instanceof PSlice slice) {
            SliceIndices indices = SliceIndices.of(slice, array.length());
            if (indices.step() == 1) {
                return copy(array, indices.start(), indices.length());
            }
            PArray result = newArray(array.type());
            int size = array.itemSize();
            byte[] raw = new byte[indices.length() * size];
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                System.arraycopy(array.storage(), j * size, raw, i * size, size);
            }
            result.appendRaw(raw, indices.length());
            result.allocatedExactly();
            return result;
        }
        if (!isIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        return array.get(index(array, key, "array index out of range"));
    }

    private static void setItem(PArray array, Object key, Object value) {
        if (!(key instanceof PSlice slice)) {
            if (!isIndex(key)) {
                throw Errors.typeError("array indices must be integers");
            }
            array.set(index(array, key, "array assignment index out of range"), value);
            return;
        }
        if (!(value instanceof PArray other)) {
            throw Errors.typeError("can only assign array (not \"" + PyObjectType.typeName(value) + "\") to array slice");
        }
        if (other.type() != array.type()) {
            throw Errors.typeError("bad argument type for built-in operation");
        }
        byte[] raw = other.toBytes();
        int count = other.length();
        SliceIndices indices = SliceIndices.of(slice, array.length());
        if (indices.step() == 1) {
            array.replace(indices.start(), Math.max(indices.start(), indices.stop()), raw, count);
            return;
        }
        if (count != indices.length()) {
            throw Errors.valueError("attempt to assign array of size " + count + " to extended slice of size " + indices.length());
        }
        int size = array.itemSize();
        for (int i = 0, j = indices.start(); i < count; i++, j += indices.step()) {
            System.arraycopy(raw, i * size, array.storage(), j * size, size);
        }
    }

    private static void deleteItem(PArray array, Object key) {
        if (!(key instanceof PSlice slice)) {
            if (!isIndex(key)) {
                throw Errors.typeError("array indices must be integers");
            }
            int i = index(array, key, "array assignment index out of range");
            array.replace(i, i + 1, new byte[0], 0);
            return;
        }
        SliceIndices indices = SliceIndices.of(slice, array.length());
        if (indices.length() == 0) {
            return;
        }
        if (indices.step() == 1) {
            array.replace(indices.start(), indices.start() + indices.length(), new byte[0], 0);
            return;
        }
        array.checkResizable();
        int step = indices.step();
        int first = step > 0 ? indices.start() : indices.start() + (indices.length() - 1) * step;
        int stride = Math.abs(step);
        int size = array.itemSize();
        byte[] kept = new byte[(array.length() - indices.length()) * size];
        int n = 0;
        for (int i = 0; i < array.length(); i++) {
            boolean removed = i >= first && (i - first) % stride == 0 && (i - first) / stride < indices.length();
            if (!removed) {
                System.arraycopy(array.storage(), i * size, kept, n * size, size);
                n++;
            }
        }
        array.replace(0, array.length(), kept, n);
    }

    private static Object compare(CompareOperator op, Object left, Object right) {
        if (!(right instanceof PArray other)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        PArray a = self(left);
        if (a.length() != other.length() && (op == CompareOperator.EQ || op == CompareOperator.NE)) {
            return op == CompareOperator.NE;
        }
        int n = Math.min(a.length(), other.length());
        for (int i = 0; i < n; i++) {
            Object x = a.get(i);
            Object y = other.get(i);
            if (!PyObjectRichCompare.equals(x, y)) {
                if (op == CompareOperator.EQ) {
                    return false;
                } else if (op == CompareOperator.NE) {
                    return true;
                }
                return PyObjectRichCompare.compare(op, x, y);
            }
        }
        int la = a.length();
        int lb = other.length();
        return switch (op) {
            case LT -> la < lb;
            case LE -> la <= lb;
            case EQ -> la == lb;
            case NE -> la != lb;
            case GT -> la > lb;
            case GE -> la >= lb;
        };
    }

    private static Object repeat(PArray array, Object times) {
        long n = PyNumber.repeatCount(times);
        PArray result = newArray(array.type());
        checkRepeatedSize(array, n);
        byte[] raw = array.toBytes();
        for (long i = 0; i < n && raw.length > 0; i++) {
            result.appendRaw(raw, array.length());
        }
        result.allocatedExactly();
        return result;
    }

    /** MemoryError when {@code n} copies of the array's bytes would not fit one Java array (checked without overflow). */
    private static void checkRepeatedSize(PArray array, long n) {
        long bytes = (long) array.length() * array.itemSize();
        if (bytes != 0 && n > (Integer.MAX_VALUE - 8) / bytes) {
            throw Errors.memoryError("");
        }
    }

    private static int find(PArray array, Object value, int start, int stop) {
        for (int i = start; i < Math.min(stop, array.length()); i++) {
            if (PyObjectRichCompare.equals(array.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static int clampIndex(Object value, int length) {
        if (!isIndex(value)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        Object index = PyNumber.index(value);
        long i = index instanceof Long l ? l : (((dev.krait.runtime.objects.PInt) index).value().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        return (int) Math.min(i, length);
    }

    private static String repr(PArray array) {
        String prefix = PyObjectType.classOf(array).getName() + "('" + array.type().code + "'";
        if (array.length() == 0) {
            return prefix + ")";
        }
        Object contents = array.type() == TypeCode.WCHAR ? toUnicode(array) : KraitContext.get(null).newList(items(array));
        return prefix + ", " + PyObjectRepr.repr(contents) + ")";
    }

    private static void byteswap(PArray array) {
        int size = array.itemSize();
        byte[] storage = array.storage();
        for (int i = 0; i < array.length(); i++) {
            int at = i * size;
            for (int lo = at, hi = at + size - 1; lo < hi; lo++, hi--) {
                byte t = storage[lo];
                storage[lo] = storage[hi];
                storage[hi] = t;
            }
        }
    }

    private static void fromFile(PArray array, Object file, Object count) {
        long n = PyNumber.asSize(count);
        if (n < 0) {
            throw Errors.valueError("negative count");
        }
        long wanted = n * array.itemSize();
        Object data = PyObjectCall.call(PyObjectGetAttr.get(file, "read"), wanted);
        if (!(data instanceof PBytes bytes)) {
            throw Errors.typeError("read() didn't return bytes");
        }
        byte[] raw = bytes.bytes();
        int whole = raw.length / array.itemSize();
        array.appendRaw(raw, whole);
        if (raw.length != wanted) {
            throw Errors.raise(dev.krait.runtime.exceptions.ErrorType.EOFError, "read() didn't return enough bytes");
        }
    }

    private static void toFile(PArray array, Object file) {
        byte[] raw = array.toBytes();
        Object write = PyObjectGetAttr.get(file, "write");
        for (int at = 0; at < raw.length; at += FILE_BLOCK) {
            byte[] block = java.util.Arrays.copyOfRange(raw, at, Math.min(raw.length, at + FILE_BLOCK));
            PyObjectCall.call(write, ByteSequences.newBytes(block));
        }
    }

    private static void install(KraitContext context, PythonClass cls) {
        BuiltinRegistry registry = context.getLanguage().getBuiltinRegistry();
        registry.addFunctions(context, cls, ArrayModuleFactory.getFactories(), cls, "array");
        PythonClass iterator = context.classes().byName("arrayiterator");
        registry.addFunctions(context, iterator, IteratorBuiltinsFactory.getFactories(), iterator, "array");
        iterator.defineOwn("__module__", "array");
        cls.defineOwn("__module__", "array");
        cls.setTypeName("array.array");
        cls.defineOwn("__hash__", PNone.NONE);
        cls.addPatternFlags(PythonClass.SEQUENCE);
        Predicate<Object> check = v -> v instanceof PArray;
        String[] self = {"self", "/"};
        String[] oneArg = {"self", "v", "/"};
        BuiltinTypeInstaller.getset(context, cls, "typecode", a -> String.valueOf(self(a).type().code), null);
        BuiltinTypeInstaller.getset(context, cls, "itemsize", a -> (long) self(a).itemSize(), null);
        OperatorMethods.define(context, cls, "__len__", self, check, a -> (long) self(a[0]).length());
        OperatorMethods.define(context, cls, "__getitem__", OperatorMethods.BINARY, check, a -> getItem(self(a[0]), a[1]));
        OperatorMethods.define(context, cls, "__setitem__", new String[]{"self", "key", "value", "/"}, check, a -> {
            setItem(self(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__delitem__", OperatorMethods.BINARY, check, a -> {
            deleteItem(self(a[0]), a[1]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__contains__", OperatorMethods.BINARY, check, a -> find(self(a[0]), a[1], 0, Integer.MAX_VALUE) >= 0);
        OperatorMethods.define(context, cls, "__iter__", self, check, a -> {
            KraitContext c = KraitContext.get(null);
            return new dev.krait.runtime.iterators.ArrayIterator(c.classes().byName("arrayiterator"), c.getShape(), self(a[0]));
        });
        OperatorMethods.define(context, cls, "__repr__", self, check, a -> repr(self(a[0])));
        OperatorMethods.comparisons(context, cls, check, ArrayModule::compare);
        OperatorMethods.define(context, cls, "__add__", OperatorMethods.BINARY, check, a -> {
            PArray array = self(a[0]);
            if (!(a[1] instanceof PArray other)) {
                throw Errors.typeError("can only append array (not \"" + PyObjectType.typeName(a[1]) + "\") to array");
            }
            if (other.type() != array.type()) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PArray result = copy(array, 0, array.length());
            result.appendRaw(other.toBytes(), other.length());
            result.allocatedExactly();
            return result;
        });
        OperatorMethods.define(context, cls, "__iadd__", OperatorMethods.BINARY, check, a -> {
            PArray array = self(a[0]);
            if (!(a[1] instanceof PArray other)) {
                throw Errors.typeError("can only extend array with array (not \"" + PyObjectType.typeName(a[1]) + "\")");
            }
            if (other.type() != array.type()) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            array.appendRaw(other.toBytes(), other.length());
            return array;
        });
        OperatorMethods.define(context, cls, "__mul__", OperatorMethods.BINARY, check, a -> repeat(self(a[0]), a[1]));
        OperatorMethods.define(context, cls, "__rmul__", OperatorMethods.BINARY, check, a -> repeat(self(a[0]), a[1]));
        OperatorMethods.define(context, cls, "__imul__", OperatorMethods.BINARY, check, a -> {
            PArray array = self(a[0]);
            long n = PyNumber.repeatCount(a[1]);
            if (n == 0) {
                array.truncate(0);
            } else if (n > 1 && array.length() > 0) {
                array.checkResizable();
                checkRepeatedSize(array, n);
                byte[] raw = array.toBytes();
                int count = array.length();
                for (long i = 1; i < n; i++) {
                    array.appendRaw(raw, count);
                }
            }
            return array;
        });
        OperatorMethods.define(context, cls, "__reduce_ex__", new String[]{"self", "protocol", "/"}, check,
                        a -> ArrayReconstructor.reduce(self(a[0]), a[1]));
        OperatorMethods.define(context, cls, "__copy__", self, check, a -> copy(self(a[0]), 0, self(a[0]).length()));
        OperatorMethods.define(context, cls, "__deepcopy__", oneArg, check, a -> copy(self(a[0]), 0, self(a[0]).length()));
        OperatorMethods.define(context, cls, "append", oneArg, check, a -> {
            PArray array = self(a[0]);
            array.appendRaw(array.encode(a[1]), 1);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "extend", new String[]{"self", "bb", "/"}, check, a -> {
            PArray array = self(a[0]);
            if (a[1] instanceof PArray other) {
                if (other.type() != array.type()) {
                    throw Errors.typeError("can only extend with array of same kind");
                }
                array.appendRaw(other.toBytes(), other.length());
            } else {
                extendFromIterable(array, a[1]);
            }
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "insert", new String[]{"self", "i", "v", "/"}, check, a -> {
            PArray array = self(a[0]);
            long i = PyNumber.asSize(a[1]);
            int n = array.length();
            int at = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
            array.replace(at, at, array.encode(a[2]), 1);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "pop", new String[]{"self", "i=", "/"}, check, a -> {
            PArray array = self(a[0]);
            long i = a[1] == PNone.NO_VALUE ? -1 : PyNumber.asSize(a[1]);
            if (array.length() == 0) {
                throw Errors.indexError("pop from empty array");
            }
            if (i < 0) {
                i += array.length();
            }
            if (i < 0 || i >= array.length()) {
                throw Errors.indexError("pop index out of range");
            }
            Object value = array.get((int) i);
            array.replace((int) i, (int) i + 1, new byte[0], 0);
            return value;
        });
        OperatorMethods.define(context, cls, "remove", oneArg, check, a -> {
            PArray array = self(a[0]);
            int i = find(array, a[1], 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw Errors.valueError("array.remove(x): x not in array");
            }
            array.replace(i, i + 1, new byte[0], 0);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "index", new String[]{"self", "v", "start=", "stop=", "/"}, check, a -> {
            PArray array = self(a[0]);
            int start = a[2] == PNone.NO_VALUE ? 0 : clampIndex(a[2], array.length());
            int stop = a[3] == PNone.NO_VALUE ? array.length() : clampIndex(a[3], array.length());
            int i = find(array, a[1], start, stop);
            if (i < 0) {
                throw Errors.valueError("array.index(x): x not in array");
            }
            return (long) i;
        });
        OperatorMethods.define(context, cls, "count", oneArg, check, a -> {
            PArray array = self(a[0]);
            long count = 0;
            for (int i = 0; i < array.length(); i++) {
                if (PyObjectRichCompare.equals(array.get(i), a[1])) {
                    count++;
                }
            }
            return count;
        });
        OperatorMethods.define(context, cls, "reverse", self, check, a -> {
            PArray array = self(a[0]);
            int size = array.itemSize();
            byte[] storage = array.storage();
            byte[] t = new byte[size];
            for (int lo = 0, hi = array.length() - 1; lo < hi; lo++, hi--) {
                System.arraycopy(storage, lo * size, t, 0, size);
                System.arraycopy(storage, hi * size, storage, lo * size, size);
                System.arraycopy(t, 0, storage, hi * size, size);
            }
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "buffer_info", self, check, a -> {
            PArray array = self(a[0]);
            // Java has no address to give: this number stands for the current storage (it changes when the storage is
            // reallocated, as CPython's address does) and is only good for comparing, never for reading memory.
            long address = array.length() == 0 ? 0 : 0x7f0000000000L + ((long) System.identityHashCode(array.storage()) << 4);
            return KraitContext.get(null).newTuple(new Object[]{address, (long) array.length()});
        });
        OperatorMethods.define(context, cls, "byteswap", self, check, a -> {
            byteswap(self(a[0]));
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "frombytes", new String[]{"self", "buffer", "/"}, check, a -> {
            fromBytes(self(a[0]), ByteSequences.require(a[1]));
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "tobytes", self, check, a -> ByteSequences.newBytes(self(a[0]).toBytes()));
        OperatorMethods.define(context, cls, "fromlist", new String[]{"self", "list", "/"}, check, a -> {
            if (!(a[1] instanceof PList list)) {
                throw Errors.typeError("arg must be list");
            }
            appendAll(self(a[0]), list.toArray());
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "tolist", self, check, a -> KraitContext.get(null).newList(items(self(a[0]))));
        OperatorMethods.define(context, cls, "fromunicode", new String[]{"self", "ustr", "/"}, check, a -> {
            if (!(a[1] instanceof String s)) {
                throw Errors.typeError("fromunicode() argument must be str, not " + PyObjectType.typeName(a[1]));
            }
            if (self(a[0]).type() != TypeCode.WCHAR) {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            fromUnicode(self(a[0]), s);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "tounicode", self, check, a -> {
            if (self(a[0]).type() != TypeCode.WCHAR) {
                throw Errors.valueError("tounicode() may only be called on unicode type arrays");
            }
            return toUnicode(self(a[0]));
        });
        OperatorMethods.define(context, cls, "fromfile", new String[]{"self", "f", "n", "/"}, check, a -> {
            fromFile(self(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__sizeof__", self, check, a -> self(a[0]).cpythonSizeOf());
        OperatorMethods.define(context, cls, "tofile", new String[]{"self", "f", "/"}, check, a -> {
            toFile(self(a[0]), a[1]);
            return PNone.NONE;
        });
    }
}
