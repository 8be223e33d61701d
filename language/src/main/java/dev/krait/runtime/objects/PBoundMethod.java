package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.interop.ObjectInterop;

/**
 * A function bound to the object it was looked up on: calling it passes {@code self} first. Other languages can
 * execute it.
 */
@ExportLibrary(InteropLibrary.class)
public final class PBoundMethod extends PythonObject {
    private final Object self;
    private final Object function;

    public PBoundMethod(PythonClass cls, Shape shape, Object self, Object function) {
        super(cls, shape);
        this.self = self;
        this.function = function;
        RefCounts.storeInto(this, self);
        RefCounts.storeInto(this, function);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(function);
        visitor.visit(self);
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }

    // ---- interop: executable, arguments converted to Python values ----

    @ExportMessage
    @Override
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @Override
    Object execute(Object[] arguments) {
        return ObjectInterop.call(this, arguments);
    }
}
