package dev.krait.runtime.objects;

/**
 * What a Python {@code code} object shows ({@code co_name}, {@code co_filename}, …). Two kinds share the type: the
 * code of a running body, made from its root node ({@link PCodeObject}: {@code f_code}, {@code function.__code__}),
 * and source compiled by {@code compile()} and not run yet ({@link PCompiledCode}).
 */
public interface CodeObject {
    String name();

    String qualname();

    String filename();

    int firstLineno();

    /** The parameters of a function's code; null for module code. */
    Signature signature();
}
