package dev.krait.runtime.iterators;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;

/**
 * Iterating a class's {@code __dict__}: its names in order, with the RuntimeError a dict's iterator raises when the
 * class gains or loses an attribute meanwhile.
 */
public final class ClassNamespaceIterator extends PBuiltinIterator {
    private final PythonClass owner;
    private final Object[] names;
    private final int size;
    private int position;

    public ClassNamespaceIterator(KraitContext context, PythonClass owner) {
        super(context.classes().dictKeyIteratorClass, context.getShape());
        this.owner = owner;
        this.names = owner.getNamespace().keySet().toArray();
        this.size = names.length;
        holdIterated(owner);
    }

    @Override
    public Object next() {
        if (iterated() == null) {
            return null;
        }
        if (owner.getNamespace().size() != size) {
            releaseIterated();
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        if (position >= names.length) {
            releaseIterated();
            return null;
        }
        return names[position++];
    }
}
