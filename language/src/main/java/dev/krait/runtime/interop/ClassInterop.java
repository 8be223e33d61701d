package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/** A Python class as an interop meta-object. */
public final class ClassInterop {
    private ClassInterop() {
    }

    /** {@code module.QualName}, or just the qualified name for builtins, as the class's repr shows it. */
    @TruffleBoundary
    public static String qualifiedName(PythonClass cls) {
        return PyObjectRepr.qualifiedName(cls);
    }

    /** {@code isinstance(instance, cls)} for a value from any language (a foreign value is a {@code foreign}). */
    @TruffleBoundary
    public static boolean isInstance(PythonClass cls, Object instance) {
        return PyObjectType.isInstance(InteropValues.toPython(instance), cls);
    }

    public static InteropArray bases(PythonClass cls) {
        return new InteropArray(cls.getBases().clone());
    }
}
