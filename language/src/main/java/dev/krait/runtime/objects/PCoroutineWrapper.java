package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * What a coroutine's {@code __await__()} returns: an iterator over the coroutine, whose {@code __next__},
 * {@code send}, {@code throw} and {@code close} are the coroutine's own (CPython's {@code coroutine_wrapper}).
 */
public final class PCoroutineWrapper extends PythonObject {
    private final PGenerator coroutine;

    public PCoroutineWrapper(PythonClass cls, Shape shape, PGenerator coroutine) {
        super(cls, shape);
        this.coroutine = coroutine;
        dev.krait.runtime.memory.RefCounts.storeInto(this, coroutine);
        dev.krait.runtime.memory.RefCounts.noteHeldReference(this);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(coroutine);
    }

    public PGenerator getCoroutine() {
        return coroutine;
    }
}
