package dev.krait.nodes.controlflow;

import dev.krait.runtime.memory.RefCounts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code with manager as target: body} (several items nest). A true result from {@code __exit__} swallows the exception. */
public final class WithNode extends StatementNode {
    @Child private ExpressionNode manager;
    @Child private TargetNode target;
    @Child private StatementNode body;
    /** In a generator: slots keeping the manager and its __exit__, so a resume goes back into the body. */
    private final dev.krait.nodes.generator.GeneratorState generator;
    private final int managerSlot;

    public WithNode(ExpressionNode manager, TargetNode target, StatementNode body) {
        this(manager, target, body, null, -1);
    }

    public WithNode(ExpressionNode manager, TargetNode target, StatementNode body, dev.krait.nodes.generator.GeneratorState generator,
                    int managerSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.generator = generator;
        this.managerSlot = managerSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr;
        Object[] methods;
        Object value = null;
        boolean resuming = generator != null && generator.isResuming(frame);
        if (resuming) {
            Object[] saved = (Object[]) frame.getObject(managerSlot);
            mgr = saved[0];
            methods = (Object[]) saved[1];
        } else {
            mgr = manager.execute(frame);
            // the statement keeps its manager until __exit__ returns: counted meanwhile
            RefCounts.incRef(mgr);
            try {
                methods = lookup(mgr);
                value = PyObjectCall.callDescriptor(methods[0], mgr, new Object[0], new String[0], new Object[0]);
            } catch (PException e) {
                RefCounts.decRef(mgr);
                throw e;
            }
            if (generator != null) {
                frame.getFrameDescriptor().setSlotKind(managerSlot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
                frame.setObject(managerSlot, new Object[]{mgr, methods});
            }
        }
        try {
            // the target is assigned inside the statement: an error there reaches __exit__ as the body's would
            if (!resuming && target != null) {
                target.assign(frame, value);
            }
            body.executeVoid(frame);
        } catch (PException e) {
            e.noteLine(getLineno()); // an error of the target's assignment is on this statement's line
            TryExceptNode.noteCaught(this, frame, e);
            TryExceptNode.chainToOuter(dev.krait.runtime.KraitContext.get(this), e);
            if (dev.krait.runtime.Tracing.mayTrace()) {
                dev.krait.runtime.Tracing.exception(this, frame.materialize(), e, getLineno());
                dev.krait.runtime.Tracing.line(this, frame.materialize(), getLineno()); // __exit__ runs on this line
            }
            boolean suppressed;
            try {
                suppressed = exitWithException(mgr, methods[1], e);
            } finally {
                RefCounts.decRef(mgr);
            }
            if (!suppressed) {
                throw e;
            }
            return;
        } catch (ReturnException | BreakException | ContinueException e) {
            if (dev.krait.runtime.Tracing.mayTrace()) {
                dev.krait.runtime.Tracing.line(this, frame.materialize(), getLineno());
            }
            exitAndDrop(mgr, methods[1]);
            throw e;
        }
        if (dev.krait.runtime.Tracing.mayTrace()) {
            dev.krait.runtime.Tracing.line(this, frame.materialize(), getLineno()); // __exit__ runs on this line
        }
        exitAndDrop(mgr, methods[1]);
    }

    private static void exitAndDrop(Object mgr, Object exit) {
        try {
            exit(mgr, exit);
        } finally {
            RefCounts.decRef(mgr);
        }
    }

    @TruffleBoundary
    public static Object[] lookup(Object mgr) {
        PythonClass type = PyObjectType.classOf(mgr);
        Object enter = type.lookup("__enter__");
        Object exit = type.lookup("__exit__");
        if (enter == null) {
            throw Errors.typeError("'" + type.getTypeName() + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + type.getTypeName() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        return new Object[]{enter, exit};
    }

    @TruffleBoundary
    private static void exit(Object mgr, Object exit) {
        PyObjectCall.callDescriptor(exit, mgr, new Object[]{PNone.NONE, PNone.NONE, PNone.NONE}, new String[0], new Object[0]);
    }

    @TruffleBoundary
    private static boolean exitWithException(Object mgr, Object exit, PException e) {
        KraitContext context = KraitContext.get(null);
        PBaseException exception = ExceptionMatching.materialize(context, e);
        Object traceback = dev.krait.runtime.FrameObjects.tracebackOf(context, exception);
        context.pushHandledException(e);
        try {
            Object result = PyObjectCall.callDescriptor(exit, mgr,
                            new Object[]{exception.getPythonClass(), exception, traceback}, new String[0], new Object[0]);
            return PyObjectIsTrue.isTrue(result);
        } catch (PException raised) {
            TryExceptNode.chain(context, raised, e);
            throw raised;
        } finally {
            context.popHandledException();
        }
    }
}
