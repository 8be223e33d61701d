package dev.krait.nodes.local;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import com.oracle.truffle.api.dsl.Cached;

import dev.krait.nodes.memory.DecRefNode;
import dev.krait.nodes.memory.IncRefNode;

/**
 * Writes a local variable's frame slot. A slot stays typed (long, double, boolean) while every value written to it
 * has that type, so loop counters and accumulators are never boxed; a value of another type turns it into an
 * object slot for good.
 */
public abstract class WriteLocalNode extends Node {
    protected final int slot;

    protected WriteLocalNode(int slot) {
        this.slot = slot;
    }

    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Specialization(guards = "isKind(frame, LONG)")
    protected void writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Long);
        frame.setLong(slot, value);
    }

    @Specialization(guards = "isKind(frame, DOUBLE)")
    protected void writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
    }

    @Specialization(guards = "isKind(frame, BOOLEAN)")
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Boolean);
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value,
                    @Cached IncRefNode incRef,
                    @Cached DecRefNode decRef) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        // the frame counts what its variables hold: the new value first, then the old one is dropped
        Object old = frame.isObject(slot) ? frame.getObject(slot) : null;
        frame.setObject(slot, value);
        incRef.execute(value);
        decRef.execute(old);
    }

    protected static final FrameSlotKind LONG = FrameSlotKind.Long;
    protected static final FrameSlotKind DOUBLE = FrameSlotKind.Double;
    protected static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;

    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(slot);
        return current == kind || current == FrameSlotKind.Illegal;
    }

    public static WriteLocalNode create(int slot) {
        return WriteLocalNodeGen.create(slot);
    }
}
