package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;

/** A Python iterator over an interop iterator (a Java {@code Iterable}'s, an array's elements, a map's keys). */
public final class ForeignIterator extends PBuiltinIterator {
    private final Object iterator;
    private boolean exhausted;

    public ForeignIterator(PythonClass cls, Shape shape, Object iterator) {
        super(cls, shape);
        this.iterator = iterator;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (exhausted) {
            return null;
        }
        InteropLibrary lib = InteropLibrary.getUncached(iterator);
        try {
            if (!lib.hasIteratorNextElement(iterator)) {
                exhausted = true;
                return null;
            }
            return InteropValues.toPython(lib.getIteratorNextElement(iterator));
        } catch (InteropException e) {
            exhausted = true;
            throw Errors.runtimeError("foreign iterator failed: " + e.getMessage());
        }
    }
}
