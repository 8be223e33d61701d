package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PythonClass;

/** Exception classes in {@code except} clauses, and making the Python object of a lazily raised exception. */
public final class ExceptionMatching {
    private ExceptionMatching() {
    }

    public static PythonClass classOf(KraitContext context, PException e) {
        PBaseException object = e.getPythonExceptionOrNull();
        return object != null ? object.getPythonClass() : context.classes().errorClass(e.lazyType());
    }

    public static boolean matches(KraitContext context, PException e, PythonClass cls) {
        return classOf(context, e).isSubclassOf(cls);
    }

    /** The Python exception object of {@code e}, made now if it was raised lazily. */
    @TruffleBoundary
    public static PBaseException materialize(KraitContext context, PException e) {
        PBaseException object = e.getPythonExceptionOrNull();
        if (object == null) {
            object = context.newException(e.lazyType(), e.lazyArgs());
            Object[] attributes = e.lazyAttributes();
            if (attributes != null) {
                for (int i = 0; i < attributes.length; i += 2) {
                    dev.krait.runtime.ObjectAttributes.put(object, (String) attributes[i], attributes[i + 1]);
                }
            }
            e.setPythonException(object);
        }
        return object;
    }
}
