package dev.krait.symtable;

/**
 * The kinds of scope. TYPE_PARAMS, TYPE_ALIAS and TYPE_VAR_BOUND are PEP 695's annotation scopes: the scope holding
 * a generic function's or class's type parameters, the lazily evaluated value of a {@code type} statement, and a
 * lazily evaluated TypeVar bound. They behave like function scopes.
 */
public enum ScopeKind {
    MODULE,
    FUNCTION,
    CLASS,
    COMPREHENSION,
    TYPE_PARAMS,
    TYPE_ALIAS,
    TYPE_VAR_BOUND;

    /** Whether names bound here are fast locals that nested scopes can close over (everything but module/class). */
    public boolean isFunctionLike() {
        return this != MODULE && this != CLASS;
    }
}
