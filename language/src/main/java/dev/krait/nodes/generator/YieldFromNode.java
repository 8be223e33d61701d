package dev.krait.nodes.generator;

import dev.krait.runtime.memory.RefCounts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.GeneratorSupport;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/**
 * {@code yield from iterable}: passes each value of the inner iterator out and each sent value or thrown exception
 * in, until the inner iterator ends; its StopIteration value is the expression's value.
 */
public final class YieldFromNode extends ExpressionNode {
    @Child private ExpressionNode iterable;
    private final GeneratorState state;
    private final int iteratorSlot;

    public YieldFromNode(ExpressionNode iterable, GeneratorState state, int iteratorSlot) {
        this.iterable = iterable;
        this.state = state;
        this.iteratorSlot = iteratorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object iterator;
        Object sent = PNone.NONE;
        PException thrown = null;
        boolean delegateDone = false;
        if (state.isResuming(frame)) {
            state.setResuming(frame, false);
            iterator = frame.getObject(iteratorSlot);
            PGenerator generator = state.generator(frame);
            sent = generator.getSentValue();
            thrown = generator.getThrown();
            generator.setThrown(null);
            delegateDone = generator.takeDelegateDone();
        } else {
            iterator = PyIter.getIter(iterable.execute(frame));
            frame.getFrameDescriptor().setSlotKind(iteratorSlot, FrameSlotKind.Object);
            frame.setObject(iteratorSlot, iterator);
            // the delegating generator holds its inner iterator while it is suspended
            RefCounts.incRef(iterator);
        }
        Object[] outcome;
        try {
            if (delegateDone) {
                // throw() already called the iterator's throw method: its outcome ends the yield from
                if (thrown != null) {
                    throw thrown;
                }
                outcome = new Object[]{true, sent};
            } else {
                outcome = advance(iterator, sent, thrown);
            }
        } catch (PException e) {
            frame.setObject(iteratorSlot, null);
            state.generator(frame).setAwaiting(null);
            RefCounts.decRef(iterator);
            throw e;
        }
        if (outcome[0] == Boolean.TRUE) {
            if (dev.krait.runtime.Tracing.mayTrace() && outcome.length > 2) {
                dev.krait.runtime.Tracing.delegateStopped(frame.materialize(), (PException) outcome[2]);
            }
            frame.setObject(iteratorSlot, null);
            state.generator(frame).setAwaiting(null);
            RefCounts.incRef(outcome[1]);
            RefCounts.decRef(iterator);
            RefCounts.decRef(outcome[1]);
            return outcome[1];
        }
        // what the generator delegates to while suspended (gi_yieldfrom); the frame slot holds the reference
        state.generator(frame).setAwaiting(iterator);
        throw new YieldException(outcome[1], this);
    }

    /** Returns {finished, value}: the next value to yield, or the inner iterator's return value. */
    @TruffleBoundary
    private static Object[] advance(Object iterator, Object sent, PException thrown) {
        KraitContext context = KraitContext.get(null);
        try {
            Object value;
            if (thrown != null && ExceptionMatching.matches(context, thrown, context.classes().byName("GeneratorExit"))) {
                // PEP 380: closing the delegating generator closes the inner iterator, then exits here all the same
                if (iterator instanceof PGenerator generator) {
                    GeneratorSupport.close(generator);
                } else {
                    Object closeMethod;
                    try {
                        closeMethod = PyObjectGetAttr.getOrNull(iterator, "close");
                    } catch (PException lookupFailed) {
                        // CPython reports a failing lookup of close as unraisable and closes all the same
                        dev.krait.runtime.memory.Deallocator.reportUnraisable(context, lookupFailed, iterator);
                        closeMethod = null;
                    }
                    if (closeMethod != null) {
                        PyObjectCall.call(closeMethod);
                    }
                }
                throw thrown;
            }
            if (thrown != null) {
                if (iterator instanceof PGenerator generator) {
                    value = GeneratorSupport.throwInto(generator, thrown);
                } else {
                    Object throwMethod = PyObjectGetAttr.getOrNull(iterator, "throw");
                    if (throwMethod == null) {
                        throw thrown;
                    }
                    value = PyObjectCall.call(throwMethod, ExceptionMatching.materialize(context, thrown));
                }
            } else if (iterator instanceof PGenerator generator) {
                value = GeneratorSupport.send(generator, sent);
            } else if (sent == PNone.NONE && iterator instanceof dev.krait.runtime.objects.PBuiltinIterator builtin && builtin.hasNativeProtocol()) {
                // directly, so that a StopIteration raised by code it calls (map's function) keeps its value
                value = ((dev.krait.runtime.objects.PBuiltinIterator) iterator).next();
                if (value == null) {
                    return new Object[]{true, PNone.NONE};
                }
            } else if (sent == PNone.NONE) {
                // the iterator's own __next__, so that the value of the StopIteration it raises is the result
                Object next = PyObjectType.classOf(context, iterator).lookup("__next__");
                if (next == null) {
                    throw Errors.typeError("'" + PyObjectType.typeName(iterator) + "' object is not an iterator");
                }
                value = PyObjectCall.callDescriptor(next, iterator, new Object[0], new String[0], new Object[0]);
            } else {
                value = PyObjectCall.call(PyObjectGetAttr.get(iterator, "send"), sent);
            }
            return new Object[]{false, value};
        } catch (PException e) {
            if (ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                PBaseException stop = ExceptionMatching.materialize(context, e);
                Object result = PyObjectGetAttr.getOrNull(stop, "value");
                if (result == null) {
                    result = stop.getArgs().length > 0 ? stop.getArgs()[0] : PNone.NONE;
                }
                return new Object[]{true, result, e};
            }
            throw e;
        }
    }
}
