package dev.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PGenerator;

/** {@code yield value}: suspends; when resumed here, its value is what {@code send()} passed (None for next). */
public final class YieldNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final GeneratorState state;

    public YieldNode(ExpressionNode value, GeneratorState state) {
        this.value = value;
        this.state = state;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (state.isResuming(frame)) {
            state.setResuming(frame, false);
            PGenerator generator = state.generator(frame);
            PException thrown = generator.getThrown();
            if (thrown != null) {
                generator.setThrown(null);
                throw thrown;
            }
            return generator.getSentValue();
        }
        throw new YieldException(value.execute(frame));
    }
}
