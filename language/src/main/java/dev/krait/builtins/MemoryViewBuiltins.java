package dev.krait.builtins;

import java.util.function.Predicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PMemoryView;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.SliceIndices;

/** {@code memoryview} over bytes and bytearray: format 'B', one dimension, reads and (for a bytearray) writes. */
final class MemoryViewBuiltins {
    private MemoryViewBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "object"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object newView(Object cls, Object object) {
            KraitContext context = KraitContext.get(null);
            if (object instanceof PMemoryView view) {
                return new PMemoryView((PythonClass) cls, context.getShape(), view.export(), view.start(), view.step(), view.length(),
                                view.isReadOnly());
            }
            if (!(object instanceof PBytes || object instanceof PByteArray)) {
                throw Errors.typeError("memoryview: a bytes-like object is required, not '" + PyObjectType.typeName(object) + "'");
            }
            int length = object instanceof PBytes b ? b.length() : ((PByteArray) object).length();
            return new PMemoryView((PythonClass) cls, context.getShape(), new PMemoryView.Export(object), 0, 1, length);
        }
    }

    static void install(KraitContext context) {
        PythonClass cls = context.classes().memoryviewClass;
        Predicate<Object> check = v -> v instanceof PMemoryView;
        String[] self = {"self", "/"};
        OperatorMethods.define(context, cls, "__len__", self, check, a -> (long) view(a[0]).length());
        OperatorMethods.define(context, cls, "__getitem__", OperatorMethods.BINARY, check, a -> getItem(view(a[0]), a[1]));
        OperatorMethods.define(context, cls, "__setitem__", new String[]{"self", "key", "value", "/"}, check, a -> {
            setItem(view(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__delitem__", OperatorMethods.BINARY, check, a -> {
            view(a[0]).checkReleased();
            throw Errors.typeError(view(a[0]).isReadOnly() ? "cannot modify read-only memory" : "cannot delete memory");
        });
        OperatorMethods.define(context, cls, "__iter__", self, check, a -> {
            view(a[0]).checkReleased();
            KraitContext c = KraitContext.get(null);
            return new dev.krait.runtime.iterators.BytesIterator(c.classes().byName("memory_iterator"), c.getShape(), a[0]);
        });
        OperatorMethods.comparisons(context, cls, check, MemoryViewBuiltins::compare);
        OperatorMethods.define(context, cls, "__hash__", self, check, a -> {
            PMemoryView view = view(a[0]);
            view.checkReleased();
            if (!view.isReadOnly()) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return BytesBuiltins.hash(view.toBytes());
        });
        OperatorMethods.define(context, cls, "__repr__", self, check,
                        a -> (view(a[0]).isReleased() ? "<released memory at " : "<memory at ") + PyObjectRepr.address(a[0]) + ">");
        OperatorMethods.define(context, cls, "__enter__", self, check, a -> {
            view(a[0]).checkReleased();
            return a[0];
        });
        OperatorMethods.define(context, cls, "__exit__", new String[]{"self", "*args"}, check, a -> {
            view(a[0]).release();
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "release", self, check, a -> {
            view(a[0]).release();
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "tobytes", new String[]{"self", "order="}, check,
                        a -> ByteSequences.newBytes(view(a[0]).toBytes()));
        OperatorMethods.define(context, cls, "toreadonly", self, check, a -> {
            PMemoryView view = view(a[0]);
            KraitContext c = KraitContext.get(null);
            return new PMemoryView(c.classes().memoryviewClass, c.getShape(), view.export(), view.start(), view.step(), view.length(), true);
        });
        OperatorMethods.define(context, cls, "tolist", self, check, a -> {
            byte[] data = view(a[0]).toBytes();
            Object[] items = new Object[data.length];
            for (int i = 0; i < data.length; i++) {
                items[i] = (long) (data[i] & 0xff);
            }
            return KraitContext.get(null).newList(items);
        });
        OperatorMethods.define(context, cls, "hex", new String[]{"self", "sep=", "bytes_per_sep="}, check,
                        a -> BytesBuiltins.hex(view(a[0]).toBytes(), a[1], a[2]));
        attribute(context, cls, "obj", v -> v.exporter());
        attribute(context, cls, "nbytes", v -> (long) v.length());
        attribute(context, cls, "readonly", v -> v.isReadOnly());
        attribute(context, cls, "itemsize", v -> 1L);
        attribute(context, cls, "format", v -> "B");
        attribute(context, cls, "ndim", v -> 1L);
        attribute(context, cls, "shape", v -> KraitContext.get(null).newTuple(new Object[]{(long) v.length()}));
        attribute(context, cls, "strides", v -> KraitContext.get(null).newTuple(new Object[]{(long) v.step()}));
        attribute(context, cls, "contiguous", v -> v.step() == 1 || v.length() <= 1);
        attribute(context, cls, "c_contiguous", v -> v.step() == 1 || v.length() <= 1);
        attribute(context, cls, "f_contiguous", v -> v.step() == 1 || v.length() <= 1);
        attribute(context, cls, "suboffsets", v -> KraitContext.get(null).newTuple(new Object[0]));
    }

    private static void attribute(KraitContext context, PythonClass cls, String name, java.util.function.Function<PMemoryView, Object> getter) {
        BuiltinTypeInstaller.getset(context, cls, name, self -> {
            PMemoryView view = view(self);
            view.checkReleased();
            return getter.apply(view);
        }, null);
    }

    private static PMemoryView view(Object self) {
        return (PMemoryView) self;
    }

    @TruffleBoundary
    private static Object getItem(PMemoryView view, Object key) {
        int length = view.length();
        if (key instanceof PSlice slice) {
            SliceIndices indices = SliceIndices.of(slice, length);
            KraitContext context = KraitContext.get(null);
            return new PMemoryView(context.classes().memoryviewClass, context.getShape(), view.export(),
                            view.start() + indices.start() * view.step(), view.step() * indices.step(), indices.length(), view.isReadOnly());
        }
        return (long) view.get(index(key, length));
    }

    private static int index(Object key, int length) {
        if (!BuiltinArithmetic.isInt(key) && (key instanceof String || key instanceof Double || PyObjectType.classOf(key).lookup("__index__") == null)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        Object value = PyNumber.index(key);
        long i = value instanceof Long l ? l : ((PInt) value).value().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    @TruffleBoundary
    private static void setItem(PMemoryView view, Object key, Object value) {
        int length = view.length();
        if (view.isReadOnly()) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (key instanceof PSlice slice) {
            SliceIndices indices = SliceIndices.of(slice, length);
            byte[] data = ByteSequences.dataOrNull(value);
            if (data == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + PyObjectType.typeName(value) + "'");
            }
            if (data.length != indices.length()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                view.set(j, data[i] & 0xff);
            }
            return;
        }
        int index = index(key, length);
        if (!BuiltinArithmetic.isInt(value)) {
            throw Errors.typeError("memoryview: invalid type for format 'B'");
        }
        Object n = BuiltinArithmetic.asInt(value);
        if (!(n instanceof Long l) || l < 0 || l > 255) {
            throw Errors.valueError("memoryview: invalid value for format 'B'");
        }
        view.set(index, (int) (long) l);
    }

    @TruffleBoundary
    private static Object compare(CompareOperator op, Object self, Object other) {
        if (op != CompareOperator.EQ && op != CompareOperator.NE) {
            return OperatorMethods.notImplemented();
        }
        PMemoryView view = view(self);
        if (view.isReleased() || other instanceof PMemoryView o && o.isReleased()) {
            return (self == other) == (op == CompareOperator.EQ);
        }
        byte[] data = ByteSequences.dataOrNull(other);
        if (data == null) {
            return OperatorMethods.notImplemented();
        }
        return java.util.Arrays.equals(view.toBytes(), data) == (op == CompareOperator.EQ);
    }
}
