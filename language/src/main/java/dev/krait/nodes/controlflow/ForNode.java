package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.generator.GeneratorState;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PRange;
import dev.krait.runtime.protocol.PyIter;

/**
 * {@code for target in iterable: body else: orelse}, as a {@link LoopNode} (OSR compiles a long loop in the middle
 * of a call). A range is counted in a long with no iterator object and a list is walked by index; other iterables go
 * through the iterator protocol. Profiles keep only the kinds a loop has seen in its compiled code.
 */
public final class ForNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int counterSlot;
    private final int stateSlot;
    /** Set in a generator: on resume, the loop continues its current iteration instead of starting over. */
    private final GeneratorState generator;
    private final BranchProfile breakTaken = BranchProfile.create();

    /**
     * @param counterSlot a frame slot for the position in a range or list (a long)
     * @param stateSlot a frame slot for the range, list or iterator being looped over
     */
    public ForNode(ExpressionNode iterable, TargetNode target, StatementNode body, StatementNode orelse, int counterSlot,
                    int stateSlot, GeneratorState generator) {
        this.iterable = iterable;
        this.counterSlot = counterSlot;
        this.stateSlot = stateSlot;
        this.generator = generator;
        this.loop = Truffle.getRuntime().createLoopNode(new Step(target, body, counterSlot, stateSlot, generator));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (generator == null || !generator.isResuming(frame)) {
            Object value = iterable.execute(frame);
            if (value instanceof PRange || (value instanceof PList list && list.getPythonClass().isBuiltin())) {
                frame.setObject(stateSlot, value);
            } else {
                frame.setObject(stateSlot, PyIter.getIter(value));
            }
            frame.setLong(counterSlot, 0);
        }
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            breakTaken.enter();
            frame.setObject(stateSlot, null);
            return;
        }
        frame.setObject(stateSlot, null);
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Step extends Node implements RepeatingNode {
        @Child private TargetNode target;
        @Child private StatementNode body;
        private final int counterSlot;
        private final int stateSlot;
        private final GeneratorState generator;
        private final ConditionProfile isRange = ConditionProfile.create();
        private final ConditionProfile isList = ConditionProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        Step(TargetNode target, StatementNode body, int counterSlot, int stateSlot, GeneratorState generator) {
            this.target = target;
            this.body = body;
            this.counterSlot = counterSlot;
            this.stateSlot = stateSlot;
            this.generator = generator;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (generator != null && generator.isResuming(frame)) {
                runBody(frame);
                return true;
            }
            Object state = frame.getObject(stateSlot);
            Object item;
            if (isRange.profile(state instanceof PRange)) {
                PRange range = (PRange) state;
                long index = frame.getLong(counterSlot);
                if (index >= range.length()) {
                    return false;
                }
                frame.setLong(counterSlot, index + 1);
                item = range.start() + index * range.step();
            } else if (isList.profile(state instanceof PList)) {
                PList list = (PList) state;
                long index = frame.getLong(counterSlot);
                if (index >= list.size()) {
                    return false;
                }
                frame.setLong(counterSlot, index + 1);
                item = list.get((int) index);
            } else {
                item = state instanceof PBuiltinIterator builtin ? builtin.next() : PyIter.next(state);
                if (item == null) {
                    return false;
                }
            }
            target.assign(frame, item);
            runBody(frame);
            return true;
        }

        private void runBody(VirtualFrame frame) {
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            }
        }
    }
}
