package dev.krait.runtime.protocol;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.krait.KraitLanguage;
import dev.krait.runtime.KraitContext;

/** The builtin singletons other than None: {@code NotImplemented} and {@code Ellipsis}. */
@ExportLibrary(InteropLibrary.class)
public enum Singletons implements TruffleObject {
    NOT_IMPLEMENTED("NotImplemented"),
    ELLIPSIS("Ellipsis");

    private final String pythonName;

    Singletons(String pythonName) {
        this.pythonName = pythonName;
    }

    public String pythonName() {
        return pythonName;
    }

    // ---- interop: shown to other languages under their Python names ----

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return KraitLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return pythonName;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return PyObjectType.classOf(KraitContext.get(null), this);
    }
}
