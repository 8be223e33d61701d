package dev.krait.nodes.root;

import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.runtime.interop.StackFrameObject;

/** The root of every Krait call target: knows the name and source a stack trace shows for it. */
public abstract class KraitRootNode extends RootNode {
    private final String name;
    private final String qualifiedName;
    private final SourceSection sourceSection;

    protected KraitRootNode(KraitLanguage language, FrameDescriptor descriptor, String name, String qualifiedName,
                    SourceSection sourceSection) {
        super(language, descriptor);
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.sourceSection = sourceSection;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getQualifiedName() {
        return qualifiedName;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    /** The file name a traceback entry for this code shows. */
    public String getTracebackFilename() {
        SourceSection section = getSourceSection();
        if (section == null) {
            return "<unknown>";
        }
        var source = section.getSource();
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    /** A polyglot stack trace frame naming this function and the line it was at (see {@link StackFrameObject}). */
    @Override
    protected Object translateStackTraceElement(TruffleStackTraceElement element) {
        return StackFrameObject.create(this, element);
    }

    /** Whether activations of this root are Python frames ({@code sys._getframe}, {@code f_back}). */
    public boolean isPythonFrame() {
        return false;
    }

    /** The frame holding this activation's variables, given the Truffle frame of its call. */
    public com.oracle.truffle.api.frame.MaterializedFrame variablesFrame(com.oracle.truffle.api.frame.Frame callFrame) {
        return callFrame.materialize();
    }

    /** The Python {@code code} object of this body, made when first asked for (see FrameObjects). */
    private Object codeObject;

    public Object getCodeObject() {
        return codeObject;
    }

    public void setCodeObject(Object codeObject) {
        this.codeObject = codeObject;
    }

    /** The code object compile() made whose body this is (its frames' f_code), or null. */
    private Object compiledCode;

    public Object getCompiledCode() {
        return compiledCode;
    }

    public void setCompiledCode(Object compiledCode) {
        this.compiledCode = compiledCode;
    }

    /** The def or lambda this is the body of (null for module and class bodies): what types.FunctionType makes functions of. */
    private dev.krait.runtime.objects.PCode functionCode;

    public dev.krait.runtime.objects.PCode getFunctionCode() {
        return functionCode;
    }

    public void setFunctionCode(dev.krait.runtime.objects.PCode functionCode) {
        this.functionCode = functionCode;
    }

    @Override
    public String toString() {
        return qualifiedName;
    }
}
