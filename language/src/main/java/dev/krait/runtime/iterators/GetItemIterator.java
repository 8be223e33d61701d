package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectGetItem;

/** The old iteration protocol: {@code obj[0]}, {@code obj[1]}, … until IndexError or StopIteration. */
public final class GetItemIterator extends PBuiltinIterator {
    private long index;

    public GetItemIterator(PythonClass cls, Shape shape, Object sequence) {
        super(cls, shape);
        holdIterated(sequence);
    }

    @Override
    public Object reduce(KraitContext context) {
        Object sequence = iterated();
        return sequence == null ? IteratorReductions.exhausted(context, context.newTuple(new Object[0]))
                        : IteratorReductions.indexed(context, sequence, index);
    }

    @Override
    public boolean setState(Object state) {
        long position = IteratorReductions.index(state, Long.MAX_VALUE);
        if (iterated() != null) {
            index = position;
        }
        return true;
    }

    @Override
    public Object next() {
        Object sequence = iterated();
        if (sequence == null) {
            return null;
        }
        try {
            return PyObjectGetItem.getItem(sequence, index++);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.IndexError)) ||
                            ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                releaseIterated();
                return null;
            }
            throw e;
        }
    }
}
