package dev.krait.builtins;

import java.util.function.Predicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.SliceIndices;

/** {@code bytearray}: its constructor and the methods that change it (the others are shared with bytes). */
final class ByteArrayBuiltins {
    private ByteArrayBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newByteArray(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            return new PByteArray((PythonClass) cls, context.getShape(), new byte[0]);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            if (!(self instanceof PByteArray array)) {
                throw OperatorMethods.descriptorError("__init__", "bytearray", self);
            }
            Object[] a = ConstructorArgs.bind("bytearray", args, kwargs, new String[]{"source", "encoding", "errors"});
            byte[] content = ByteSequences.fromConstructorArguments("bytearray", a[0], a[1], a[2]);
            if (array.length() == 0 && !(a[0] instanceof String || a[0] instanceof PList || a[0] instanceof PTuple ||
                            ByteSequences.isBytesLike(a[0]) || BuiltinArithmetic.isInt(a[0]))) {
                array.setContentByAppends(content);
            } else {
                array.setContent(content);
            }
            return PNone.NONE;
        }
    }

    static void install(KraitContext context) {
        PythonClass cls = context.classes().bytearrayClass;
        Predicate<Object> check = v -> v instanceof PByteArray;
        String[] self = {"self", "/"};
        OperatorMethods.define(context, cls, "append", new String[]{"self", "item", "/"}, check, a -> {
            ((PByteArray) a[0]).append(ByteSequences.byteValue(a[1]));
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "extend", new String[]{"self", "iterable_of_ints", "/"}, check, a -> {
            extend((PByteArray) a[0], a[1]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "insert", new String[]{"self", "index", "item", "/"}, check, a -> {
            PByteArray array = (PByteArray) a[0];
            long index = PyNumber.asSize(a[1]);
            int value = ByteSequences.byteValue(a[2]);
            int n = array.length();
            int at = (int) (index < 0 ? Math.max(0, index + n) : Math.min(index, n));
            array.replace(at, at, new byte[]{(byte) value}, false);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "pop", new String[]{"self", "index=", "/"}, check, a -> {
            PByteArray array = (PByteArray) a[0];
            int n = array.length();
            if (n == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            long index = a[1] == PNone.NO_VALUE ? -1 : PyNumber.asSize(a[1]);
            if (index < 0) {
                index += n;
            }
            if (index < 0 || index >= n) {
                throw Errors.indexError("pop index out of range");
            }
            long value = array.get((int) index);
            array.replace((int) index, (int) index + 1, new byte[0], false);
            return value;
        });
        OperatorMethods.define(context, cls, "remove", new String[]{"self", "value", "/"}, check, a -> {
            PByteArray array = (PByteArray) a[0];
            int value = ByteSequences.byteValue(a[1]);
            for (int i = 0; i < array.length(); i++) {
                if (array.get(i) == value) {
                    array.replace(i, i + 1, new byte[0], false);
                    return PNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        OperatorMethods.define(context, cls, "clear", self, check, a -> {
            ((PByteArray) a[0]).setContent(new byte[0]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "reverse", self, check, a -> {
            PByteArray array = (PByteArray) a[0];
            for (int i = 0, j = array.length() - 1; i < j; i++, j--) {
                int t = array.get(i);
                array.set(i, array.get(j));
                array.set(j, t);
            }
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "copy", self, check, a -> ByteSequences.newByteArray(((PByteArray) a[0]).toBytes()));
        OperatorMethods.define(context, cls, "__iadd__", OperatorMethods.BINARY, check, a -> {
            PByteArray array = (PByteArray) a[0];
            byte[] more = ByteSequences.dataOrNull(a[1]);
            if (more == null) {
                throw Errors.typeError("can't concat " + PyObjectType.typeName(a[1]) + " to bytearray");
            }
            array.replace(array.length(), array.length(), more, true);
            return array;
        });
        OperatorMethods.define(context, cls, "__imul__", OperatorMethods.BINARY, check, a -> {
            PByteArray array = (PByteArray) a[0];
            array.setContent(((PByteArray) BytesBuiltins.repeat(array, a[1])).toBytes());
            return array;
        });
        OperatorMethods.define(context, cls, "__setitem__", new String[]{"self", "key", "value", "/"}, check, a -> {
            setItem((PByteArray) a[0], a[1], a[2]);
            return PNone.NONE;
        });
        OperatorMethods.define(context, cls, "__delitem__", OperatorMethods.BINARY, check, a -> {
            delItem((PByteArray) a[0], a[1]);
            return PNone.NONE;
        });
    }

    @TruffleBoundary
    private static void extend(PByteArray array, Object iterable) {
        byte[] more = ByteSequences.dataOrNull(iterable);
        if (more == null) {
            if (BuiltinArithmetic.isInt(iterable)) {
                throw Errors.typeError("can't extend bytearray with " + PyObjectType.typeName(iterable));
            }
            more = ByteSequences.fromIterable("bytearray", iterable);
        }
        array.replace(array.length(), array.length(), more, true);
    }

    @TruffleBoundary
    private static void setItem(PByteArray array, Object key, Object value) {
        if (key instanceof PSlice slice) {
            byte[] replacement = ByteSequences.dataOrNull(value);
            if (replacement == null) {
                if (value instanceof String || PyNumber.isNumber(value)) {
                    throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                replacement = ByteSequences.fromIterable("bytearray", value);
            }
            SliceIndices indices = SliceIndices.of(slice, array.length());
            if (indices.step() == 1) {
                int stop = Math.max(indices.start(), indices.stop());
                array.replace(indices.start(), stop, replacement, true);
                return;
            }
            if (replacement.length != indices.length()) {
                throw Errors.valueError("attempt to assign bytes of size " + replacement.length + " to extended slice of size " + indices.length());
            }
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                array.set(j, replacement[i] & 0xff);
            }
            return;
        }
        int index = BytesBuiltins.index(array, key, array.length());
        array.set(index, ByteSequences.byteValue(value));
    }

    @TruffleBoundary
    private static void delItem(PByteArray array, Object key) {
        if (key instanceof PSlice slice) {
            SliceIndices indices = SliceIndices.of(slice, array.length());
            if (indices.length() == 0) {
                return;
            }
            if (indices.step() == 1) {
                array.replace(indices.start(), indices.start() + indices.length(), new byte[0], true);
                return;
            }
            boolean[] removed = new boolean[array.length()];
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                removed[j] = true;
            }
            byte[] kept = new byte[array.length() - indices.length()];
            for (int i = 0, k = 0; i < array.length(); i++) {
                if (!removed[i]) {
                    kept[k++] = (byte) array.get(i);
                }
            }
            array.setContent(kept);
            return;
        }
        int index = BytesBuiltins.index(array, key, array.length());
        array.replace(index, index + 1, new byte[0], true);
    }
}
