package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PComplex;

/** An imaginary literal ({@code 2j}): a new complex with that imaginary part each time. */
public final class ComplexLiteralNode extends ExpressionNode {
    private final double imag;

    public ComplexLiteralNode(double imag) {
        this.imag = imag;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        return new PComplex(context.classes().complexClass, context.getShape(), 0.0, imag);
    }
}
