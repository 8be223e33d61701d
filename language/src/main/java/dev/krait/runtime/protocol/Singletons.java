package dev.krait.runtime.protocol;

import com.oracle.truffle.api.interop.TruffleObject;

/** The builtin singletons other than None: {@code NotImplemented} and {@code Ellipsis}. */
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
}
