package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * The awaitable an async generator's {@code asend()}/{@code __anext__()}, {@code athrow()} or {@code aclose()}
 * returns: awaiting it runs the generator up to its next {@code yield} (whose value becomes the await's result) while
 * passing the awaits inside the generator through to the event loop. See
 * {@link dev.krait.runtime.protocol.AsyncGeneratorSupport}.
 */
public final class PAsyncGenOperation extends PythonObject {
    public enum Mode {
        ASEND,
        ATHROW,
        ACLOSE
    }

    public enum State {
        INIT,
        ITER,
        CLOSED
    }

    private final PGenerator generator;
    private final Mode mode;
    /** ASEND: the value to send first; ATHROW: the exception to throw in. */
    private final Object argument;
    private final PException exception;
    private State state = State.INIT;
    private final Object exceptionObject;

    public PAsyncGenOperation(PythonClass cls, Shape shape, PGenerator generator, Mode mode, Object argument, PException exception) {
        super(cls, shape);
        this.generator = generator;
        this.mode = mode;
        this.argument = argument;
        this.exception = exception;
        dev.krait.runtime.memory.RefCounts.storeInto(this, generator);
        dev.krait.runtime.memory.RefCounts.storeInto(this, argument);
        // athrow(): the exception to throw in is kept (counted) until the awaitable is released
        this.exceptionObject = exception == null ? null : exception.getPythonExceptionOrNull();
        dev.krait.runtime.memory.RefCounts.storeInto(this, exceptionObject);
        dev.krait.runtime.memory.RefCounts.noteHeldReference(this);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(generator);
        visitor.visit(argument);
        if (exceptionObject != null) {
            visitor.visit(exceptionObject);
        }
    }

    public PGenerator getGenerator() {
        return generator;
    }

    public Mode getMode() {
        return mode;
    }

    public Object getArgument() {
        return argument;
    }

    public PException getException() {
        return exception;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }
}
