package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectSize;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;

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

    /**
     * CPython's {@code __length_hint__} of this iterator: {@code len(sequence) - index}, asking the sequence's
     * {@code __len__} each time (its errors propagate), NotImplemented when the sequence has no length.
     */
    public Object lengthHintObject(KraitContext context) {
        Object sequence = iterated();
        if (sequence == null) {
            return 0L;
        }
        if (PyObjectType.classOf(context, sequence).lookup("__len__") == null) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return Math.max(0L, PyObjectSize.size(sequence) - index);
    }

    @Override
    public Object next() {
        Object sequence = iterated();
        if (sequence == null) {
            return null;
        }
        try {
            // an error from the element leaves the position where it is: the next call asks for it again
            Object item = PyObjectGetItem.getItem(sequence, index);
            index++;
            return item;
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
