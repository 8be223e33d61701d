package dev.krait.nodes.controlflow;


import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.generator.GeneratorState;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
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
    /** For {@code for x in range(…)}: the callee and arguments, so a builtin range needs no range object. */
    @Child private ExpressionNode rangeCallee;
    @Children private final ExpressionNode[] rangeArguments;
    @Child private dev.krait.nodes.call.DispatchCallNode rangeCall;
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int counterSlot;
    private final int stateSlot;
    private final int startSlot;
    private final int stepSlot;
    private final ConditionProfile countedRange = ConditionProfile.create();
    /** Set in a generator: on resume, the loop continues its current iteration instead of starting over. */
    private final GeneratorState generator;
    private final BranchProfile breakTaken = BranchProfile.create();
    /** The iterable is an iterator already (a comprehension's first iterable): iter() is not called on it again. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private boolean overIterator;

    /**
     * @param counterSlot a frame slot for the position in a range or list (a long)
     * @param stateSlot a frame slot for the range, list or iterator being looped over
     */
    public ForNode(ExpressionNode iterable, TargetNode target, StatementNode body, StatementNode orelse, int counterSlot,
                    int stateSlot, GeneratorState generator) {
        this(iterable, null, null, target, body, orelse, counterSlot, stateSlot, -1, -1, generator);
    }

    /**
     * A loop over {@code range(args…)} written as such: when {@code rangeCallee} is the builtin range and the
     * arguments are ints, the loop counts in frame slots ({@code startSlot}, {@code stepSlot}, and the length in the
     * slot after it) without making a range object; otherwise the callee is called with the arguments as evaluated.
     */
    public ForNode(ExpressionNode iterable, ExpressionNode rangeCallee, ExpressionNode[] rangeArguments, TargetNode target,
                    StatementNode body, StatementNode orelse, int counterSlot, int stateSlot, int startSlot, int stepSlot,
                    GeneratorState generator) {
        this.iterable = iterable;
        this.rangeCallee = rangeCallee;
        this.rangeArguments = rangeArguments;
        this.rangeCall = rangeCallee == null ? null : dev.krait.nodes.call.DispatchCallNode.create();
        this.startSlot = startSlot;
        this.stepSlot = stepSlot;
        this.counterSlot = counterSlot;
        this.stateSlot = stateSlot;
        this.generator = generator;
        this.loop = Truffle.getRuntime().createLoopNode(new Step(target, body, counterSlot, stateSlot, startSlot, stepSlot, generator));
        this.orelse = orelse;
    }

    /** Marks the iterable as an iterator already made (CPython's FOR_ITER on a comprehension's {@code .0}). */
    public ForNode overIterator() {
        this.overIterator = true;
        return this;
    }

    /** {@code iter()} of the iterable, with this statement as where a Python {@code __iter__} was called from. */
    private Object getIterHere(Object iterable) {
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyIter.getIter(iterable);
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (generator == null || !generator.isResuming(frame)) {
            Object value;
            if (rangeCallee != null) {
                value = startCountedRange(frame);
                if (value == null) {
                    runLoop(frame);
                    return;
                }
            } else {
                value = iterable.execute(frame);
            }
            Object state = overIterator || value instanceof PRange || (value instanceof PList list && list.getPythonClass().isBuiltin()) ? value
                            : getIterHere(value);
            // the loop keeps its iterator (or list) across the statements of its body: counted meanwhile
            holdState.execute(state);
            frame.setObject(stateSlot, state);
            frame.setLong(counterSlot, 0);
        }
        runLoop(frame);
    }

    /**
     * Sets up a counted loop if the callee is the builtin {@code range} and its arguments are ints: the state slot
     * holds {@link #COUNTED}, the counter runs from 0 to the length, the item is start + counter * step.
     */
    /**
     * Evaluates {@code range(…)}'s callee and arguments once. When they are the builtin range and ints, sets up a
     * counted loop (the state slot holds {@link #COUNTED}, the counter runs to the length, the item is start + counter
     * * step) and returns null; otherwise returns the result of the call, to be iterated as usual.
     */
    @ExplodeLoop
    private Object startCountedRange(VirtualFrame frame) {
        Object callee = rangeCallee.execute(frame);
        Object[] values = new Object[rangeArguments.length + 1];
        boolean allLongs = true;
        for (int i = 0; i < rangeArguments.length; i++) {
            values[i + 1] = rangeArguments[i].execute(frame);
            allLongs &= values[i + 1] instanceof Long;
        }
        if (!countedRange.profile(allLongs && callee == KraitContext.get(this).classes().rangeClass)) {
            return rangeCall.execute(callee, values);
        }
        long first = (Long) values[1];
        long start = values.length == 2 ? 0 : first;
        long stop = values.length == 2 ? first : (Long) values[2];
        long step = values.length == 4 ? (Long) values[3] : 1;
        if (step == 0) {
            throw dev.krait.runtime.exceptions.Errors.valueError("range() arg 3 must not be zero");
        }
        long length = PRange.lengthOf(start, stop, step);
        if (length < 0) {
            // more items than a long counts (range(-2**63, 2**63 - 1)): iterate a big range instead
            return rangeCall.execute(callee, values);
        }
        frame.setLong(startSlot, start);
        frame.setLong(stepSlot, step);
        frame.setLong(counterSlot, 0);
        frame.setObject(stateSlot, COUNTED);
        frame.setLong(limitSlot(), length);
        return null;
    }

    /** The slot after the step slot holds the number of items of a counted range. */
    private int limitSlot() {
        return stepSlot + 1;
    }

    @Child private dev.krait.nodes.memory.IncRefNode holdState = dev.krait.nodes.memory.IncRefNode.create();
    @Child private dev.krait.nodes.memory.DecRefNode dropState = dev.krait.nodes.memory.DecRefNode.create();

    private void clearState(VirtualFrame frame) {
        Object state = frame.getObject(stateSlot);
        frame.setObject(stateSlot, null);
        dropState.execute(state);
    }

    /** Marks the state slot of a loop counting a builtin range in frame slots. */
    static final Object COUNTED = new Object();

    private void runLoop(VirtualFrame frame) {
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            breakTaken.enter();
            clearState(frame);
            return;
        } catch (PException | ReturnException | JumpException e) {
            clearState(frame);
            throw e;
        }
        clearState(frame);
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    /** Entered by a trace function's jump into the else block (the body cannot be: it needs the iterator). */
    @Override
    public void executeFromLine(VirtualFrame frame, int line) {
        if (line != getLineno() && orelse != null && StatementNode.holdsLine(orelse, line)) {
            orelse.executeFromLine(frame, line);
        } else {
            super.executeFromLine(frame, line);
        }
    }

    private static final class Step extends Node implements RepeatingNode {
        @Child private TargetNode target;
        @Child private StatementNode body;
        private final int counterSlot;
        private final int stateSlot;
        private final int startSlot;
        private final int stepSlot;
        private final GeneratorState generator;
        private final ConditionProfile isCounted = ConditionProfile.create();
        private final ConditionProfile isRange = ConditionProfile.create();
        private final ConditionProfile isList = ConditionProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        Step(TargetNode target, StatementNode body, int counterSlot, int stateSlot, int startSlot, int stepSlot,
                        GeneratorState generator) {
            this.target = target;
            this.body = body;
            this.counterSlot = counterSlot;
            this.stateSlot = stateSlot;
            this.startSlot = startSlot;
            this.stepSlot = stepSlot;
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
            if (isCounted.profile(state == COUNTED)) {
                long index = frame.getLong(counterSlot);
                if (index >= frame.getLong(stepSlot + 1)) {
                    return false;
                }
                frame.setLong(counterSlot, index + 1);
                item = frame.getLong(startSlot) + index * frame.getLong(stepSlot);
            } else if (isRange.profile(state instanceof PRange)) {
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
            } else if (dev.krait.runtime.Tracing.mayTrace()) {
                item = dev.krait.runtime.Tracing.forLoopNext(this, frame.materialize(), state);
                if (item == null) {
                    return false;
                }
            } else if (state instanceof PBuiltinIterator builtin && builtin.hasNativeProtocol()) {
                item = PyIter.nextBuiltin(builtin);
                if (item == null) {
                    return false;
                }
            } else {
                // a __next__ written in Python (a generator's body) sees the for statement as where it was called
                com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
                try {
                    item = PyIter.next(state);
                } finally {
                    dev.krait.nodes.CallLocation.exit(previous);
                }
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
            if (dev.krait.runtime.Tracing.mayTrace()) {
                dev.krait.runtime.Tracing.loopBack(this, frame.materialize());
            }
        }
    }
}
