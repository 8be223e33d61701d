package dev.krait.runtime.objects;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.krait.KraitLanguage;
import dev.krait.runtime.KraitContext;

/**
 * Python's {@code None}, plus the internal marker {@link #NO_VALUE} for "argument not given", which never reaches
 * Python code.
 */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {
    public static final PNone NONE = new PNone("None");
    public static final PNone NO_VALUE = new PNone("<no value>");

    private final String name;

    private PNone(String name) {
        this.name = name;
    }

    @ExportMessage
    boolean isNull() {
        return this == NONE;
    }

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
        return name;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return this == NONE;
    }

    @ExportMessage
    Object getMetaObject() throws UnsupportedMessageException {
        if (this != NONE) {
            throw UnsupportedMessageException.create();
        }
        return KraitContext.get(null).classes().noneClass;
    }

    @Override
    public String toString() {
        return name;
    }
}
