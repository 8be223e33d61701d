package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.generator.AwaitNode;
import dev.krait.nodes.generator.GeneratorState;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code async for target in iterable: body else: orelse}: the iterator comes from {@code __aiter__}; each step
 * awaits {@code __anext__()} until it raises StopAsyncIteration. The coroutine can suspend in that await (phase 0)
 * or in the body (phase 1) or the else block (phase 2); the iterator waits in a counted slot meanwhile.
 */
public final class AsyncForNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private TargetNode target;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    private final GeneratorState state;
    private final int iteratorSlot;
    private final int awaitSlot;
    private final int phaseSlot;
    /** In a comprehension, the first iterable is already the async iterator (made in the enclosing scope). */
    private final boolean givenIterator;

    public AsyncForNode(ExpressionNode iterable, TargetNode target, StatementNode body, StatementNode orelse, GeneratorState state,
                    int iteratorSlot, int awaitSlot, int phaseSlot, boolean givenIterator) {
        this.givenIterator = givenIterator;
        this.iterable = iterable;
        this.target = target;
        this.body = body;
        this.orelse = orelse;
        this.state = state;
        this.iteratorSlot = iteratorSlot;
        this.awaitSlot = awaitSlot;
        this.phaseSlot = phaseSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resuming = state.isResuming(frame);
        int phase = 0;
        Object iterator;
        if (resuming) {
            phase = frame.getInt(phaseSlot);
            iterator = frame.getObject(iteratorSlot);
        } else {
            iterator = givenIterator ? iterable.execute(frame) : asyncIterator(iterable.execute(frame), "for");
            frame.getFrameDescriptor().setSlotKind(iteratorSlot, FrameSlotKind.Object);
            frame.setObject(iteratorSlot, iterator);
            RefCounts.incRef(iterator);
        }
        if (phase == 2) {
            orelse.executeVoid(frame);
            return;
        }
        try {
            while (true) {
                if (phase == 0) {
                    frame.setInt(phaseSlot, 0);
                    Object value;
                    try {
                        value = resuming ? AwaitNode.resume(frame, state, awaitSlot)
                                        : AwaitNode.beginIterator(frame, state, awaitSlot, nextAwaitIterator(iterator, "for"));
                    } catch (PException e) {
                        if (isStopAsyncIteration(e)) {
                            if (dev.krait.runtime.Tracing.mayTrace()) {
                                dev.krait.runtime.Tracing.exception(this, frame.materialize(), e, getLineno());
                            }
                            break;
                        }
                        dropIterator(frame, iterator);
                        throw e;
                    }
                    resuming = false;
                    frame.setInt(phaseSlot, 1);
                    target.assign(frame, value);
                }
                phase = 0;
                try {
                    body.executeVoid(frame);
                } catch (ContinueException e) {
                    // next step
                }
                if (dev.krait.runtime.Tracing.mayTrace()) {
                    dev.krait.runtime.Tracing.loopBack(this, frame.materialize());
                }
                resuming = false;
            }
        } catch (BreakException e) {
            dropIterator(frame, iterator);
            return;
        } catch (PException | ReturnException | ContinueException e) {
            dropIterator(frame, iterator);
            throw e;
        }
        dropIterator(frame, iterator);
        if (orelse != null) {
            frame.setInt(phaseSlot, 2);
            orelse.executeVoid(frame);
        }
    }

    private void dropIterator(VirtualFrame frame, Object iterator) {
        frame.setObject(iteratorSlot, null);
        RefCounts.decRef(iterator);
    }

    @TruffleBoundary
    static boolean isStopAsyncIteration(PException e) {
        KraitContext context = KraitContext.get(null);
        return ExceptionMatching.matches(context, e, context.classes().byName("StopAsyncIteration"));
    }

    /** {@code type(value).__aiter__(value)}, checked as {@code async for} checks it. */
    @TruffleBoundary
    public static Object asyncIterator(Object value, String what) {
        PythonClass type = PyObjectType.classOf(value);
        Object aiter = type.lookup("__aiter__");
        if (aiter == null) {
            throw Errors.typeError("'async " + what + "' requires an object with __aiter__ method, got " + type.getName());
        }
        Object iterator = PyObjectCall.callDescriptor(aiter, value, new Object[0], new String[0], new Object[0]);
        if (PyObjectType.classOf(iterator).lookup("__anext__") == null) {
            throw Errors.typeError("'async " + what + "' received an object from __aiter__ that does not implement __anext__: " +
                            PyObjectType.typeName(iterator));
        }
        return iterator;
    }

    /**
     * {@code type(iterator).__anext__(iterator)} and the iterator its await delegates to; an error finding that
     * iterator becomes the cause of CPython's TypeError about the invalid object.
     */
    @TruffleBoundary
    public static Object nextAwaitIterator(Object iterator, String what) {
        Object anext = PyObjectType.classOf(iterator).lookup("__anext__");
        Object awaitable = PyObjectCall.callDescriptor(anext, iterator, new Object[0], new String[0], new Object[0]);
        try {
            return dev.krait.runtime.protocol.AwaitSupport.awaitableIterator(awaitable);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            PException error = Errors.typeError("'async " + what + "' received an invalid object from __anext__: " + PyObjectType.typeName(awaitable));
            PBaseException cause = ExceptionMatching.materialize(context, e);
            PBaseException wrapped = ExceptionMatching.materialize(context, error);
            wrapped.setCause(cause);
            wrapped.setContext(cause);
            throw error;
        }
    }
}
