package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;


/** {@code PyObject_Size}: {@code len()}. */
public final class PyObjectSize {
    private PyObjectSize() {
    }

    @TruffleBoundary
    public static long size(Object value) {
        if (InteropValues.isForeign(value)) {
            return ForeignObjects.size(value);
        }
        if (value instanceof String s) {
            return CodePoints.length(s);
        } else if (value instanceof PList list && BuiltinArithmetic.isExact(list)) {
            return list.size();
        } else if (value instanceof PTuple tuple && BuiltinArithmetic.isExact(tuple)) {
            return tuple.length();
        } else if (value instanceof PDict dict && BuiltinArithmetic.isExact(dict)) {
            return dict.size();
        } else if (value instanceof PSet set && BuiltinArithmetic.isExact(set)) {
            return set.size();
        } else if (value instanceof dev.krait.runtime.objects.PBytes bytes && BuiltinArithmetic.isExact(bytes)) {
            return bytes.length();
        } else if (value instanceof dev.krait.runtime.objects.PByteArray array && BuiltinArithmetic.isExact(array)) {
            return array.length();
        } else if (value instanceof dev.krait.runtime.objects.PDictView view) {
            return view.dict().size();
        }
        Object len = PyObjectType.classOf(value).lookup("__len__");
        if (len == null) {
            throw Errors.typeError("object of type '" + PyObjectType.typeName(value) + "' has no len()");
        }
        Object result = PyObjectCall.callDescriptor(len, value, new Object[0], new String[0], new Object[0]);
        // CPython's slot_sq_length: the result through __index__ (PyNumber_AsSsize_t)
        Object n = BuiltinArithmetic.isInt(result) ? BuiltinArithmetic.asInt(result) : PyNumber.index(result);
        if (!(n instanceof Long l)) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        if (l < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return l;
    }
}
