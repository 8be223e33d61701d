package dev.krait.symtable;

/** Where a name lives once resolved, as CPython's symtable reports it. */
public enum SymbolScope {
    /** A fast local of a function-like scope, or a name in the module/class namespace. */
    LOCAL,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound anywhere enclosing: looked up in globals, then builtins (or in the class namespace first). */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function-like scope; read through a cell. */
    FREE,
    /** A local that nested scopes use: stored in a cell. */
    CELL
}
