package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;

/** A name assigned in a class body: an entry of the class namespace. */
public final class ClassNameTargetNode extends TargetNode {
    private final String name;

    public ClassNameTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        NamespaceMapping.set(frame.getArguments()[1], name, value, this);
    }

    @Override
    public void delete(VirtualFrame frame) {
        if (!NamespaceMapping.delete(frame.getArguments()[1], name, this)) {
            throw Errors.nameError("name '" + name + "' is not defined", name);
        }
    }
}
