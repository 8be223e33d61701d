package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;

/** {@code PyErr_WarnEx}: a warning raised from Java code through the {@code warnings} module's {@code warn}. */
public final class PyErrWarn {
    private PyErrWarn() {
    }

    /**
     * Warns with the builtin warning class {@code categoryName}; {@code stackLevel} 1 names the Python code that
     * called the builtin (the Java frames between do not count). Raises when the filters make the warning an error.
     */
    @TruffleBoundary
    public static void warn(String categoryName, String message, long stackLevel) {
        KraitContext context = KraitContext.get(null);
        Object warnings = ModuleLoader.importModule(context, "warnings");
        Object category = context.classes().byName(categoryName);
        PyObjectCall.call(PyObjectGetAttr.get(warnings, "warn"), message, category, stackLevel);
    }

    /**
     * CPython's DeprecationWarning when a conversion method returns an instance of a strict subclass of the type it
     * must return ({@code what} "__int__ returned non-int (type X)"; {@code base} "int").
     */
    public static void warnStrictSubclassResult(String what, String base) {
        warn("DeprecationWarning", what + ".  The ability to return an instance of a strict subclass of " + base +
                        " is deprecated, and may be removed in a future version of Python.", 1L);
    }
}
