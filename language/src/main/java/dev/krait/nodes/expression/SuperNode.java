package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PSuper;
import dev.krait.runtime.objects.PythonClass;

/** Zero-argument {@code super()}: the enclosing class (from the {@code __class__} cell) and the method's first argument. */
public final class SuperNode extends ExpressionNode {
    @Child private ExpressionNode classCell;
    @Child private ExpressionNode self;

    public SuperNode(ExpressionNode classCell, ExpressionNode self) {
        this.classCell = classCell;
        this.self = self;
    }

    /** {@code classCell} null: the method binds a local {@code __class__}, so super() finds no cell. */
    @Override
    public Object execute(VirtualFrame frame) {
        if (classCell == null) {
            throw Errors.runtimeError("super(): __class__ cell not found");
        }
        Object cls = classCell.execute(frame);
        if (!(cls instanceof PythonClass type)) {
            throw Errors.runtimeError("super(): __class__ is not a type (" + cls + ")");
        }
        return PSuper.create(KraitContext.get(this), type, self.execute(frame));
    }
}
