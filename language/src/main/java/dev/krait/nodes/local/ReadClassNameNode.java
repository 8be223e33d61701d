package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PDict;

/** A name read in a class body: the class namespace first, then globals and builtins. */
public final class ReadClassNameNode extends ExpressionNode {
    private final String name;

    public ReadClassNameNode(String name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = NamespaceMapping.get(frame.getArguments()[1], name, this);
        if (value != null) {
            return value;
        }
        return ReadGlobalNode.readUncached(KraitContext.get(this), FrameGlobals.getGlobals(frame), name);
    }
}
