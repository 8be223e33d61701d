package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** A function bound to the object it was looked up on: calling it passes {@code self} first. */
public final class PBoundMethod extends PythonObject {
    private final Object self;
    private final Object function;

    public PBoundMethod(PythonClass cls, Shape shape, Object self, Object function) {
        super(cls, shape);
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }
}
