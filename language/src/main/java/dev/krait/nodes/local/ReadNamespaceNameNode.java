package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;

/**
 * A free name read in a list, set or dict comprehension of code that {@code exec}/{@code eval} run with a separate
 * locals dict: CPython 3.12 runs such comprehensions inline, so they see that dict's names, then globals and builtins.
 * The comprehension's function carries the dict (see {@link #enclosingNamespace}).
 */
public final class ReadNamespaceNameNode extends ExpressionNode {
    private final String name;

    public ReadNamespaceNameNode(String name) {
        this.name = name;
    }

    /** The locals dict of the code being run: the frame's own, or the one its comprehension function carries. */
    public static Object enclosingNamespace(Frame frame) {
        Object[] arguments = frame.getArguments();
        return arguments[0] instanceof PFunction function ? function.getEnclosingNamespace() : arguments[1];
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = NamespaceMapping.get(enclosingNamespace(frame), name);
        if (value != null) {
            return value;
        }
        return ReadGlobalNode.readUncached(KraitContext.get(this), FrameGlobals.getGlobals(frame), name);
    }
}
