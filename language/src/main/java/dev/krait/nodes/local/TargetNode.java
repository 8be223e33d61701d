package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Something a value can be assigned to: a name, an attribute, a subscript, or a tuple/list of targets to unpack. */
public abstract class TargetNode extends Node {
    public abstract void assign(VirtualFrame frame, Object value);

    /** Deletes the target ({@code del x}); for targets that cannot be deleted the translator reports a SyntaxError. */
    public abstract void delete(VirtualFrame frame);
}
