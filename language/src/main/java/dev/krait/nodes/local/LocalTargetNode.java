package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;

/** A local variable as an assignment target. */
public final class LocalTargetNode extends TargetNode {
    @Child private WriteLocalNode write;
    private final int slot;
    private final String name;

    public LocalTargetNode(int slot, String name) {
        this.write = WriteLocalNode.create(slot);
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        write.executeWrite(frame, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        if (frame.getValue(slot) == null) {
            throw Errors.raise(ErrorType.UnboundLocalError,
                            "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        Object old = frame.isObject(slot) ? frame.getObject(slot) : null;
        frame.getFrameDescriptor().setSlotKind(slot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
        frame.setObject(slot, null);
        dev.krait.runtime.memory.RefCounts.decRef(old);
    }
}
