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

    @Override
    public String toString() {
        return qualifiedName;
    }
}
