package dev.krait.runtime.objects;

import com.oracle.truffle.api.RootCallTarget;

/**
 * What a {@code def} or {@code lambda} compiles to, shared by every function object made from it: the call target
 * of its body, its signature and the facts a traceback or a generator needs.
 */
public final class PCode {
    private final String name;
    private final String filename;
    private final int firstLineno;
    private final Signature signature;
    private final boolean generator;
    private RootCallTarget callTarget;

    public PCode(String name, String filename, int firstLineno, Signature signature, boolean generator) {
        this.name = name;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.signature = signature;
        this.generator = generator;
    }

    public String name() {
        return name;
    }

    public String filename() {
        return filename;
    }

    public int firstLineno() {
        return firstLineno;
    }

    public Signature signature() {
        return signature;
    }

    private PGenerator.Kind kind;

    /** What calling the function makes: a generator, a coroutine, an async generator; null for a plain function. */
    public PGenerator.Kind getKind() {
        return kind;
    }

    public void setKind(PGenerator.Kind kind) {
        this.kind = kind;
    }

    public boolean isGenerator() {
        return generator;
    }

    public RootCallTarget callTarget() {
        return callTarget;
    }

    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
        if (callTarget.getRootNode() instanceof dev.krait.nodes.root.KraitRootNode root) {
            root.setFunctionCode(this);
        }
    }

    /** The names of the free variables, in the order of the closure's cells. */
    private String[] freeVariables = new String[0];

    public String[] freeVariables() {
        return freeVariables;
    }

    public void setFreeVariables(String[] freeVariables) {
        this.freeVariables = freeVariables;
    }

    /** The end of CPython's {@code co_varnames}: the local variables that are neither parameters nor cells. */
    private String[] localVariables = new String[0];
    /** CPython's {@code co_cellvars}: the local variables nested scopes close over, sorted. */
    private String[] cellVariables = new String[0];

    public String[] otherLocalVariables() {
        return localVariables;
    }

    public String[] cellVariables() {
        return cellVariables;
    }

    /** The function's docstring (CPython keeps it as {@code co_consts[0]}), or null. */
    private Object docstring;

    public Object docstring() {
        return docstring;
    }

    public void setDocstring(Object docstring) {
        this.docstring = docstring;
    }

    public void setLocalVariables(String[] otherLocalVariables, String[] cellVariables) {
        this.localVariables = otherLocalVariables;
        this.cellVariables = cellVariables;
    }

    /** What the bytecode compiler compiles this code from, and its result once asked for (see dev.krait.bytecode). */
    private dev.krait.bytecode.CodeSource bytecodeSource;
    private dev.krait.bytecode.CodeUnit bytecodeUnit;

    public dev.krait.bytecode.CodeSource bytecodeSource() {
        return bytecodeSource;
    }

    public void setBytecodeSource(dev.krait.bytecode.CodeSource source) {
        this.bytecodeSource = source;
    }

    public dev.krait.bytecode.CodeUnit bytecodeUnit() {
        return bytecodeUnit;
    }

    public void setBytecodeUnit(dev.krait.bytecode.CodeUnit unit) {
        this.bytecodeUnit = unit;
    }
}
