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
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code async with manager as target: body}: awaits {@code __aenter__()}, runs the body, and awaits
 * {@code __aexit__(...)}; a true result of the latter swallows the body's exception. The coroutine can suspend in
 * the enter await (phase 0), the body (1), the exit await after a normal exit or return/break/continue (2), or the
 * exit await after an exception (3); the manager and what is pending wait in slots meanwhile.
 */
public final class AsyncWithNode extends StatementNode {
    @Child private ExpressionNode manager;
    @Child private TargetNode target;
    @Child private StatementNode body;
    private final GeneratorState state;
    private final int managerSlot;
    private final int phaseSlot;
    private final int awaitSlot;
    private final int pendingSlot;

    public AsyncWithNode(ExpressionNode manager, TargetNode target, StatementNode body, GeneratorState state, int managerSlot,
                    int phaseSlot, int awaitSlot, int pendingSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.state = state;
        this.managerSlot = managerSlot;
        this.phaseSlot = phaseSlot;
        this.awaitSlot = awaitSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr;
        Object[] methods;
        int phase = 0;
        boolean resuming = state.isResuming(frame);
        if (resuming) {
            Object[] saved = (Object[]) frame.getObject(managerSlot);
            mgr = saved[0];
            methods = (Object[]) saved[1];
            phase = frame.getInt(phaseSlot);
        } else {
            mgr = manager.execute(frame);
            RefCounts.incRef(mgr);
            try {
                methods = lookup(mgr);
            } catch (PException e) {
                RefCounts.decRef(mgr);
                throw e;
            }
            frame.getFrameDescriptor().setSlotKind(managerSlot, FrameSlotKind.Object);
            frame.setObject(managerSlot, new Object[]{mgr, methods});
            frame.getFrameDescriptor().setSlotKind(pendingSlot, FrameSlotKind.Object);
            frame.setObject(pendingSlot, null);
            frame.setInt(phaseSlot, 0);
        }
        if (phase == 0) {
            Object value;
            try {
                value = resuming ? AwaitNode.resume(frame, state, awaitSlot)
                                : AwaitNode.begin(frame, state, awaitSlot, callEnter(mgr, methods[0]));
            } catch (PException e) {
                drop(frame, mgr);
                throw e;
            }
            resuming = false;
            frame.setInt(phaseSlot, 1);
            if (target != null) {
                target.assign(frame, value);
            }
        } else if (phase == 2) {
            finishExit(frame, mgr, true);
            return;
        } else if (phase == 3) {
            finishExitWithException(frame, mgr, true);
            return;
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            TryExceptNode.noteCaught(this, frame, e);
            if (dev.krait.runtime.Tracing.mayTrace()) {
                dev.krait.runtime.Tracing.exception(this, frame.materialize(), e, getLineno());
                dev.krait.runtime.Tracing.line(this, frame.materialize(), getLineno()); // __aexit__ runs on this line
            }
            frame.setObject(pendingSlot, e);
            frame.setInt(phaseSlot, 3);
            Object awaitable;
            KraitContext context = KraitContext.get(this);
            try {
                awaitable = callExitWithException(mgr, methods[1], e);
            } catch (PException raised) {
                TryExceptNode.chain(context, raised, e);
                drop(frame, mgr);
                throw raised;
            }
            frame.setObject(managerSlot, new Object[]{mgr, methods, awaitable});
            finishExitWithException(frame, mgr, false);
            return;
        } catch (ReturnException | BreakException | ContinueException e) {
            if (e instanceof ReturnException r) {
                // the value returned is kept while the exit is awaited
                RefCounts.incRef(r.getValue());
            }
            frame.setObject(pendingSlot, e);
            startExit(frame, mgr, methods);
            return;
        }
        frame.setObject(pendingSlot, null);
        startExit(frame, mgr, methods);
    }

    private void startExit(VirtualFrame frame, Object mgr, Object[] methods) {
        if (dev.krait.runtime.Tracing.mayTrace()) {
            dev.krait.runtime.Tracing.line(this, frame.materialize(), getLineno()); // __aexit__ runs on this line
        }
        frame.setInt(phaseSlot, 2);
        Object awaitable;
        try {
            awaitable = callExit(mgr, methods[1]);
        } catch (PException e) {
            dropPending(frame);
            drop(frame, mgr);
            throw e;
        }
        frame.setObject(managerSlot, new Object[]{mgr, methods, awaitable});
        finishExit(frame, mgr, false);
    }

    /** Awaits {@code __aexit__(None, None, None)}, then goes on with what made the body end. */
    private void finishExit(VirtualFrame frame, Object mgr, boolean resuming) {
        try {
            if (resuming) {
                AwaitNode.resume(frame, state, awaitSlot);
            } else {
                Object awaitable = ((Object[]) frame.getObject(managerSlot))[2];
                AwaitNode.begin(frame, state, awaitSlot, awaitable);
            }
        } catch (PException e) {
            dropPending(frame);
            drop(frame, mgr);
            throw e;
        }
        Object pending = frame.getObject(pendingSlot);
        frame.setObject(pendingSlot, null);
        drop(frame, mgr);
        if (pending instanceof ReturnException r) {
            RefCounts.decRef(r.getValue());
            throw r;
        } else if (pending instanceof BreakException b) {
            throw b;
        } else if (pending instanceof ContinueException c) {
            throw c;
        }
    }

    private void dropPending(VirtualFrame frame) {
        Object pending = frame.getObject(pendingSlot);
        frame.setObject(pendingSlot, null);
        if (pending instanceof ReturnException r) {
            RefCounts.decRef(r.getValue());
        }
    }

    /** Awaits {@code __aexit__(type, exc, tb)}: a true result swallows the exception, else it propagates. */
    private void finishExitWithException(VirtualFrame frame, Object mgr, boolean resuming) {
        PException e = (PException) frame.getObject(pendingSlot);
        KraitContext context = KraitContext.get(this);
        Object result;
        context.pushHandledException(e);
        try {
            if (resuming) {
                result = AwaitNode.resume(frame, state, awaitSlot);
            } else {
                Object awaitable = ((Object[]) frame.getObject(managerSlot))[2];
                result = AwaitNode.begin(frame, state, awaitSlot, awaitable);
            }
        } catch (PException raised) {
            TryExceptNode.chain(context, raised, e);
            frame.setObject(pendingSlot, null);
            drop(frame, mgr);
            throw raised;
        } finally {
            context.popHandledException();
        }
        frame.setObject(pendingSlot, null);
        drop(frame, mgr);
        if (!isTrue(result)) {
            throw e;
        }
    }

    @TruffleBoundary
    private static boolean isTrue(Object value) {
        return PyObjectIsTrue.isTrue(value);
    }

    private void drop(VirtualFrame frame, Object mgr) {
        frame.setObject(managerSlot, null);
        RefCounts.decRef(mgr);
    }

    @TruffleBoundary
    private static Object[] lookup(Object mgr) {
        PythonClass type = PyObjectType.classOf(mgr);
        Object enter = type.lookup("__aenter__");
        Object exit = type.lookup("__aexit__");
        if (enter == null) {
            throw Errors.typeError("'" + type.getTypeName() + "' object does not support the asynchronous context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + type.getName() +
                            "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        return new Object[]{enter, exit};
    }

    @TruffleBoundary
    private static Object callEnter(Object mgr, Object enter) {
        Object awaitable = PyObjectCall.callDescriptor(enter, mgr, new Object[0], new String[0], new Object[0]);
        checkAwaitable(awaitable, "__aenter__");
        return awaitable;
    }

    @TruffleBoundary
    private static Object callExit(Object mgr, Object exit) {
        Object awaitable = PyObjectCall.callDescriptor(exit, mgr, new Object[]{PNone.NONE, PNone.NONE, PNone.NONE}, new String[0],
                        new Object[0]);
        checkAwaitable(awaitable, "__aexit__");
        return awaitable;
    }

    @TruffleBoundary
    private static Object callExitWithException(Object mgr, Object exit, PException e) {
        KraitContext context = KraitContext.get(null);
        PBaseException exception = ExceptionMatching.materialize(context, e);
        Object traceback = dev.krait.runtime.FrameObjects.tracebackOf(context, exception);
        context.pushHandledException(e);
        try {
            Object awaitable = PyObjectCall.callDescriptor(exit, mgr, new Object[]{exception.getPythonClass(), exception, traceback},
                            new String[0], new Object[0]);
            checkAwaitable(awaitable, "__aexit__");
            return awaitable;
        } finally {
            context.popHandledException();
        }
    }

    private static void checkAwaitable(Object awaitable, String method) {
        if (!(awaitable instanceof PGenerator g && g.isCoroutine()) && PyObjectType.classOf(awaitable).lookup("__await__") == null) {
            throw Errors.typeError("'async with' received an object from " + method + " that does not implement __await__: " +
                            PyObjectType.typeName(awaitable));
        }
    }
}
