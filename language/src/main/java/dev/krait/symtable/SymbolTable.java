package dev.krait.symtable;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.krait.ast.Mod;
import dev.krait.parser.PythonSyntaxError;

/**
 * The scopes of a module and the resolution of every name in them, shared by both engines. Scopes are found by the
 * identity of the AST node that introduced them: the Mod, each FunctionDef, AsyncFunctionDef, Lambda, ClassDef,
 * ListComp, SetComp, DictComp and GeneratorExp; for PEP 695, the TypeAlias (its lazily evaluated value), each
 * TypeParam.TypeVar with a bound, and {@link #typeParamsScopeOf} for the type-parameter scope of a generic def, class
 * or type alias.
 *
 * <p>Also raises the SyntaxErrors CPython raises after parsing (from its symtable and compiler): misplaced
 * global/nonlocal, duplicate parameters, return/yield/await/break/continue outside their place, and a few more.
 */
public final class SymbolTable {
    private final Scope top;
    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    final Map<Object, Scope> typeParamScopes = new IdentityHashMap<>();

    SymbolTable(Scope top) {
        this.top = top;
    }

    public static SymbolTable build(Mod mod, String filename) {
        return build(mod, filename, null);
    }

    /** With the source, errors carry the offending line as their text. */
    public static SymbolTable build(Mod mod, String filename, String source) {
        try {
            return new SymbolTableBuilder(filename, source).build(mod);
        } catch (StackOverflowError e) {
            throw PythonSyntaxError.recursionError(filename);
        }
    }

    /** The scope of the module, interactive statement or expression. */
    public Scope top() {
        return top;
    }

    /** The scope a node introduced, or null if it introduces none. */
    public Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    /** For a generic FunctionDef, AsyncFunctionDef, ClassDef or TypeAlias: the scope holding its type parameters. */
    public Scope typeParamsScopeOf(Object node) {
        return typeParamScopes.get(node);
    }

    /** CPython's private name mangling: {@code __x} inside class {@code _A} becomes {@code _A__x}. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
