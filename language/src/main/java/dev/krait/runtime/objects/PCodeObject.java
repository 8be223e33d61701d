package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.nodes.root.KraitRootNode;

/**
 * A Python {@code code} object ({@code frame.f_code}): the facts about one compiled body a frame or traceback shows
 * (name, qualified name, file, first line). Made on request from the body's root node, one per root node.
 */
public final class PCodeObject extends PythonObject implements CodeObject {
    private final KraitRootNode root;
    /** The parameters, when the code is a function's (null for module and unknown code). */
    private Signature signature;

    public PCodeObject(PythonClass cls, Shape shape, KraitRootNode root) {
        super(cls, shape);
        this.root = root;
    }

    public KraitRootNode root() {
        return root;
    }

    @Override
    public Signature signature() {
        return signature;
    }

    public void setSignature(Signature signature) {
        this.signature = signature;
    }

    @Override
    public String name() {
        return root.getName();
    }

    @Override
    public String qualname() {
        return root.getQualifiedName();
    }

    @Override
    public String filename() {
        return root.getTracebackFilename();
    }

    @Override
    public int firstLineno() {
        var section = root.getSourceSection();
        return section == null || !section.isAvailable() ? 1 : section.getStartLine();
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
