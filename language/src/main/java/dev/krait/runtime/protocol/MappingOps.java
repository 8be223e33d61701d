package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.storage.DictStorage;

/** dict equality, merging ({@code PyDict_Merge}) and {@code d1 | d2}. */
public final class MappingOps {
    private MappingOps() {
    }

    @TruffleBoundary
    public static boolean dictEquals(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        // each of a's keys is looked up in b with the hash a stored (CPython's dict_equal calls no __hash__)
        DictStorage entries = a.storage();
        for (int ix = entries.nextIndex(0); ix >= 0; ix = entries.nextIndex(ix + 1)) {
            Object key = entries.keyAt(ix);
            Object value = entries.valueAt(ix);
            if (key == null) {
                continue;
            }
            Object other = b.storage().getHashed(key, entries.hashAt(ix), PythonKeyProtocol.INSTANCE);
            if (other == null || !PyObjectRichCompare.equals(value, other)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static PDict merged(PDict a, PDict b) {
        PDict result = KraitContext.get(null).newDict();
        result.setStorage(a.storage().copy());
        dictMerge(result, b);
        return result;
    }

    /**
     * {@code PyDict_Merge}: the entries of {@code mapping} put into {@code dict} (dict.update, {@code {**m}},
     * {@code d1 | d2}); a dict whose class keeps dict's {@code __iter__} is read directly, anything else through
     * {@code keys()} and {@code __getitem__}.
     */
    @TruffleBoundary
    public static void dictMerge(PDict dict, Object mapping) {
        // CPython's dict_merge reads a dict's entries directly unless its class overrides __iter__
        if (mapping instanceof PDict other && iteratesAsDict(other)) {
            // entry by entry, as CPython: a key's __eq__ or __hash__ that changes the source is a RuntimeError
            var source = other.storage();
            int size = source.size();
            for (int ix = source.nextIndex(0); ix >= 0; ix = source.nextIndex(ix + 1)) {
                dict.storage().putHashed(source.keyAt(ix), source.valueAt(ix), source.hashAt(ix), PythonKeyProtocol.INSTANCE);
                if (source.size() != size) {
                    throw Errors.runtimeError("dict mutated during update");
                }
            }
            return;
        }
        Object keysMethod = PyObjectGetAttr.getOrNull(mapping, "keys");
        if (keysMethod == null) {
            throw Errors.typeError("'" + PyObjectType.typeName(mapping) + "' object is not a mapping");
        }
        for (Object key : PyIter.toArray(PyObjectCall.call(keysMethod))) {
            dict.setItem(key, PyObjectGetItem.getItem(mapping, key));
        }
    }

    /** Whether a dict's entries are what iterating it gives (its class does not override __iter__). */
    public static boolean iteratesAsDict(PDict dict) {
        if (BuiltinArithmetic.isExact(dict)) {
            return true;
        }
        var dictClass = dev.krait.runtime.KraitContext.get(null).classes().dictClass;
        return PyObjectType.classOf(dict).lookup("__iter__") == dictClass.lookup("__iter__");
    }
}
