package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;

/** {@code PyObject_IsTrue}: truth testing with {@code __bool__} and then {@code __len__}. */
public final class PyObjectIsTrue {
    private PyObjectIsTrue() {
    }

    @TruffleBoundary
    public static boolean isTrue(Object value) {
        if (InteropValues.isForeign(value)) {
            return ForeignObjects.isTrue(value);
        }
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof Double d) {
            return d != 0.0;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        } else if (value == PNone.NONE) {
            return false;
        } else if (value instanceof PInt) {
            return true;
        } else if (value instanceof PList list) {
            return list.size() != 0;
        } else if (value instanceof PTuple tuple) {
            return tuple.length() != 0;
        } else if (value instanceof PDict dict) {
            return dict.size() != 0;
        } else if (value instanceof PSet set) {
            return set.size() != 0;
        } else if (value instanceof dev.krait.runtime.objects.PBytes bytes && BuiltinArithmetic.isExact(bytes)) {
            return bytes.length() != 0;
        } else if (value instanceof dev.krait.runtime.objects.PByteArray array && BuiltinArithmetic.isExact(array)) {
            return array.length() != 0;
        }
        PythonClass type = PyObjectType.classOf(value);
        Object bool = type.lookup("__bool__");
        if (bool != null) {
            Object result = PyObjectCall.callDescriptor(bool, value, new Object[0], new String[0], new Object[0]);
            if (result instanceof Boolean b) {
                return b;
            }
            throw Errors.typeError("__bool__ should return bool, returned " + PyObjectType.typeName(result));
        }
        Object len = type.lookup("__len__");
        if (len != null) {
            return PyObjectSize.size(value) != 0;
        }
        return true;
    }
}
