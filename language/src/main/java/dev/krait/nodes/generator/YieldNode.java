package dev.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PGenerator;

/** {@code yield value}: suspends; when resumed here, its value is what {@code send()} passed (None for next). */
public final class YieldNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final GeneratorState state;
    /** In an async generator: the value goes to the consumer ({@code __anext__}'s result), not to the event loop. */
    private final boolean asyncGenerator;

    public YieldNode(ExpressionNode value, GeneratorState state) {
        this(value, state, false);
    }

    public YieldNode(ExpressionNode value, GeneratorState state, boolean asyncGenerator) {
        this(value, state, asyncGenerator, -1);
    }

    /**
     * When the value itself can suspend ({@code yield await x}, {@code yield (yield)}), {@code hereSlot} records
     * whether the suspension is at this yield (true) or inside its value; else -1.
     */
    public YieldNode(ExpressionNode value, GeneratorState state, boolean asyncGenerator, int hereSlot) {
        this.value = value;
        this.state = state;
        this.asyncGenerator = asyncGenerator;
        this.hereSlot = hereSlot;
    }

    private final int hereSlot;

    @Override
    public Object execute(VirtualFrame frame) {
        if (state.isResuming(frame) && (hereSlot < 0 || frame.isBoolean(hereSlot) && frame.getBoolean(hereSlot))) {
            state.setResuming(frame, false);
            if (hereSlot >= 0) {
                frame.setBoolean(hereSlot, false);
            }
            PGenerator generator = state.generator(frame);
            PException thrown = generator.getThrown();
            if (thrown != null) {
                generator.setThrown(null);
                thrown.markThrownIntoGenerator();
                // raised here, inside the handler the generator was suspended in (if any): that exception is its
                // context (CPython's _PyErr_ChainStackItem: the generator's own exc_info, not its caller's)
                dev.krait.runtime.KraitContext context = dev.krait.runtime.KraitContext.get(this);
                PException handled = context.currentHandledException();
                if (handled != null && context.handledExceptionDepth() > generator.getHandledDepthAtThrow()) {
                    dev.krait.nodes.controlflow.TryExceptNode.chain(context, thrown, handled);
                }
                throw thrown;
            }
            return generator.getSentValue();
        }
        Object result = value.execute(frame);
        if (hereSlot >= 0) {
            frame.setBoolean(hereSlot, true);
        }
        if (asyncGenerator) {
            state.generator(frame).setYieldedValue(true);
        }
        throw new YieldException(result, this);
    }
}
