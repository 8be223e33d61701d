package dev.krait.runtime.iterators;

import dev.krait.runtime.KraitContext;
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
    }

    @Override
    public Object next() {
        if (callable == null) {
            return null;
        }
        Object value = PyObjectCall.call(callable);
        if (PyObjectRichCompare.equals(value, sentinel)) {
            callable = null;
            return null;
        }
        return value;
    }
}
