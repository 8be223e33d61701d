package dev.krait.runtime.memory;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.storage.DictStorage;

/**
 * {@code sys.getsizeof}: the sizes CPython 3.12 reports on a 64-bit machine, so that what users learn about memory
 * from CPython (an int of n digits, a list's over-allocation, a dict's table growth, {@code __slots__} against
 * {@code __dict__}) reads the same on Krait. Objects the collector tracks include its 16-byte header, as in CPython.
 */
public final class ObjectSizes {
    /** PyGC_Head. */
    private static final long GC_HEAD = 16;
    /** PyObject_HEAD. */
    private static final long HEAD = 16;
    /** The managed {@code __dict__} and {@code __weakref__} pointers before an instance (3.12's pre-header). */
    private static final long PRE_HEADER = 16;

    private ObjectSizes() {
    }

    /** {@code object.__sizeof__()}: the size without the collector's header. */
    @TruffleBoundary
    public static long sizeOf(Object value) {
        if (value instanceof Boolean) {
            return 28;
        } else if (value instanceof Long l) {
            return intSize(BigInteger.valueOf(l));
        } else if (value instanceof PInt big) {
            return intSize(big.value());
        } else if (value instanceof Double) {
            return 24;
        } else if (value instanceof String s) {
            return stringSize(s);
        } else if (value instanceof PNone) {
            return 16;
        } else if (value instanceof PList list) {
            return 40 + 8L * list.capacity();
        } else if (value instanceof PTuple tuple) {
            return 24 + 8L * tuple.length();
        } else if (value instanceof PDict dict) {
            return dictSize(dict.storage());
        } else if (value instanceof PSet set) {
            int table = set.storage().tableSize();
            return 200 + (table > 8 ? 16L * table : 0);
        } else if (value instanceof dev.krait.runtime.objects.PRangeBase) {
            return 48;
        } else if (value instanceof dev.krait.runtime.objects.PBytes bytes) {
            return 33 + bytes.length();
        } else if (value instanceof dev.krait.runtime.objects.PByteArray array) {
            return array.cpythonSizeOf();
        } else if (value instanceof dev.krait.runtime.objects.PMemoryView) {
            return 168;
        } else if (value instanceof dev.krait.runtime.objects.PDeque deque) {
            return deque.cpythonSizeOf();
        } else if (value instanceof PSlice) {
            return 40;
        } else if (value instanceof PFunction) {
            return 144;
        } else if (value instanceof PBoundMethod) {
            return 32;
        } else if (value instanceof PGenerator) {
            return 176;
        } else if (value instanceof PBuiltinIterator) {
            return 32;
        } else if (value instanceof PModule) {
            return 56;
        } else if (value instanceof PythonClass cls) {
            return cls.isBuiltin() ? 920 : 1688;
        } else if (value instanceof PythonObject object) {
            return instanceSize(object.getPythonClass());
        }
        return HEAD;
    }

    /**
     * {@code sys.getsizeof}: {@code __sizeof__()} plus what CPython 3.12 keeps before the object: the collector's
     * header for objects it tracks, and the {@code __dict__}/{@code __weakref__} pointers of instances that have them.
     */
    public static long getSizeOf(Object value, long sizeOf) {
        long size = isGcType(value) ? sizeOf + GC_HEAD : sizeOf;
        if (value instanceof PythonObject object && !(value instanceof PythonClass) && hasManagedPreHeader(object.getPythonClass())) {
            size += PRE_HEADER;
        }
        return size;
    }

    /** Whether CPython's objects of this kind carry a PyGC_Head. */
    private static boolean isGcType(Object value) {
        if (!(value instanceof PythonObject object) || value instanceof dev.krait.runtime.objects.PRangeBase) {
            return false;
        }
        PythonClass cls = object.getPythonClass();
        if (!cls.isBuiltin()) {
            return true;
        }
        return value instanceof PList || value instanceof PTuple || value instanceof PDict || value instanceof PSet ||
                        value instanceof PFunction || value instanceof PBoundMethod || value instanceof PGenerator ||
                        value instanceof PBuiltinIterator || value instanceof PModule || value instanceof PythonClass ||
                        value instanceof PSlice || value instanceof dev.krait.runtime.objects.PMemoryView ||
                        value instanceof dev.krait.runtime.objects.PArray || value instanceof dev.krait.runtime.objects.PDeque;
    }

    /** 24 bytes and 4 per 30-bit digit (zero has one digit). */
    private static long intSize(BigInteger value) {
        int bits = value.abs().bitLength();
        long digits = Math.max(1, (bits + 29) / 30);
        return 24 + 4 * digits;
    }

    /** A compact string: 40 bytes for ASCII (56 otherwise) plus the characters and a terminator in 1, 2 or 4 bytes. */
    private static long stringSize(String s) {
        int max = 0;
        int length = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
            length++;
        }
        if (max < 128) {
            return 40 + length + 1;
        }
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        return 56 + (long) kind * (length + 1);
    }

    /** 48 for the dict, plus its keys table: a header, the index array and the entries (16 bytes with only str keys). */
    private static long dictSize(DictStorage storage) {
        if (storage.indexLimit() == 0) {
            return 48;
        }
        int table = storage.tableSize();
        int usable = (table << 1) / 3;
        int indexWidth = table <= 128 ? 1 : table <= 0x8000 ? 2 : table <= 0x80000000L ? 4 : 8;
        boolean unicodeKeys = true;
        for (int ix = storage.nextIndex(0); ix >= 0; ix = storage.nextIndex(ix + 1)) {
            if (!(storage.keyAt(ix) instanceof String)) {
                unicodeKeys = false;
                break;
            }
        }
        return 48 + 32 + (long) table * indexWidth + (long) usable * (unicodeKeys ? 16 : 24);
    }

    /** An instance: its header and 8 bytes per slot. */
    private static long instanceSize(PythonClass cls) {
        long slots = 0;
        for (PythonClass c : cls.getMro()) {
            if (!c.isBuiltin() && c.getSlotNames() != null) {
                for (String name : c.getSlotNames()) {
                    if (!name.equals("__dict__") && !name.equals("__weakref__")) {
                        slots++;
                    }
                }
            }
        }
        return HEAD + 8 * slots;
    }

    /** Whether instances keep {@code __dict__} or {@code __weakref__} pointers before their header (3.12). */
    private static boolean hasManagedPreHeader(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                continue;
            }
            if (c.getSlotNames() == null || c.getSlotNames().contains("__dict__") || c.getSlotNames().contains("__weakref__")) {
                return true;
            }
        }
        return false;
    }
}
