package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PDeque;
import dev.krait.runtime.objects.PythonClass;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: walks a deque from one end, carrying its
 * own count of items left and the deque's {@link PDeque#state()} when it started. Once the deque has moved, the
 * forward iterator raises "deque mutated during iteration" every time it is asked; the reverse one looks at its count
 * first, so after raising once (which spends the count) it reads as exhausted, as CPython's do. The iterator keeps the
 * deque to the end (its {@code __reduce__} names it even when exhausted).
 */
public final class DequeIterator extends PBuiltinIterator {
    private final PDeque deque;
    private final boolean reverse;
    private final long state;
    /** Items left to give. */
    private long counter;
    /** The position of the next item, counted from the left. */
    private int position;

    public DequeIterator(PythonClass cls, Shape shape, PDeque deque, boolean reverse) {
        super(cls, shape);
        holdIterated(deque);
        this.deque = deque;
        this.reverse = reverse;
        this.state = deque.state();
        this.counter = deque.size();
        this.position = reverse ? deque.size() - 1 : 0;
    }

    @Override
    public Object next() {
        if (reverse) {
            if (counter == 0) {
                return null;
            }
            checkUnchanged();
            counter--;
            return deque.get(position--);
        }
        checkUnchanged();
        if (counter == 0) {
            return null;
        }
        counter--;
        return deque.get(position++);
    }

    private void checkUnchanged() {
        if (deque.state() != state) {
            counter = 0;
            throw Errors.runtimeError("deque mutated during iteration");
        }
    }

    @Override
    public long lengthHint() {
        return counter;
    }

    /** {@code (type(it), (deque, len(deque) - items left))}: rebuilt by calling the type, which skips that many. */
    @Override
    public Object reduce(KraitContext context) {
        Object[] args = {deque, (long) deque.size() - counter};
        return context.newTuple(new Object[]{getPythonClass(), context.newTuple(args)});
    }
}
