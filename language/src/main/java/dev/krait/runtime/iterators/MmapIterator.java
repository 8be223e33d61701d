package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PMmap;
import dev.krait.runtime.objects.PythonClass;

/**
 * Iteration over an mmap: CPython iterates it through its sequence item slot, which gives one-byte bytes objects
 * (where {@code m[i]} gives an int), reading the map as it is at each step.
 */
public final class MmapIterator extends PBuiltinIterator {
    private long index;

    public MmapIterator(PythonClass cls, Shape shape, PMmap map) {
        super(cls, shape);
        holdIterated(map);
    }

    @Override
    public Object next() {
        PMmap map = (PMmap) iterated();
        if (map == null) {
            return null;
        }
        if (index >= map.length()) {
            releaseIterated();
            return null;
        }
        return ByteSequences.newBytes(new byte[]{map.byteAt(index++)});
    }
}
