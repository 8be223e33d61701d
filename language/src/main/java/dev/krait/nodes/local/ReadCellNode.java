package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PCell;

/** Reads a variable that lives in a closure cell (a cell variable of this function or a free variable). */
public final class ReadCellNode extends ExpressionNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = ((PCell) frame.getObject(slot)).get();
        if (value == null) {
            throw unbound();
        }
        return value;
    }

    @TruffleBoundary
    private RuntimeException unbound() {
        if (free) {
            return Errors.nameError("cannot access free variable '" + name +
                            "' where it is not associated with a value in enclosing scope");
        }
        return Errors.raise(ErrorType.UnboundLocalError,
                        "cannot access local variable '" + name + "' where it is not associated with a value");
    }
}
