package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;

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

    @Override
    public String toString() {
        return qualifiedName;
    }
}
