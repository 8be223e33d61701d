package dev.krait.nodes.generator;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.protocol.AwaitSupport;

/**
 * {@code await value}: delegates to the awaitable's iterator as {@code yield from} does, suspending the coroutine
 * for each value the iterator passes out; the iterator's return value is the expression's value. The iterator
 * waits in a frame slot while the coroutine is suspended (counted, as the frame holds it).
 */
public final class AwaitNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final GeneratorState state;
    private final int iteratorSlot;

    public AwaitNode(ExpressionNode value, GeneratorState state, int iteratorSlot) {
        this.value = value;
        this.state = state;
        this.iteratorSlot = iteratorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (state.isResuming(frame) && suspendedHere(frame, iteratorSlot)) {
            return resume(frame, state, iteratorSlot);
        }
        return begin(frame, state, iteratorSlot, value.execute(frame));
    }

    static boolean suspendedHere(VirtualFrame frame, int slot) {
        return frame.isObject(slot) && frame.getObject(slot) != null;
    }

    /** Starts awaiting {@code awaitable}: returns its result, or suspends (throws a yield). */
    public static Object begin(VirtualFrame frame, GeneratorState state, int slot, Object awaitable) {
        return beginIterator(frame, state, slot, AwaitSupport.awaitableIterator(awaitable));
    }

    /** Starts awaiting through the iterator an awaitable already gave ({@link AwaitSupport#awaitableIterator}). */
    public static Object beginIterator(VirtualFrame frame, GeneratorState state, int slot, Object iterator) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, iterator);
        RefCounts.incRef(iterator);
        return step(frame, state, slot, iterator, dev.krait.runtime.objects.PNone.NONE, null);
    }

    /** Continues the await the coroutine is suspended at, with what was sent or thrown in. */
    public static Object resume(VirtualFrame frame, GeneratorState state, int slot) {
        state.setResuming(frame, false);
        Object iterator = frame.getObject(slot);
        PGenerator generator = state.generator(frame);
        Object sent = generator.getSentValue();
        PException thrown = generator.getThrown();
        generator.setThrown(null);
        return step(frame, state, slot, iterator, sent, thrown);
    }

    private static Object step(VirtualFrame frame, GeneratorState state, int slot, Object iterator, Object sent, PException thrown) {
        PGenerator generator = state.generator(frame);
        AwaitSupport.Step outcome;
        try {
            outcome = AwaitSupport.advance(iterator, sent, thrown);
        } catch (PException e) {
            frame.setObject(slot, null);
            generator.setAwaiting(null);
            RefCounts.decRef(iterator);
            throw e;
        }
        if (outcome.finished()) {
            if (dev.krait.runtime.Tracing.mayTrace() && outcome.stop() != null) {
                dev.krait.runtime.Tracing.delegateStopped(frame.materialize(), outcome.stop());
            }
            frame.setObject(slot, null);
            generator.setAwaiting(null);
            Object result = outcome.value();
            RefCounts.incRef(result);
            RefCounts.decRef(iterator);
            RefCounts.decRef(result);
            return result;
        }
        generator.setAwaiting(iterator);
        throw new YieldException(outcome.value());
    }
}
