package dev.krait.symtable;

/** One name in one scope: how it is used there (flags) and where it resolves to (scope). */
public final class Symbol {
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 1 << 1;
    public static final int DEF_PARAM = 1 << 2;
    public static final int DEF_NONLOCAL = 1 << 3;
    public static final int USE = 1 << 4;
    public static final int DEF_FREE_CLASS = 1 << 5;
    public static final int DEF_IMPORT = 1 << 6;
    public static final int DEF_ANNOT = 1 << 7;
    public static final int DEF_COMP_ITER = 1 << 8;
    public static final int DEF_TYPE_PARAM = 1 << 9;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT | DEF_TYPE_PARAM;

    private final String name;
    int flags;
    SymbolScope scope;

    Symbol(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public int flags() {
        return flags;
    }

    public SymbolScope scope() {
        return scope;
    }

    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    /** Bound in this scope: assigned, a parameter, imported, a type parameter. */
    public boolean isAssigned() {
        return (flags & DEF_BOUND) != 0;
    }

    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    public boolean isImported() {
        return (flags & DEF_IMPORT) != 0;
    }

    public boolean isAnnotated() {
        return (flags & DEF_ANNOT) != 0;
    }

    public boolean isDeclaredGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT;
    }

    public boolean isGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT || scope == SymbolScope.GLOBAL_IMPLICIT;
    }

    public boolean isNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    public boolean isLocal() {
        return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL;
    }

    public boolean isFree() {
        return scope == SymbolScope.FREE;
    }

    public boolean isCell() {
        return scope == SymbolScope.CELL;
    }

    /**
     * In a class body, a name that is both bound in the class and free in a nested function: the class body reads
     * it from its namespace first, then from the enclosing function's cell (CPython's LOAD_FROM_DICT_OR_DEREF).
     */
    public boolean isFreeInClass() {
        return (flags & DEF_FREE_CLASS) != 0;
    }

    @Override
    public String toString() {
        return name + ":" + scope;
    }
}
