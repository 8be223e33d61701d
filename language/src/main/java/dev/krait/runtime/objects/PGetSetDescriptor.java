package dev.krait.runtime.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

import com.oracle.truffle.api.object.Shape;

/**
 * An attribute of a builtin type computed in Java, like {@code function.__name__} or {@code BaseException.args}:
 * CPython's getset descriptor. A data descriptor, so it wins over instance attributes.
 */
public final class PGetSetDescriptor extends PythonObject {
    private final String name;
    private final PythonClass owner;
    private final Function<Object, Object> getter;
    /** null for a read-only attribute. */
    private final BiConsumer<Object, Object> setter;
    /** The descriptor's own {@code __doc__}; null when it has none (None). */
    private String doc;

    public PGetSetDescriptor(PythonClass cls, Shape shape, String name, PythonClass owner, Function<Object, Object> getter,
                    BiConsumer<Object, Object> setter) {
        super(cls, shape);
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    public String name() {
        return name;
    }

    public PythonClass owner() {
        return owner;
    }

    public Function<Object, Object> getter() {
        return getter;
    }

    public BiConsumer<Object, Object> setter() {
        return setter;
    }

    public String doc() {
        return doc;
    }

    /** Gives the descriptor its docstring (CPython's getset {@code doc} field) and returns it. */
    public PGetSetDescriptor withDoc(String docstring) {
        this.doc = docstring;
        return this;
    }
}
