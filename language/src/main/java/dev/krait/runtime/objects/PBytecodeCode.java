package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.bytecode.CodeUnit;

/**
 * A code object that exists only as the bytecode compiler's output: the code of a nested function, lambda, class
 * body or generator expression as it appears in its parent's {@code co_consts}. The bytecode engine runs it: the
 * function code MAKE_FUNCTION makes of it is kept here, made once.
 */
public final class PBytecodeCode extends PythonObject implements CodeObject {
    private final CodeUnit unit;
    private Object bytecodeView;
    private PCode functionCode;

    public PBytecodeCode(PythonClass cls, Shape shape, CodeUnit unit) {
        super(cls, shape);
        this.unit = unit;
    }

    public CodeUnit unit() {
        return unit;
    }

    public PCode functionCode() {
        return functionCode;
    }

    public void setFunctionCode(PCode code) {
        this.functionCode = code;
    }

    /** The call target exec() runs module-level code of this kind with, made on first use. */
    private com.oracle.truffle.api.RootCallTarget moduleTarget;

    public com.oracle.truffle.api.RootCallTarget moduleTarget() {
        return moduleTarget;
    }

    public void setModuleTarget(com.oracle.truffle.api.RootCallTarget target) {
        this.moduleTarget = target;
    }

    public Object bytecodeView() {
        return bytecodeView;
    }

    public void setBytecodeView(Object view) {
        this.bytecodeView = view;
    }

    @Override
    public String name() {
        return unit.name();
    }

    @Override
    public String qualname() {
        return unit.qualname();
    }

    @Override
    public String filename() {
        return unit.filename();
    }

    @Override
    public int firstLineno() {
        return unit.firstLineno();
    }

    @Override
    public Signature signature() {
        return null;
    }
}
