package dev.krait.builtins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.bytes.BytesFormatting;
import dev.krait.runtime.bytes.BytesMethods;
import dev.krait.runtime.bytes.Codecs;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.iterators.BytesIterator;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code bytes}, and the methods bytearray shares with it. The shared methods are made once per type from one body
 * (with {@link OperatorMethods#define}), so each gets its type's name in errors; a method's result has the type of
 * its receiver.
 */
final class BytesBuiltins {
    private BytesBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newBytes(Object cls, Object args, Object kwargs) {
            Object[] a = ConstructorArgs.bind("bytes", args, kwargs, new String[]{"source", "encoding", "errors"});
            KraitContext context = KraitContext.get(null);
            if (a[0] instanceof PBytes bytes && a[1] == PNone.NO_VALUE && a[2] == PNone.NO_VALUE && bytes.getPythonClass().isBuiltin() &&
                            cls == context.classes().bytesClass) {
                return bytes;
            }
            if (cls == context.classes().bytesClass && a[1] == PNone.NO_VALUE && a[2] == PNone.NO_VALUE && !(a[0] instanceof PBytes) &&
                            a[0] != PNone.NO_VALUE) {
                // bytes(x) returns what x.__bytes__ returned, an instance of a bytes subclass too
                Object converted = PyObjectCall.callSpecial(a[0], "__bytes__");
                if (converted != null) {
                    if (!(converted instanceof PBytes)) {
                        throw Errors.typeError("__bytes__ returned non-bytes (type " + PyObjectType.typeName(converted) + ")");
                    }
                    return converted;
                }
            }
            byte[] data = ByteSequences.fromConstructorArguments("bytes", a[0], a[1], a[2]);
            if (cls == context.classes().bytesClass) {
                return ByteSequences.newBytes(data);
            }
            return new PBytes((PythonClass) cls, context.getShape(), data);
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string", "/"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class FromHexNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object fromhex(Object cls, Object string) {
            if (!(string instanceof String s)) {
                throw Errors.typeError("fromhex() argument must be str, not " + PyObjectType.typeName(string));
            }
            byte[] data = BytesMethods.fromhex(s);
            KraitContext context = KraitContext.get(null);
            if (cls == context.classes().bytearrayClass) {
                return ByteSequences.newByteArray(data);
            }
            // a subclass gets cls(bytes), as CPython does
            PBytes bytes = ByteSequences.newBytes(data);
            return cls == context.classes().bytesClass ? bytes : PyObjectCall.call(cls, bytes);
        }
    }

    @Builtin(name = "maketrans", params = {"frm", "to", "/"}, staticMethod = true)
    @GenerateNodeFactory
    abstract static class MakeTransNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object maketrans(Object from, Object to) {
            byte[] f = ByteSequences.require(from);
            byte[] t = ByteSequences.require(to);
            if (f.length != t.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < f.length; i++) {
                table[f[i] & 0xff] = t[i];
            }
            return ByteSequences.newBytes(table);
        }
    }

    /** The class methods both types have (the constructors differ). */
    static boolean isClassLevel(String name) {
        return name.equals("fromhex") || name.equals("maketrans");
    }

    // ---- the shared methods ----

    private static final String[] SELF = {"self", "/"};

    static void install(KraitContext context) {
        PythonClass bytes = context.classes().bytesClass;
        PythonClass bytearray = context.classes().bytearrayClass;
        installShared(context, bytes, v -> v instanceof PBytes);
        installShared(context, bytearray, v -> v instanceof PByteArray);
        OperatorMethods.define(context, bytes, "__hash__", SELF, v -> v instanceof PBytes, a -> hash(((PBytes) a[0]).bytes()));
        OperatorMethods.define(context, bytes, "__bytes__", SELF, v -> v instanceof PBytes,
                        a -> ((PBytes) a[0]).getPythonClass().isBuiltin() ? a[0] : ByteSequences.newBytes(((PBytes) a[0]).bytes()));
        OperatorMethods.define(context, bytes, "__getnewargs__", SELF, v -> v instanceof PBytes,
                        a -> context().newTuple(new Object[]{ByteSequences.newBytes(((PBytes) a[0]).bytes())}));
        bytearray.defineOwn("__hash__", PNone.NONE);
    }

    private static KraitContext context() {
        return KraitContext.get(null);
    }

    static long hash(byte[] data) {
        return ByteSequences.hash(data);
    }

    private static byte[] data(Object self) {
        return ByteSequences.dataOrNull(self);
    }

    private static int length(Object self) {
        return self instanceof PBytes b ? b.length() : ((PByteArray) self).length();
    }

    private static String typeName(Object self) {
        return self instanceof PBytes ? "bytes" : "bytearray";
    }

    @TruffleBoundary
    private static void installShared(KraitContext context, PythonClass cls, Predicate<Object> check) {
        String[] searchParams = {"self", "sub", "start=", "end=", "/"};
        OperatorMethods.define(context, cls, "__len__", SELF, check, a -> (long) length(a[0]));
        OperatorMethods.define(context, cls, "__repr__", SELF, check, a -> repr(a[0]));
        OperatorMethods.define(context, cls, "__getitem__", OperatorMethods.BINARY, check, a -> getItem(a[0], a[1]));
        OperatorMethods.define(context, cls, "__iter__", SELF, check, a -> iterator(a[0]));
        OperatorMethods.define(context, cls, "__contains__", OperatorMethods.BINARY, check, a -> contains(a[0], a[1]));
        OperatorMethods.define(context, cls, "__add__", OperatorMethods.BINARY, check, a -> concat(a[0], a[1]));
        OperatorMethods.define(context, cls, "__mul__", OperatorMethods.BINARY, check, a -> repeat(a[0], a[1]));
        OperatorMethods.define(context, cls, "__rmul__", OperatorMethods.BINARY, check, a -> repeat(a[0], a[1]));
        OperatorMethods.define(context, cls, "__mod__", OperatorMethods.BINARY, check,
                        a -> ByteSequences.newLike(a[0], BytesFormatting.format(data(a[0]), a[1])));
        OperatorMethods.define(context, cls, "__rmod__", OperatorMethods.BINARY, check, a -> OperatorMethods.notImplemented());
        OperatorMethods.comparisons(context, cls, check, BytesBuiltins::compare);
        OperatorMethods.define(context, cls, "count", searchParams, check, a -> {
            byte[] d = data(a[0]);
            int[] range = range(d.length, a[2], a[3]);
            return (long) BytesMethods.count(d, subArgument(a[1]), range[0], range[1]);
        });
        for (String name : new String[]{"find", "index", "rfind", "rindex"}) {
            boolean reverse = name.startsWith("r");
            boolean raises = name.endsWith("index");
            OperatorMethods.define(context, cls, name, searchParams, check, a -> {
                byte[] d = data(a[0]);
                byte[] sub = subArgument(a[1]);
                int[] range = range(d.length, a[2], a[3]);
                int at = reverse ? BytesMethods.rfind(d, sub, range[0], range[1]) : BytesMethods.find(d, sub, range[0], range[1]);
                if (at < 0 && raises) {
                    throw Errors.valueError("subsection not found");
                }
                return (long) at;
            });
        }
        for (String name : new String[]{"startswith", "endswith"}) {
            boolean end = name.equals("endswith");
            OperatorMethods.define(context, cls, name, searchParams, check, a -> affix(a[0], a[1], a[2], a[3], name, end));
        }
        OperatorMethods.define(context, cls, "split", new String[]{"self", "sep=", "maxsplit="}, check,
                        a -> {
                            long maxsplit = maxsplit(a[2]);
                            return list(a[0], BytesMethods.split(data(a[0]), separator(a[1]), maxsplit));
                        });
        OperatorMethods.define(context, cls, "rsplit", new String[]{"self", "sep=", "maxsplit="}, check,
                        a -> {
                            long maxsplit = maxsplit(a[2]);
                            return list(a[0], BytesMethods.rsplit(data(a[0]), separator(a[1]), maxsplit));
                        });
        OperatorMethods.define(context, cls, "splitlines", new String[]{"self", "keepends="}, check,
                        a -> list(a[0], BytesMethods.splitlines(data(a[0]), a[1] != PNone.NO_VALUE && PyObjectIsTrue.isTrue(a[1]))));
        OperatorMethods.define(context, cls, "join", new String[]{"self", "iterable_of_bytes", "/"}, check, a -> join(a[0], a[1]));
        OperatorMethods.define(context, cls, "replace", new String[]{"self", "old", "new", "count=", "/"}, check,
                        a -> ByteSequences.newLike(a[0], BytesMethods.replace(data(a[0]), ByteSequences.require(a[1]),
                                        ByteSequences.require(a[2]), a[3] == PNone.NO_VALUE ? -1 : PyNumber.asSize(a[3]))));
        String[] stripParams = {"self", "bytes=", "/"};
        OperatorMethods.define(context, cls, "strip", stripParams, check, a -> strip(a[0], a[1], true, true));
        OperatorMethods.define(context, cls, "lstrip", stripParams, check, a -> strip(a[0], a[1], true, false));
        OperatorMethods.define(context, cls, "rstrip", stripParams, check, a -> strip(a[0], a[1], false, true));
        for (BytesMethods.Case kind : BytesMethods.Case.values()) {
            OperatorMethods.define(context, cls, kind.name().toLowerCase(java.util.Locale.ROOT), SELF, check,
                            a -> ByteSequences.newLike(a[0], BytesMethods.changeCase(data(a[0]), kind)));
        }
        for (BytesMethods.CharClass kind : BytesMethods.CharClass.values()) {
            OperatorMethods.define(context, cls, "is" + kind.name().toLowerCase(java.util.Locale.ROOT), SELF, check,
                            a -> BytesMethods.all(data(a[0]), kind));
        }
        OperatorMethods.define(context, cls, "isupper", SELF, check, a -> BytesMethods.isCase(data(a[0]), true));
        OperatorMethods.define(context, cls, "islower", SELF, check, a -> BytesMethods.isCase(data(a[0]), false));
        OperatorMethods.define(context, cls, "istitle", SELF, check, a -> BytesMethods.isTitle(data(a[0])));
        for (String name : new String[]{"center", "ljust", "rjust"}) {
            char align = name.equals("ljust") ? '<' : name.equals("rjust") ? '>' : '^';
            OperatorMethods.define(context, cls, name, new String[]{"self", "width", "fillchar=", "/"}, check,
                            a -> {
                                long width = PyNumber.asSsizeArgument(a[1]);
                                byte fill = fillchar(name, a[2]);
                                byte[] d = data(a[0]);
                                return width <= d.length ? copyOrSelf(a[0], d) : ByteSequences.newLike(a[0], BytesMethods.pad(d, width, fill, align));
                            });
        }
        OperatorMethods.define(context, cls, "zfill", new String[]{"self", "width", "/"}, check,
                        a -> ByteSequences.newLike(a[0], BytesMethods.zfill(data(a[0]), PyNumber.asSize(a[1]))));
        OperatorMethods.define(context, cls, "expandtabs", new String[]{"self", "tabsize="}, check,
                        a -> ByteSequences.newLike(a[0], BytesMethods.expandtabs(data(a[0]), a[1] == PNone.NO_VALUE ? 8 : PyNumber.asSize(a[1]))));
        OperatorMethods.define(context, cls, "partition", new String[]{"self", "sep", "/"}, check, a -> partition(a[0], a[1], false));
        OperatorMethods.define(context, cls, "rpartition", new String[]{"self", "sep", "/"}, check, a -> partition(a[0], a[1], true));
        OperatorMethods.define(context, cls, "removeprefix", new String[]{"self", "prefix", "/"}, check, a -> {
            byte[] d = data(a[0]);
            byte[] prefix = ByteSequences.require(a[1]);
            return BytesMethods.regionMatches(d, 0, prefix) ? ByteSequences.newLike(a[0], Arrays.copyOfRange(d, prefix.length, d.length))
                            : copyOrSelf(a[0], d);
        });
        OperatorMethods.define(context, cls, "removesuffix", new String[]{"self", "suffix", "/"}, check, a -> {
            byte[] d = data(a[0]);
            byte[] suffix = ByteSequences.require(a[1]);
            return suffix.length > 0 && BytesMethods.regionMatches(d, d.length - suffix.length, suffix)
                            ? ByteSequences.newLike(a[0], Arrays.copyOf(d, d.length - suffix.length))
                            : copyOrSelf(a[0], d);
        });
        OperatorMethods.define(context, cls, "translate", new String[]{"self", "table", "/", "delete="}, check, a -> {
            byte[] table = a[1] == PNone.NONE ? null : ByteSequences.require(a[1]);
            if (table != null && table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
            byte[] delete = a[2] == PNone.NO_VALUE ? new byte[0] : ByteSequences.require(a[2]);
            byte[] translated = BytesMethods.translate(data(a[0]), table, delete);
            if (java.util.Arrays.equals(translated, data(a[0]))) {
                return copyOrSelf(a[0], translated); // an exact bytes object that nothing changed is returned itself
            }
            return ByteSequences.newLike(a[0], translated);
        });
        OperatorMethods.define(context, cls, "hex", new String[]{"self", "sep=", "bytes_per_sep="}, check,
                        a -> hex(data(a[0]), a[1], a[2]));
        OperatorMethods.define(context, cls, "decode", new String[]{"self", "encoding=", "errors="}, check,
                        a -> Codecs.decode(data(a[0]), Codecs.argument("decode", "encoding", a[1], "utf-8"),
                                        Codecs.argument("decode", "errors", a[2], "strict")));
    }

    /** bytes methods that change nothing return the bytes object itself; bytearray ones return a copy. */
    private static Object copyOrSelf(Object self, byte[] data) {
        return self instanceof PBytes b && b.getPythonClass().isBuiltin() ? self : ByteSequences.newLike(self, data.clone());
    }

    @TruffleBoundary
    static String repr(Object self) {
        if (self instanceof PBytes b) {
            return BytesMethods.repr(b.bytes(), b.length());
        }
        PByteArray array = (PByteArray) self;
        return array.getPythonClass().getName() + "(" + BytesMethods.repr(array.storage(), array.length(), true) + ")";
    }

    static Object iterator(Object self) {
        KraitContext context = context();
        PythonClass cls = context.classes().byName(self instanceof PBytes ? "bytes_iterator" : "bytearray_iterator");
        return new BytesIterator(cls, context.getShape(), self);
    }

    /** {@code self[key]}: an int for an index, the same type for a slice. */
    @TruffleBoundary
    static Object getItem(Object self, Object key) {
        int length = length(self);
        if (key instanceof PSlice slice) {
            return ByteSequences.slice(self, slice);
        }
        int index = index(self, key, length);
        return (long) (self instanceof PBytes b ? b.get(index) : ((PByteArray) self).get(index));
    }

    /** An item index of bytes or bytearray, with their errors. */
    @TruffleBoundary
    static int index(Object self, Object key, int length) {
        boolean bytes = self instanceof PBytes;
        if (!BuiltinArithmetic.isInt(key) && (key instanceof String || PyObjectType.classOf(key).lookup("__index__") == null)) {
            throw Errors.typeError((bytes ? "byte" : "bytearray") + " indices must be integers or slices, not " + PyObjectType.typeName(key));
        }
        Object value = PyNumber.index(key);
        if (!(value instanceof Long)) {
            throw Errors.indexError("cannot fit '" + PyObjectType.typeName(key) + "' into an index-sized integer");
        }
        long i = (Long) value;
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError(bytes ? "index out of range" : "bytearray index out of range");
        }
        return (int) i;
    }

    /**
     * {@code key in b}: CPython's {@code _Py_bytes_contains} tries the key as an index first (an int subclass or any
     * object with {@code __index__}, even a bytes subclass) and, when that fails for any reason, as a bytes-like object.
     */
    @TruffleBoundary
    static boolean contains(Object self, Object key) {
        byte[] d = data(self);
        if (BuiltinArithmetic.isInt(key) || !(key instanceof String) && PyObjectType.classOf(key).lookup("__index__") != null) {
            Object index = null;
            try {
                index = PyNumber.index(key);
            } catch (PException e) {
                // swallowed as CPython does: the key may still be bytes-like
            }
            if (index != null) {
                if (!(index instanceof Long l) || l < 0 || l > 255) {
                    throw Errors.valueError("byte must be in range(0, 256)");
                }
                byte b = (byte) (long) l;
                for (byte x : d) {
                    if (x == b) {
                        return true;
                    }
                }
                return false;
            }
        }
        if (ByteSequences.isBytesLike(key)) {
            return BytesMethods.find(d, data(key), 0, d.length) >= 0;
        }
        throw Errors.typeError("a bytes-like object is required, not '" + PyObjectType.typeName(key) + "'");
    }

    @TruffleBoundary
    static Object concat(Object self, Object other) {
        byte[] right = ByteSequences.dataOrNull(other);
        if (right == null) {
            throw Errors.typeError("can't concat " + PyObjectType.typeName(other) + " to " + typeName(self));
        }
        byte[] left = data(self);
        byte[] result = Arrays.copyOf(left, left.length + right.length);
        System.arraycopy(right, 0, result, left.length, right.length);
        return ByteSequences.newLike(self, result);
    }

    @TruffleBoundary
    static Object repeat(Object self, Object times) {
        long count = PyNumber.repeatCount(times);
        byte[] d = data(self);
        if (d.length > 0 && count > Long.MAX_VALUE / d.length && self instanceof PBytes) {
            throw Errors.overflowError("repeated bytes are too long");
        }
        if (d.length > 0 && count > (Integer.MAX_VALUE - 8) / d.length) {
            throw Errors.memoryError("");
        }
        byte[] result = new byte[(int) (d.length * count)];
        for (int i = 0; i < count && d.length > 0; i++) {
            System.arraycopy(d, 0, result, i * d.length, d.length);
        }
        return ByteSequences.newLike(self, result);
    }

    @TruffleBoundary
    static Object compare(CompareOperator op, Object self, Object other) {
        if (!(other instanceof PBytes || other instanceof PByteArray)) {
            return OperatorMethods.notImplemented();
        }
        return op.test(compareBytes(data(self), data(other)));
    }

    static int compareBytes(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    /** The {@code sub} argument of count/find/index: bytes-like or an int in range(256). */
    private static byte[] subArgument(Object sub) {
        byte[] d = ByteSequences.dataOrNull(sub);
        if (d != null) {
            return d;
        }
        if (BuiltinArithmetic.isInt(sub) || !(sub instanceof String || sub instanceof Double) && PyObjectType.classOf(sub).lookup("__index__") != null) {
            return new byte[]{(byte) ByteSequences.byteValue(sub)};
        }
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + PyObjectType.typeName(sub) + "'");
    }

    /** The {@code start, end} arguments as a clamped range of a sequence of {@code length}; start may exceed end. */
    private static int[] range(int length, Object start, Object end) {
        long s = start == PNone.NO_VALUE || start == PNone.NONE ? 0 : sliceIndex(start);
        long e = end == PNone.NO_VALUE || end == PNone.NONE ? length : sliceIndex(end);
        if (s < 0) {
            s = Math.max(0, s + length);
        }
        if (e < 0) {
            e = Math.max(0, e + length);
        } else if (e > length) {
            e = length;
        }
        return new int[]{(int) Math.min(s, (long) length + 1), (int) e};
    }

    private static long sliceIndex(Object value) {
        if (!BuiltinArithmetic.isInt(value) && (value instanceof String || value instanceof Double ||
                        PyObjectType.classOf(value).lookup("__index__") == null)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        Object index = PyNumber.index(value);
        return index instanceof Long l ? l : ((PInt) index).value().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    private static Object affix(Object self, Object affix, Object start, Object end, String name, boolean suffix) {
        byte[] d = data(self);
        int[] range = range(d.length, start, end);
        Object[] candidates;
        if (affix instanceof PTuple tuple) {
            candidates = tuple.items();
        } else if (ByteSequences.isBytesLike(affix)) {
            candidates = new Object[]{affix};
        } else {
            throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + PyObjectType.typeName(affix));
        }
        for (Object candidate : candidates) {
            byte[] part = ByteSequences.dataOrNull(candidate);
            if (part == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + PyObjectType.typeName(candidate) + "'");
            }
            if (range[0] > d.length || range[1] - range[0] < part.length) {
                continue;
            }
            int at = suffix ? range[1] - part.length : range[0];
            if (BytesMethods.regionMatches(d, at, part)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] separator(Object sep) {
        return sep == PNone.NO_VALUE || sep == PNone.NONE ? null : ByteSequences.require(sep);
    }

    private static long maxsplit(Object value) {
        return value == PNone.NO_VALUE ? -1 : PyNumber.asSsizeArgument(value);
    }

    private static Object list(Object self, List<byte[]> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = ByteSequences.newLike(self, parts.get(i));
        }
        return context().newList(items);
    }

    @TruffleBoundary
    private static Object join(Object self, Object iterable) {
        List<byte[]> parts = new ArrayList<>();
        for (Object item : PyIter.sequenceFast(iterable, "can only join an iterable")) {
            byte[] part = ByteSequences.dataOrNull(item);
            if (part == null) {
                throw Errors.typeError("sequence item " + parts.size() + ": expected a bytes-like object, " + PyObjectType.typeName(item) + " found");
            }
            parts.add(part);
        }
        return ByteSequences.newLike(self, BytesMethods.join(data(self), parts));
    }

    private static Object strip(Object self, Object chars, boolean left, boolean right) {
        byte[] set = chars == PNone.NO_VALUE || chars == PNone.NONE ? null : ByteSequences.require(chars);
        byte[] data = data(self);
        byte[] stripped = BytesMethods.strip(data, set, left, right);
        if (stripped.length == data.length && self instanceof PBytes && BuiltinArithmetic.isExact(self)) {
            return self; // nothing stripped: an exact bytes object is its own result
        }
        return ByteSequences.newLike(self, stripped);
    }

    private static byte fillchar(String method, Object fill) {
        if (fill == PNone.NO_VALUE) {
            return ' ';
        }
        if ((fill instanceof PBytes || fill instanceof PByteArray) && data(fill).length == 1) {
            return data(fill)[0];
        }
        throw Errors.typeError(method + "() argument 2 must be a byte string of length 1, not " + PyObjectType.typeName(fill));
    }

    private static Object partition(Object self, Object sepArg, boolean reverse) {
        byte[] d = data(self);
        byte[] sep = ByteSequences.require(sepArg);
        BytesMethods.checkSeparator(sep);
        int at = reverse ? BytesMethods.rfind(d, sep, 0, d.length) : BytesMethods.find(d, sep, 0, d.length);
        Object empty = ByteSequences.newLike(self, new byte[0]);
        Object[] items;
        if (at < 0) {
            Object whole = copyOrSelf(self, d);
            items = reverse ? new Object[]{empty, ByteSequences.newLike(self, new byte[0]), whole}
                            : new Object[]{whole, empty, ByteSequences.newLike(self, new byte[0])};
        } else {
            Object separator = sepArg instanceof PBytes && self instanceof PBytes ? sepArg : ByteSequences.newLike(self, sep.clone());
            items = new Object[]{ByteSequences.newLike(self, Arrays.copyOf(d, at)), separator,
                            ByteSequences.newLike(self, Arrays.copyOfRange(d, at + sep.length, d.length))};
        }
        return context().newTuple(items);
    }

    @TruffleBoundary
    static String hex(byte[] d, Object sepArg, Object perSep) {
        String sep = null;
        if (sepArg != PNone.NO_VALUE) {
            if (sepArg instanceof String s) {
                sep = s;
            } else if (ByteSequences.isBytesLike(sepArg)) {
                sep = new String(data(sepArg), StandardCharsets.ISO_8859_1);
            } else {
                throw Errors.typeError("object of type '" + PyObjectType.typeName(sepArg) + "' has no len()");
            }
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
        }
        long group = perSep == PNone.NO_VALUE ? 1 : PyNumber.asSize(perSep);
        return BytesMethods.hex(d, sep, group);
    }
}
