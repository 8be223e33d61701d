package dev.krait.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import dev.krait.nodes.StatementNode;
import dev.krait.nodes.root.FunctionRootNode;
import dev.krait.nodes.root.KraitRootNode;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.interop.StackFrameObject;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFrameObject;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.threads.PythonThreadState;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the events CPython 3.12 reports to them ('call', 'line', 'return',
 * 'exception'). The nodes report an event only once {@link #NO_TRACER} is invalid, so a program that never installs a
 * trace or profile function runs the code it always ran (the check folds away when compiled).
 * <p>
 * A traced activation's frame object is the one {@code sys._getframe()} returns there ({@link FrameObjects#activationFrame});
 * while the activation runs it keeps a counted reference to it (so its {@code f_trace} lasts), dropped on 'return'.
 */
public final class Tracing {
    /**
     * Valid until some thread installs a trace or profile function. One for the whole VM, not one per context: it
     * only guards a slow path that looks at the running thread's own functions, so another context that traced
     * costs this one a few checks, never a wrong event.
     */
    public static final Assumption NO_TRACER = Truffle.getRuntime().createAssumption("no sys.settrace or sys.setprofile function");

    private Tracing() {
    }

    /** Whether the nodes must report events (false in compiled code until a tracer is first installed). */
    public static boolean mayTrace() {
        return !NO_TRACER.isValid();
    }

    @TruffleBoundary
    public static void setTrace(KraitContext context, Object function) {
        if (function != PNone.NONE) {
            NO_TRACER.invalidate();
        }
        context.threadState().setTraceFunction(function == PNone.NONE ? null : function);
    }

    @TruffleBoundary
    public static void setProfile(KraitContext context, Object function) {
        if (function != PNone.NONE) {
            NO_TRACER.invalidate();
        }
        context.threadState().setProfileFunction(function == PNone.NONE ? null : function);
    }

    /**
     * {@code frame.f_trace = function}: a running activation then keeps its frame object (and so the function) until
     * it returns, as CPython's frames own theirs; the nodes start reporting, since this function may hear events once
     * a global trace function is set.
     */
    @TruffleBoundary
    public static void setFrameTrace(PFrameObject frameObject, Object function) {
        frameObject.setTraceFunction(function);
        if (function != PNone.NONE && !frameObject.isHeldByActivation() && FrameObjects.isExecuting(frameObject)) {
            NO_TRACER.invalidate();
            RefCounts.incRef(frameObject);
            frameObject.setHeldByActivation(true);
        }
    }

    /**
     * A Python frame starts, or a generator's frame resumes: 'call'. {@code line} is the line its frame shows then
     * (the code's first line; 0 for a module), or -1 to keep the line it stopped at (a resumed generator).
     */
    @TruffleBoundary
    public static void call(KraitRootNode root, MaterializedFrame frame, int line) {
        call(root, frame, line, -1);
    }

    /** {@link #call}, for a generator resuming at the yield on line {@code resumedAt} (-1: not known). */
    @TruffleBoundary
    public static void call(KraitRootNode root, MaterializedFrame frame, int line, int resumedAt) {
        KraitContext context = KraitContext.get(null);
        PythonThreadState thread = context.threadState();
        if (thread.isInsideTracer() || (thread.getTraceFunction() == null && thread.getProfileFunction() == null)) {
            return;
        }
        PFrameObject frameObject = FrameObjects.activationFrame(context, root, frame);
        if (!frameObject.isHeldByActivation()) {
            RefCounts.incRef(frameObject);
            frameObject.setHeldByActivation(true);
        }
        if (line >= 0) {
            frameObject.setLineno(line);
            frameObject.setReportedLine(-1);
        } else if (resumedAt > 0) {
            // a resumed generator's frame shows the yield it stopped at (also when it ran untraced until now)
            frameObject.setLineno(resumedAt);
            frameObject.setReportedLine(resumedAt);
        }
        // the trace function hears of the call before the profile function, as in CPython
        Object trace = thread.getTraceFunction();
        if (trace != null) {
            Object local = deliver(thread, trace, frameObject, "call", PNone.NONE);
            if (local != PNone.NONE) {
                frameObject.setTraceFunction(local);
            }
        }
        profile(thread, frameObject, "call", PNone.NONE);
    }

    /** The first line a function's frame shows at 'call' (the def's, or its first decorator's), 0 for a module. */
    public static int firstLine(Object[] arguments) {
        return arguments.length > 0 && arguments[0] instanceof PFunction function ? function.getCode().firstLineno() : 0;
    }

    /**
     * The activation reaches a statement: 'line', unless the last one reported was for the same line (statements
     * sharing a line, or the statements an inlined comprehension runs on its line).
     */
    @TruffleBoundary
    public static void line(Node location, MaterializedFrame frame, int line) {
        report(location, frame, line, false);
    }

    /**
     * A loop body ran to its end (or to continue): the loop goes back to its header, whose line is reported again
     * (a jump backwards is always a new 'line', as in CPython 3.12).
     */
    @TruffleBoundary
    public static void loopBack(Node loopPart, MaterializedFrame frame) {
        StatementNode loop = enclosingStatement(loopPart);
        report(loop, frame, loop.getLineno(), true);
    }

    /** The bytecode engine jumped backwards to {@code line}: a new 'line', as {@link #loopBack} reports for a loop. */
    @TruffleBoundary
    public static void jumpedBack(Node location, MaterializedFrame frame, int line) {
        report(location, frame, line, true);
    }

    /**
     * The next item of a for loop's iterator, or null at its end. An end that raised StopIteration (a {@code __next__}
     * raising it, a generator returning a value) is reported as 'exception' on the loop's line, as CPython 3.12 does.
     */
    @TruffleBoundary
    public static Object forLoopNext(Node loopPart, MaterializedFrame frame, Object iterator) {
        Node previous = dev.krait.nodes.CallLocation.enter(loopPart);
        try {
            return PyIter.nextPropagating(iterator);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (!ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                throw e;
            }
            StatementNode loop = enclosingStatement(loopPart);
            exception(loop, frame, e, loop.getLineno());
            return null;
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    /**
     * A {@code yield from} or {@code await} got its result from the StopIteration that ended the inner iterator: CPython
     * 3.12 reports that StopIteration as an 'exception' in the delegating frame.
     */
    @TruffleBoundary
    public static void delegateStopped(MaterializedFrame frame, PException stop) {
        PFrameObject frameObject = FrameObjects.cachedActivationFrame(frame);
        if (frameObject != null) {
            deliverException(frameObject, frame, stop, -1);
        }
    }

    private static StatementNode enclosingStatement(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof StatementNode statement) {
                return statement;
            }
        }
        throw new IllegalStateException("no statement around " + node);
    }

    private static void report(Node location, MaterializedFrame frame, int line, boolean jumpBack) {
        PythonThreadState thread = KraitContext.get(null).threadState();
        if (thread.getTraceFunction() == null && thread.getProfileFunction() == null) {
            return; // this thread traces nothing (a frame's f_lineno is then found from its calls)
        }
        if (!jumpBack && !(location.getRootNode() instanceof KraitRootNode root && root.isPythonFrame())) {
            return; // an inlined comprehension's statements: only its loops' jumps show
        }
        PFrameObject frameObject = tracedFrame(location, frame);
        if (frameObject == null || line <= 0) {
            return;
        }
        frameObject.setLineno(line);
        if (!jumpBack && frameObject.reportedLine() == line) {
            return;
        }
        frameObject.setReportedLine(line);
        Object local = frameObject.traceFunction();
        if (thread.isInsideTracer() || thread.getTraceFunction() == null || local == null || !frameObject.traceLines()) {
            return;
        }
        Object next = deliver(thread, local, frameObject, "line", PNone.NONE);
        if (next != PNone.NONE) {
            frameObject.setTraceFunction(next);
        }
        int jump = frameObject.takePendingJump();
        if (jump > 0) {
            // the trace function set f_lineno: the frame goes on at that line, which reports no 'line' event of its own
            // (as in CPython, the next line does)
            frameObject.setLineno(jump);
            frameObject.setReportedLine(jump);
            throw new dev.krait.nodes.controlflow.JumpException(jump);
        }
    }

    /**
     * An exception reaches a statement of the activation ({@code line}): 'exception', once per activation it passes
     * (a handler that does not match and the frame's end report nothing more).
     */
    @TruffleBoundary
    public static void exception(Node location, MaterializedFrame frame, PException exception, int line) {
        KraitContext context = KraitContext.get(null);
        PythonThreadState thread = context.threadState();
        if (thread.getTraceFunction() == null && thread.getProfileFunction() == null) {
            return;
        }
        if (thread.isInsideTracer() || exception.getTracedActivation() == frame.getArguments()) {
            return;
        }
        PFrameObject frameObject = tracedFrame(location, frame);
        if (frameObject != null) {
            deliverException(frameObject, frame, exception, line);
        }
    }

    private static void deliverException(PFrameObject frameObject, MaterializedFrame frame, PException exception, int line) {
        KraitContext context = KraitContext.get(null);
        PythonThreadState thread = context.threadState();
        if (thread.isInsideTracer()) {
            return;
        }
        exception.setTracedActivation(frame.getArguments());
        if (line > 0) {
            frameObject.setLineno(line);
        }
        Object local = frameObject.traceFunction();
        if (thread.getTraceFunction() == null || local == null) {
            return;
        }
        PBaseException value = ExceptionMatching.materialize(context, exception);
        Object info = context.newTuple(new Object[]{value.getPythonClass(), value, FrameObjects.tracebackOf(context, value)});
        Object next = deliver(thread, local, frameObject, "exception", info);
        if (next != PNone.NONE) {
            frameObject.setTraceFunction(next);
        }
    }

    /**
     * The activation returns {@code value}, yields it, or ends with an exception ({@code value} None): 'return'. Its
     * frame object is no longer held by it unless it only yielded ({@code suspended}).
     */
    @TruffleBoundary
    public static void returned(KraitRootNode root, MaterializedFrame frame, Object value, boolean suspended) {
        KraitContext context = KraitContext.get(null);
        PythonThreadState thread = context.threadState();
        PFrameObject frameObject = FrameObjects.cachedActivationFrame(frame);
        if (frameObject == null && thread.getProfileFunction() != null && !thread.isInsideTracer()) {
            // an activation that started before the profile function was set: it still reports its return
            frameObject = FrameObjects.activationFrame(context, root, frame);
        }
        if (frameObject == null) {
            return;
        }
        try {
            if (!thread.isInsideTracer()) {
                Object result = value == null ? PNone.NONE : value;
                Object local = frameObject.traceFunction();
                if (thread.getTraceFunction() != null && local != null) {
                    Object next = deliver(thread, local, frameObject, "return", result);
                    if (next != PNone.NONE) {
                        frameObject.setTraceFunction(next);
                    }
                }
                profile(thread, frameObject, "return", result);
            }
        } finally {
            if (!suspended) {
                release(frame, frameObject);
            }
        }
    }

    /** An exception ends the activation: 'exception' if no statement of it reported it yet, then 'return' None. */
    @TruffleBoundary
    public static void unwound(KraitRootNode root, MaterializedFrame frame, PException exception) {
        try {
            exception(root, frame, exception, -1);
        } finally {
            returned(root, frame, PNone.NONE, false);
        }
    }

    /** The activation is over: it stops holding its frame object (which lives on if something else holds it). */
    @TruffleBoundary
    public static void release(MaterializedFrame frame, PFrameObject frameObject) {
        FrameObjects.forgetActivationFrame(frame);
        if (frameObject.isHeldByActivation()) {
            frameObject.setHeldByActivation(false);
            RefCounts.decRef(frameObject);
        }
    }

    /**
     * A call from Python code to a builtin function ({@code self}: the receiver of a method call, or null): reports
     * 'c_call' to the profile function and returns what the later 'c_return' or 'c_exception' names (the function,
     * or the method bound to {@code self}); null if nothing was reported. Calls to classes report nothing, as in CPython.
     */
    @TruffleBoundary
    public static Object builtinCall(Node site, Object callee, Object self) {
        KraitContext context = KraitContext.get(null);
        PythonThreadState thread = context.threadState();
        if (thread.isInsideTracer() || thread.getProfileFunction() == null) {
            return null;
        }
        boolean builtin = callee instanceof PBuiltinFunction ||
                        callee instanceof PBoundMethod method && method.getFunction() instanceof PBuiltinFunction;
        PFrameObject frameObject = builtin ? callingFrame(context, site) : null;
        if (frameObject == null) {
            return null;
        }
        Object named = self == null ? callee : context.newBoundMethod(self, callee);
        profile(thread, frameObject, "c_call", named);
        return named;
    }

    /** A call a call node makes while a profile function may be set (see {@link #profiledCall}). */
    @FunctionalInterface
    public interface Call {
        Object call();
    }

    /**
     * Runs {@code call} of {@code callee} at {@code site}, reporting it to the profile function when the callee is a
     * builtin ('c_call', then 'c_return' or 'c_exception'); {@code self} as for {@link #builtinCall}.
     */
    public static Object profiledCall(Node site, Object callee, Object self, Call call) {
        Object named = builtinCall(site, callee, self);
        if (named == null) {
            return call.call();
        }
        Object result;
        try {
            result = call.call();
        } catch (dev.krait.runtime.exceptions.PException e) {
            builtinReturned(site, named, true);
            throw e;
        }
        builtinReturned(site, named, false);
        return result;
    }

    /** The builtin {@link #builtinCall} reported returned ('c_return') or raised ('c_exception'). */
    @TruffleBoundary
    public static void builtinReturned(Node site, Object named, boolean raised) {
        KraitContext context = KraitContext.get(null);
        PythonThreadState thread = context.threadState();
        if (thread.isInsideTracer() || thread.getProfileFunction() == null) {
            return;
        }
        PFrameObject frameObject = callingFrame(context, site);
        if (frameObject != null) {
            profile(thread, frameObject, raised ? "c_exception" : "c_return", named);
        }
    }

    /** The frame object of the innermost Python activation (made if it has none yet). */
    private static PFrameObject callingFrame(KraitContext context, Node site) {
        PFrameObject[] found = new PFrameObject[1];
        Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            if (instance.getCallTarget() instanceof RootCallTarget target && target.getRootNode() instanceof KraitRootNode python &&
                            python.isPythonFrame()) {
                MaterializedFrame variables = python.variablesFrame(instance.getFrame(FrameInstance.FrameAccess.MATERIALIZE));
                int line = StackFrameObject.enclosingLine(site);
                if (line < 0) {
                    line = FrameObjects.bytecodeLine(python, variables);
                }
                found[0] = FrameObjects.activationFrame(context, python, variables, line);
                return python;
            }
            return null;
        });
        return found[0];
    }

    private static void profile(PythonThreadState thread, PFrameObject frameObject, String event, Object arg) {
        Object profile = thread.getProfileFunction();
        if (profile == null) {
            return;
        }
        thread.setInsideTracer(true);
        frameObject.beginReport();
        String outerEvent = frameObject.reportingEvent();
        frameObject.setReportingEvent("profile " + event);
        try {
            PyObjectCall.call(profile, frameObject, event, arg);
        } catch (PException e) {
            thread.setProfileFunction(null);
            throw e;
        } finally {
            frameObject.setReportingEvent(outerEvent);
            frameObject.endReport();
            thread.setInsideTracer(false);
        }
    }

    /** Calls a trace function; one that raises is uninstalled (and the frame's local one dropped), as in CPython. */
    private static Object deliver(PythonThreadState thread, Object function, PFrameObject frameObject, String event, Object arg) {
        thread.setInsideTracer(true);
        frameObject.beginReport();
        String outerEvent = frameObject.reportingEvent();
        frameObject.setReportingEvent(event);
        try {
            return PyObjectCall.call(function, frameObject, event, arg);
        } catch (PException e) {
            frameObject.takePendingJump();
            thread.setTraceFunction(null);
            frameObject.setTraceFunction(null);
            throw e;
        } finally {
            frameObject.setReportingEvent(outerEvent);
            frameObject.endReport();
            thread.setInsideTracer(false);
        }
    }

    /**
     * The frame object events at {@code location} go to, if the activation has one: the activation's own, or for the
     * body of an inlined comprehension (not a Python frame of its own) the enclosing function's. Code CPython writes
     * in C reports nothing.
     */
    private static PFrameObject tracedFrame(Node location, MaterializedFrame frame) {
        RootNode root = location.getRootNode();
        if (root instanceof KraitRootNode python && python.isPythonFrame()) {
            return FrameObjects.cachedActivationFrame(frame);
        }
        if (!(root instanceof FunctionRootNode function) || function.isNativeFrame()) {
            return null;
        }
        MaterializedFrame[] enclosing = new MaterializedFrame[1];
        Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            if (instance.getCallTarget() instanceof RootCallTarget target && target.getRootNode() instanceof KraitRootNode python) {
                if (python.isPythonFrame()) {
                    enclosing[0] = python.variablesFrame(instance.getFrame(FrameInstance.FrameAccess.MATERIALIZE));
                    return python;
                }
                if (python instanceof FunctionRootNode f && f.isNativeFrame()) {
                    return python; // a comprehension inside C code: nothing to report
                }
            }
            return null;
        });
        return enclosing[0] == null ? null : FrameObjects.cachedActivationFrame(enclosing[0]);
    }
}
