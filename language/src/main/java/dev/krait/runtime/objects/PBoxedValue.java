package dev.krait.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * An instance of a Python subclass of {@code int}, {@code float} or {@code str}: a full object (its class, attributes,
 * {@code __dict__}) standing for the builtin value it was made from, which Krait otherwise represents unboxed (a
 * {@code long}, {@code PInt}, {@code double} or {@code String}). The builtin types' methods work on the value
 * ({@link #unwrap}), and their results are plain builtin values, as in CPython ({@code type(Celsius(1.0) + 1)} is
 * {@code float}).
 */
public final class PBoxedValue extends PythonObject {
    private final Object value;

    public PBoxedValue(PythonClass cls, Shape shape, Object value) {
        super(cls, shape);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    /**
     * {@code base.__new__(cls, ...)} for a subclass {@code cls} of {@code base}: {@code value} (made by the base's
     * constructor) in an instance of {@code cls}.
     */
    @TruffleBoundary
    public static PBoxedValue box(KraitContext context, String baseName, PythonClass base, Object cls, Object value) {
        if (!(cls instanceof PythonClass type)) {
            throw Errors.typeError(baseName + ".__new__(X): X is not a type object (" + PyObjectType.typeName(cls) + ")");
        }
        if (!type.isSubclassOf(base)) {
            throw Errors.typeError(baseName + ".__new__(" + type.getName() + "): " + type.getName() + " is not a subtype of " + baseName);
        }
        for (PythonClass builtinBase : type.getMro()) {
            // the nearest builtin class must make its instances with this __new__ (int's cannot make a bool)
            if (builtinBase.isBuiltin()) {
                if (builtinBase != base && builtinBase.lookup("__new__") != base.lookup("__new__")) {
                    throw Errors.typeError(baseName + ".__new__(" + type.getName() + ") is not safe, use " + builtinBase.getName() + ".__new__()");
                }
                break;
            }
        }
        return new PBoxedValue(type, context.getShape(), value);
    }

    /** The builtin value {@code object} stands for: its boxed value, or the object itself. */
    public static Object unwrap(Object object) {
        return object instanceof PBoxedValue boxed ? boxed.value : object;
    }
}
