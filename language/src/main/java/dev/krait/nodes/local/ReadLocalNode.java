package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.Errors;

/** Reads a function's local variable from its frame slot, unboxed while the slot holds one primitive type. */
public abstract class ReadLocalNode extends ExpressionNode {
    protected final int slot;
    protected final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        Object value;
        if (!frame.isObject(slot)) {
            CompilerDirectives.transferToInterpreter();
            value = frame.getValue(slot);
            if (value != null) {
                frame.setObject(slot, value);
            }
        } else {
            value = frame.getObject(slot);
        }
        if (value == null) {
            throw unbound();
        }
        return value;
    }

    @CompilerDirectives.TruffleBoundary
    private RuntimeException unbound() {
        return Errors.raise(dev.krait.runtime.exceptions.ErrorType.UnboundLocalError,
                        "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static ReadLocalNode create(int slot, String name) {
        return ReadLocalNodeGen.create(slot, name);
    }
}
