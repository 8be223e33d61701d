package dev.krait.runtime.protocol;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PSlice;

/** Indexing, slicing and in-place growth shared by the sequence types. */
public final class SequenceOps {
    private SequenceOps() {
    }

    public static int normalizeIndex(Object key, int size, String typeName) {
        return normalizeIndex(key, size, typeName, null);
    }

    /** {@code key} as an index into a sequence of {@code size}, negative ones counted from the end. */
    @TruffleBoundary
    public static int normalizeIndex(Object key, int size, String typeName, String operation) {
        long index;
        if (key instanceof Long l) {
            index = l;
        } else if (key instanceof Boolean b) {
            index = b ? 1 : 0;
        } else {
            Object asIndex;
            try {
                asIndex = PyNumber.index(key);
            } catch (dev.krait.runtime.exceptions.PException e) {
                if (PyObjectType.classOf(key).lookup("__index__") != null && !(key instanceof String)) {
                    throw e;
                }
                throw Errors.typeError(typeName + " indices must be integers or slices, not " + PyObjectType.typeName(key));
            }
            if (!(asIndex instanceof Long l)) {
                throw Errors.indexError("cannot fit '" + PyObjectType.typeName(key) + "' into an index-sized integer");
            }
            index = l;
        }
        if (index < 0) {
            index += size;
        }
        if (index < 0 || index >= size) {
            String what = typeName.equals("str") ? "string" : typeName;
            throw Errors.indexError(what + (operation != null ? " " + operation : "") + " index out of range");
        }
        return (int) index;
    }

    @TruffleBoundary
    public static Object[] sliceArray(Object[] items, SliceIndices indices) {
        if (indices.step() == 1) {
            return Arrays.copyOfRange(items, indices.start(), indices.start() + indices.length());
        }
        Object[] result = new Object[indices.length()];
        for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
            result[i] = items[j];
        }
        return result;
    }

    @TruffleBoundary
    public static String strGetItem(String s, Object key) {
        if (key instanceof PSlice slice) {
            if (!CodePoints.hasSurrogates(s)) {
                // one char per code point: slice the chars directly
                SliceIndices indices = SliceIndices.of(slice, s.length());
                if (indices.step() == 1) {
                    return s.substring(indices.start(), indices.start() + indices.length());
                }
                char[] result = new char[indices.length()];
                for (int i = 0, j = indices.start(); i < result.length; i++, j += indices.step()) {
                    result[i] = s.charAt(j);
                }
                return new String(result);
            }
            int[] codePoints = CodePoints.toArray(s);
            SliceIndices indices = SliceIndices.of(slice, codePoints.length);
            if (indices.step() == 1) {
                return CodePoints.fromArray(codePoints, indices.start(), indices.length());
            }
            int[] result = new int[indices.length()];
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                result[i] = codePoints[j];
            }
            return CodePoints.fromArray(result, 0, result.length);
        }
        int length = CodePoints.length(s);
        return CodePoints.charAt(s, normalizeIndex(key, length, "str"));
    }

    @TruffleBoundary
    public static Object rangeGetItem(KraitContext context, dev.krait.runtime.objects.PRangeBase range, Object key) {
        if (key instanceof PSlice slice) {
            return RangeOps.slice(context, range, slice);
        }
        if (key instanceof Long || key instanceof Boolean) {
            return RangeOps.item(range, BuiltinArithmetic.asInt(key));
        }
        if (PyObjectType.classOf(key).lookup("__index__") == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + PyObjectType.typeName(key));
        }
        return RangeOps.item(range, PyNumber.index(key));
    }

    @TruffleBoundary
    public static void setSlice(PList list, PSlice slice, Object value) {
        SliceIndices indices = SliceIndices.of(slice, list.size());
        Object[] current = list.toArray();
        if (value == null) {
            boolean[] remove = new boolean[current.length];
            for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
                remove[j] = true;
            }
            Object[] kept = new Object[current.length - indices.length()];
            int k = 0;
            for (int i = 0; i < current.length; i++) {
                if (!remove[i]) {
                    kept[k++] = current[i];
                }
            }
            list.setContents(kept, kept.length);
            return;
        }
        Object[] replacement = value == list ? list.toArray()
                        : PyIter.sequenceFast(value, indices.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        if (indices.step() == 1) {
            int start = indices.start();
            int end = Math.max(start, indices.start() + indices.length());
            Object[] result = new Object[current.length - (end - start) + replacement.length];
            System.arraycopy(current, 0, result, 0, start);
            System.arraycopy(replacement, 0, result, start, replacement.length);
            System.arraycopy(current, end, result, start + replacement.length, current.length - end);
            list.setContents(result, result.length);
            return;
        }
        if (replacement.length != indices.length()) {
            throw Errors.valueError("attempt to assign sequence of size " + replacement.length +
                            " to extended slice of size " + indices.length());
        }
        for (int i = 0, j = indices.start(); i < indices.length(); i++, j += indices.step()) {
            current[j] = replacement[i];
        }
        list.setContents(current, current.length);
    }

    @TruffleBoundary
    public static void extend(PList list, Object iterable) {
        Object[] items = PyIter.toArrayAskingLengthHint(iterable, taken -> {
            for (Object item : taken) {
                list.append(item);
            }
        });
        if (list.capacity() == 0) {
            // CPython allocates an empty list exactly (rounded up to even) for what it will hold
            list.setPermutedContents(new Object[(items.length + 1) & ~1], 0);
        } else {
            list.ensureCapacity(list.size() + items.length);
        }
        for (Object item : items) {
            list.append(item);
        }
    }

    @TruffleBoundary
    public static void repeatInPlace(PList list, Object times) {
        long count = PyNumber.repeatCount(times);
        Object[] items = list.toArray();
        if (items.length > 0 && count > (Integer.MAX_VALUE - 8) / items.length) {
            throw Errors.memoryError("");
        }
        Object[] result = new Object[(int) (items.length * count)];
        for (int i = 0; i < count && items.length > 0; i++) {
            System.arraycopy(items, 0, result, i * items.length, items.length);
        }
        list.setContents(result, result.length);
    }
}
