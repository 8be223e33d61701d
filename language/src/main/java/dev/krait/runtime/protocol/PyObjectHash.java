package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.storage.Hashing;

/** {@code PyObject_Hash}: builtin values directly, then {@code __hash__}, with CPython's tuple and frozenset hashes. */
public final class PyObjectHash {
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private PyObjectHash() {
    }

    @TruffleBoundary
    public static long hash(Object value) {
        if (InteropValues.isForeign(value)) {
            return ForeignObjects.hash(value);
        }
        if (Hashing.isBuiltinKey(value)) {
            return Hashing.hash(value, null);
        }
        if (value == PNone.NONE) {
            return 0xFCA86420L;
        }
        if (value instanceof PTuple tuple && tuple.getPythonClass() == KraitContext.get(null).classes().tupleClass) {
            return tupleHash(tuple.items());
        }
        if (value instanceof dev.krait.runtime.objects.PBytes bytes && BuiltinArithmetic.isExact(bytes)) {
            return dev.krait.runtime.bytes.ByteSequences.hash(bytes.bytes());
        }
        KraitContext context = KraitContext.get(null);
        PythonClass type = PyObjectType.classOf(context, value);
        if (value instanceof PSet set && type.isSubclassOf(context.classes().frozensetClass)) {
            return frozensetHash(set);
        }
        Object hash = type.lookup("__hash__");
        if (hash == null || hash == PNone.NONE) {
            throw Errors.typeError("unhashable type: '" + type.getTypeName() + "'");
        }
        if (hash instanceof PBuiltinFunction builtin && builtin.getOwner() == context.classes().objectClass) {
            return Hashing.identityHash(value);
        }
        if (hash instanceof PBuiltinFunction && value instanceof PTuple tuple) {
            return tupleHash(tuple.items());
        }
        Object result = PyObjectCall.callDescriptor(hash, value, new Object[0], new String[0], new Object[0]);
        if (!BuiltinArithmetic.isInt(PBoxedValue.unwrap(result))) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        // an int that fits a hash is the hash; a bigger one is hashed as an int
        Object number = BuiltinArithmetic.asInt(PBoxedValue.unwrap(result));
        long h = number instanceof Long l ? l : Hashing.numericHash(number);
        return h == -1 ? -2 : h;
    }

    /** CPython 3.8+'s tuple hash (an xxHash-style mix of the element hashes). */
    @TruffleBoundary
    public static long tupleHash(Object[] items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    @TruffleBoundary
    private static long frozensetHash(PSet set) {
        long hash = 0;
        for (Object item : set.storage().toArray()) {
            long h = hash(item);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) set.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }
}
