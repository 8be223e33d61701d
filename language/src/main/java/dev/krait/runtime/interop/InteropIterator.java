package dev.krait.runtime.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** An interop iterator over a snapshot of values (a dict's entries as seen when iteration began). */
@ExportLibrary(InteropLibrary.class)
public final class InteropIterator implements KraitInteropObject {
    private final Object[] elements;
    private int next;

    public InteropIterator(Object[] elements) {
        this.elements = elements;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    boolean hasIteratorNextElement() {
        return next < elements.length;
    }

    @ExportMessage
    Object getIteratorNextElement() throws StopIterationException {
        if (next >= elements.length) {
            throw StopIterationException.create();
        }
        return elements[next++];
    }
}
