package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PDict;

/**
 * A class body's read of a variable of an enclosing function (CPython's LOAD_FROM_DICT_OR_DEREF): the class
 * namespace first, then the closure cell.
 */
public final class ReadClassDerefNode extends ExpressionNode {
    private final String name;
    private final int cellSlot;

    public ReadClassDerefNode(String name, int cellSlot) {
        this.name = name;
        this.cellSlot = cellSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = NamespaceMapping.get(frame.getArguments()[1], name, this);
        if (value != null) {
            return value;
        }
        value = ((PCell) frame.getObject(cellSlot)).get();
        if (value == null) {
            throw Errors.nameError("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        }
        return value;
    }
}
