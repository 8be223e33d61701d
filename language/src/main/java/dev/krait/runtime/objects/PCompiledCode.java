package dev.krait.runtime.objects;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.source.Source;

import dev.krait.ast.Mod;
import dev.krait.symtable.SymbolTable;

/**
 * A code object made by {@code compile()} (or by {@code exec}/{@code eval} from a string): the parsed source and its
 * symbol table, translated to a call target on first run. Its Python type is {@code code}, shared with the code objects
 * of running bodies ({@link CodeObject}). Code run with a separate locals mapping reads and writes its
 * top-level names in that mapping, so it has a second translation for that.
 */
public final class PCompiledCode extends PythonObject implements CodeObject {
    private final Source source;
    private final Mod mod;
    private final SymbolTable symbols;
    private final String filename;
    /** The optimization level it is translated with (compile()'s {@code optimize}, -1 made the interpreter's). */
    private final int optimize;
    private RootCallTarget globalsTarget;
    private RootCallTarget namespaceTarget;

    public PCompiledCode(PythonClass cls, Shape shape, Source source, Mod mod, SymbolTable symbols, String filename, int optimize) {
        super(cls, shape);
        this.source = source;
        this.mod = mod;
        this.symbols = symbols;
        this.filename = filename;
        this.optimize = optimize;
    }

    public int optimize() {
        return optimize;
    }

    public Source source() {
        return source;
    }

    public Mod mod() {
        return mod;
    }

    public SymbolTable symbols() {
        return symbols;
    }

    @Override
    public String filename() {
        return filename;
    }

    @Override
    public String name() {
        return "<module>";
    }

    @Override
    public String qualname() {
        return "<module>";
    }

    @Override
    public int firstLineno() {
        return 1;
    }

    @Override
    public Signature signature() {
        return null;
    }

    /** Whether this is {@code eval} mode code (a single expression whose value is the result). */
    public boolean isExpression() {
        return mod instanceof Mod.Expression;
    }

    /** The translation for running with names in the globals ({@code namespace == false}) or in a locals mapping. */
    public RootCallTarget getCallTarget(boolean namespace) {
        return namespace ? namespaceTarget : globalsTarget;
    }

    public void setCallTarget(boolean namespace, RootCallTarget target) {
        if (target.getRootNode() instanceof dev.krait.nodes.root.KraitRootNode root) {
            root.setCompiledCode(this); // exec(code) runs frames whose f_code is this object
        }
        if (namespace) {
            namespaceTarget = target;
        } else {
            globalsTarget = target;
        }
    }

    /** The bytecode compiler's view of this code, made when a bytecode attribute is first read. */
    private Object bytecodeView;

    public Object bytecodeView() {
        return bytecodeView;
    }

    public void setBytecodeView(Object view) {
        this.bytecodeView = view;
    }
}
