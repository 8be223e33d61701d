package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;

/** {@code lower:upper:step} inside a subscript. */
public final class SliceNode extends ExpressionNode {
    @Child private ExpressionNode lower;
    @Child private ExpressionNode upper;
    @Child private ExpressionNode step;

    public SliceNode(ExpressionNode lower, ExpressionNode upper, ExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object start = lower == null ? PNone.NONE : lower.execute(frame);
        Object stop = upper == null ? PNone.NONE : upper.execute(frame);
        Object by = step == null ? PNone.NONE : step.execute(frame);
        KraitContext context = KraitContext.get(this);
        return new PSlice(context.classes().sliceClass, context.getShape(), start, stop, by);
    }
}
