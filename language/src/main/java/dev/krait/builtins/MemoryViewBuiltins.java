package dev.krait.builtins;

import java.util.function.Predicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.bytes.ItemFormat;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PArray;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PMemoryView;
import dev.krait.runtime.objects.PMmap;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.SliceIndices;

/** {@code memoryview} over bytes and bytearray: one dimension, format 'B' or cast to another, reads and (for a bytearray) writes. */
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
                                view.isReadOnly(), view.format());
            }
            if (object instanceof PArray array) {
                if (array.type().format == null) {
                    throw Errors.notImplementedError("memoryview of an array with typecode 'u' (format 'w')");
                }
                int size = array.itemSize();
                return new PMemoryView((PythonClass) cls, context.getShape(), new PMemoryView.Export(object), 0, size, array.length(), false,
                                array.type().format);
            }
            if (object instanceof PMmap map) {
                map.checkValid();
                return new PMemoryView((PythonClass) cls, context.getShape(), new PMemoryView.Export(object), 0, 1, (int) map.length(),
                                map.access() == PMmap.ACCESS_READ, ItemFormat.UNSIGNED_CHAR);
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
            if (!view.format().isByteFormat()) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
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
            return new PMemoryView(c.classes().memoryviewClass, c.getShape(), view.export(), view.start(), view.step(), view.length(), true,
                            view.format());
        });
        OperatorMethods.define(context, cls, "tolist", self, check, a -> KraitContext.get(null).newList(items(view(a[0]))));
        OperatorMethods.define(context, cls, "cast", new String[]{"self", "format", "shape="}, check, a -> cast(view(a[0]), a[1], a[2]));
        OperatorMethods.define(context, cls, "hex", new String[]{"self", "sep=", "bytes_per_sep="}, check,
                        a -> BytesBuiltins.hex(view(a[0]).toBytes(), a[1], a[2]));
        attribute(context, cls, "obj", v -> v.exporter());
        attribute(context, cls, "nbytes", v -> (long) v.length() * v.format().size);
        attribute(context, cls, "readonly", v -> v.isReadOnly());
        attribute(context, cls, "itemsize", v -> (long) v.format().size);
        attribute(context, cls, "format", v -> v.format().code());
        attribute(context, cls, "ndim", v -> 1L);
        attribute(context, cls, "shape", v -> KraitContext.get(null).newTuple(new Object[]{(long) v.length()}));
        attribute(context, cls, "strides", v -> KraitContext.get(null).newTuple(new Object[]{(long) v.step()}));
        attribute(context, cls, "contiguous", v -> v.isContiguous());
        attribute(context, cls, "c_contiguous", v -> v.isContiguous());
        attribute(context, cls, "f_contiguous", v -> v.isContiguous());
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
                            view.start() + indices.start() * view.step(), view.step() * indices.step(), indices.length(), view.isReadOnly(),
                            view.format());
        }
        return view.get(index(key, length));
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
            ItemFormat sourceFormat = value instanceof PMemoryView source ? source.format() : ItemFormat.UNSIGNED_CHAR;
            int size = view.format().size;
            if (sourceFormat != view.format() || data.length != indices.length() * size) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                view.setRaw(j, java.util.Arrays.copyOfRange(data, i * size, (i + 1) * size));
            }
            return;
        }
        int index = index(key, length);
        view.setRaw(index, view.format().pack(value));
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
        Object[] otherItems;
        if (other instanceof PMemoryView o) {
            otherItems = items(o);
        } else if (other instanceof PBytes || other instanceof PByteArray) {
            byte[] data = ByteSequences.dataOrNull(other);
            otherItems = new Object[data.length];
            for (int i = 0; i < data.length; i++) {
                otherItems[i] = (long) (data[i] & 0xff);
            }
        } else {
            return OperatorMethods.notImplemented();
        }
        Object[] ownItems = items(view);
        boolean equal = ownItems.length == otherItems.length;
        for (int i = 0; equal && i < ownItems.length; i++) {
            equal = PyObjectRichCompare.equals(ownItems[i], otherItems[i]);
        }
        return equal == (op == CompareOperator.EQ);
    }

    /** The items as Python values. */
    private static Object[] items(PMemoryView view) {
        Object[] items = new Object[view.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = view.get(i);
        }
        return items;
    }

    /** {@code cast(format[, shape])}: a view of the same bytes read as items of another format (one dimension). */
    @TruffleBoundary
    private static Object cast(PMemoryView view, Object formatArg, Object shapeArg) {
        view.checkReleased();
        if (!(formatArg instanceof String name)) {
            throw Errors.typeError("memoryview: format argument must be a string");
        }
        if (!view.isContiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        ItemFormat format = ItemFormat.of(name);
        if (format == null) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (!view.format().isByteFormat() && !format.isByteFormat()) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = view.length() * view.format().size;
        if (nbytes % format.size != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        int length = nbytes / format.size;
        if (shapeArg != PNone.NO_VALUE) {
            Object[] shape = PyIter.toArray(shapeArg);
            if (shape.length != 1) {
                throw Errors.notImplementedError("memoryview.cast() to " + shape.length + " dimensions is not supported by Krait yet");
            }
            if (PyNumber.asSize(shape[0]) * format.size != nbytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        KraitContext context = KraitContext.get(null);
        return new PMemoryView(context.classes().memoryviewClass, context.getShape(), view.export(), view.start(), format.size, length,
                        view.isReadOnly(), format);
    }
}
