package dev.krait.bytecode;

/** A construct the bytecode compiler does not compile yet; the code object attribute raises NotImplementedError. */
public final class UnsupportedConstructException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedConstructException(String what) {
        super(what);
    }
}
