package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PMemoryView;
import dev.krait.runtime.objects.PythonClass;

/** Iterates the bytes of a bytes, bytearray or memoryview object as ints; a bytearray may change meanwhile, as in CPython. */
public final class BytesIterator extends PBuiltinIterator {
    private int index;

    public BytesIterator(PythonClass cls, Shape shape, Object sequence) {
        super(cls, shape);
        holdIterated(sequence);
    }

    @Override
    public Object reduce(KraitContext context) {
        Object seq = iterated();
        return seq == null ? IteratorReductions.exhausted(context, context.newTuple(new Object[0]))
                        : IteratorReductions.indexed(context, seq, index);
    }

    @Override
    public boolean setState(Object state) {
        long length = Math.max(0, lengthHint()) + index;
        long position = IteratorReductions.index(state, length);
        if (iterated() != null) {
            index = (int) position;
        }
        return true;
    }

    @Override
    public Object next() {
        Object seq = iterated();
        if (seq instanceof PBytes bytes) {
            if (index < bytes.length()) {
                return (long) bytes.get(index++);
            }
        } else if (seq instanceof PByteArray array) {
            if (index < array.length()) {
                return (long) array.get(index++);
            }
        } else if (seq instanceof PMemoryView view) {
            if (index < view.length()) {
                return view.get(index++);
            }
        }
        if (seq != null) {
            releaseIterated();
        }
        return null;
    }

    @Override
    public long lengthHint() {
        Object seq = iterated();
        if (seq instanceof PBytes bytes) {
            return bytes.length() - index;
        } else if (seq instanceof PByteArray array) {
            return Math.max(0, array.length() - index);
        }
        return 0;
    }
}
