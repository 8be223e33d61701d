package dev.krait.runtime.iterators;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectRichCompare;

/** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
public final class CallIterator extends PBuiltinIterator {
    private Object callable;
    private final Object sentinel;

    public CallIterator(KraitContext context, Object callable, Object sentinel) {
        super(context.classes().callableIteratorClass, context.getShape());
        this.callable = callable;
        this.sentinel = sentinel;
        dev.krait.runtime.memory.RefCounts.storeInto(this, callable);
        dev.krait.runtime.memory.RefCounts.storeInto(this, sentinel);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (callable != null) {
            visitor.visit(callable);
        }
        visitor.visit(sentinel);
    }

    @Override
    public Object next() {
        if (callable == null) {
            return null;
        }
        Object value;
        try {
            value = PyObjectCall.call(callable);
        } catch (dev.krait.runtime.exceptions.PException e) {
            KraitContext context = KraitContext.get(null);
            if (dev.krait.runtime.protocol.ExceptionMatching.matches(context, e,
                            context.classes().errorClass(dev.krait.runtime.exceptions.ErrorType.StopIteration))) {
                exhaust(); // a StopIteration from the callable ends the iteration too
                return null;
            }
            throw e;
        }
        if (callable == null) {
            return null; // the call itself exhausted this iterator (it re-entered it)
        }
        // the sentinel's __eq__ is asked first, as CPython's calliter_iternext does
        if (PyObjectRichCompare.equals(sentinel, value)) {
            exhaust();
            return null;
        }
        return value;
    }

    private void exhaust() {
        Object exhausted = callable;
        callable = null;
        if (exhausted != null) {
            dev.krait.runtime.memory.RefCounts.decRef(exhausted);
        }
    }

    @Override
    public Object reduce(KraitContext context) {
        if (callable == null) {
            return IteratorReductions.exhausted(context, context.newTuple(new Object[0]));
        }
        return context.newTuple(new Object[]{ObjectAttributes.get(context.getBuiltins(), "iter"), context.newTuple(new Object[]{callable, sentinel})});
    }
}
