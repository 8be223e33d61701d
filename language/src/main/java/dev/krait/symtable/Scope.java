package dev.krait.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scope of the program: its symbols, its place among the scopes, and what the code generator needs. */
public final class Scope {
    private final ScopeKind kind;
    private final String name;
    private final Object node;
    private final Scope parent;
    final List<Scope> children = new ArrayList<>();
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final List<String> parameters = new ArrayList<>();
    final List<String> varnames = new ArrayList<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    /** The name private names are mangled with: the innermost enclosing class (or this class). */
    final String privateName;
    boolean isGenerator;
    boolean isCoroutine;
    boolean hasVarargs;
    boolean hasVarkeywords;
    boolean needsClassClosure;
    boolean usesClassCell;
    boolean hasFree;
    int loopDepth;
    /** The loop depth where the innermost except* clause being visited starts; -1 outside one. */
    int exceptStarLoopDepth = -1;

    Scope(ScopeKind kind, String name, Object node, Scope parent, String privateName) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public ScopeKind kind() {
        return kind;
    }

    /** "top" for the module, the function or class name, "&lt;lambda&gt;", "&lt;listcomp&gt;", "&lt;genexpr&gt;"... */
    public String name() {
        return name;
    }

    /** The AST node that introduced the scope (a Mod, FunctionDef, Lambda, ClassDef, ListComp, TypeAlias...). */
    public Object node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** All names of the scope in order of first appearance. */
    public Map<String, Symbol> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The symbol for a name as written in this scope (already mangled if private), or null. */
    public Symbol lookup(String name) {
        return symbols.get(name);
    }

    /** Parameters in declaration order: posonly, regular, *args, kwonly, **kwargs. */
    public List<String> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** Parameters first, then the other fast locals (LOCAL or CELL) in order of first appearance. */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /** Names stored in cells, sorted as CPython sorts co_cellvars; includes "__class__" for a class that needs it. */
    public List<String> cellvars() {
        return Collections.unmodifiableList(cellvars);
    }

    /** Free variables (closed over from enclosing scopes), sorted. */
    public List<String> freevars() {
        return Collections.unmodifiableList(freevars);
    }

    public boolean isGenerator() {
        return isGenerator;
    }

    public boolean isCoroutine() {
        return isCoroutine;
    }

    public boolean hasVarargs() {
        return hasVarargs;
    }

    public boolean hasVarkeywords() {
        return hasVarkeywords;
    }

    /** For a class: a method uses {@code super()} or {@code __class__}, so the class body creates a __class__ cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** For a function: it uses the implicit {@code __class__} cell (it appears among its freevars). */
    public boolean usesClassCell() {
        return usesClassCell;
    }

    /** Whether this scope or one nested in it has free variables. */
    public boolean hasFreeVariables() {
        return hasFree;
    }

    public boolean isNested() {
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind.isFunctionLike()) {
                return true;
            }
        }
        return false;
    }

    /** The class name private names in this scope are mangled with, or null outside classes. */
    public String privateName() {
        return privateName;
    }

    /** Mangles a name as written in this scope's code ({@code __x} in class {@code A} becomes {@code _A__x}). */
    public String mangle(String name) {
        return SymbolTable.mangle(privateName, name);
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + symbols.values();
    }
}
