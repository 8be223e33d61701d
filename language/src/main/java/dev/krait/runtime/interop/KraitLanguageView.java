package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.krait.KraitLanguage;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * A value that carries no language of its own (a Java {@code long}, {@code double}, {@code boolean} or
 * {@code String}, or a value of another language) as Python sees it: its meta-object is its Python class
 * ({@code int}, {@code float}, {@code bool}, {@code str}, or {@code foreign}) and it displays as Python's
 * {@code str()} does ({@code True}, {@code None}, {@code 1.0}; a string as its text). Every other message goes to
 * the value itself.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "delegate")
public final class KraitLanguageView implements KraitInteropObject {
    final Object delegate;

    private KraitLanguageView(Object delegate) {
        this.delegate = delegate;
    }

    public static Object create(Object value) {
        return new KraitLanguageView(value);
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
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return PyObjectType.classOf(InteropValues.toPython(delegate));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        Object value = InteropValues.toPython(delegate);
        if (InteropValues.isForeign(value)) {
            return InteropLibrary.getUncached().toDisplayString(value, allowSideEffects);
        }
        return PyObjectRepr.str(value);
    }
}
