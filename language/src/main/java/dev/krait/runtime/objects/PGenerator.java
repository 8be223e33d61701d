package dev.krait.runtime.objects;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.PException;

/**
 * A generator: the suspended frame of a generator function and the call target that resumes it. The body runs in
 * that same frame each time; the nodes on the path to the last {@code yield} find their saved state in it and skip
 * forward (see {@code dev.krait.nodes.generator}).
 */
public final class PGenerator extends PythonObject {
    private final MaterializedFrame frame;
    private final RootCallTarget resumeTarget;
    private String name;
    private String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** The value {@code send()} passes in, read by the yield being resumed. */
    private Object sentValue;
    /** The exception {@code throw()} raises at the yield being resumed, or null. */
    private PException thrown;
    private Object returnValue;
    /** What the function was: a generator, a coroutine ({@code async def}) or an async generator. */
    private Kind kind = Kind.GENERATOR;
    /** In an async generator: whether the last suspension was its own {@code yield} (not an inner await's). */
    private boolean yieldedValue;
    /** A generator function decorated with {@code types.coroutine}: awaitable. */
    private boolean iterableCoroutine;

    public enum Kind {
        GENERATOR("generator"),
        COROUTINE("coroutine"),
        ASYNC_GENERATOR("async generator");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public boolean isCoroutine() {
        return kind == Kind.COROUTINE;
    }

    public boolean isAsyncGenerator() {
        return kind == Kind.ASYNC_GENERATOR;
    }

    /** Whether {@code iter()}/{@code next()} take it as an iterator (coroutines and async generators are not). */
    public boolean isIterator() {
        return kind == Kind.GENERATOR;
    }

    /** Whether {@code value} is a plain generator (an iterator). */
    public static boolean isPlainGenerator(Object value) {
        return value instanceof PGenerator g && g.kind == Kind.GENERATOR;
    }

    public boolean hasYieldedValue() {
        return yieldedValue;
    }

    public void setYieldedValue(boolean yieldedValue) {
        this.yieldedValue = yieldedValue;
    }

    public boolean isIterableCoroutine() {
        return iterableCoroutine;
    }

    public void setIterableCoroutine(boolean iterableCoroutine) {
        this.iterableCoroutine = iterableCoroutine;
    }

    /** An async generator: an asend/athrow awaitable is running it (ag_running), or aclose() closed it. */
    private boolean asyncRunning;
    private boolean asyncClosed;

    public boolean isAsyncRunning() {
        return asyncRunning;
    }

    public void setAsyncRunning(boolean asyncRunning) {
        this.asyncRunning = asyncRunning;
    }

    public boolean isAsyncClosed() {
        return asyncClosed;
    }

    public void setAsyncClosed(boolean asyncClosed) {
        this.asyncClosed = asyncClosed;
    }

    /** An async generator: whether its first iteration ran the firstiter hook, and the finalizer hook it keeps. */
    private boolean hooksInitialized;
    private Object asyncFinalizer;

    public boolean isHooksInitialized() {
        return hooksInitialized;
    }

    public void setHooksInitialized(boolean hooksInitialized) {
        this.hooksInitialized = hooksInitialized;
    }

    public Object getAsyncFinalizer() {
        return asyncFinalizer;
    }

    public void setAsyncFinalizer(Object finalizer) {
        dev.krait.runtime.memory.RefCounts.storeInto(this, finalizer);
        this.asyncFinalizer = finalizer;
    }

    /** The iterator an {@code await} in this frame is delegating to while suspended, or null (cr_await). */
    private Object awaiting;
    /** A coroutine's cr_origin: ((filename, line, function), …) of the frames that made it, innermost first; or null. */
    private Object origin;

    public Object getOrigin() {
        return origin;
    }

    public void setOrigin(Object origin) {
        this.origin = origin;
    }
    /** The yield the generator is suspended at, when known (a suspended frame's f_lineno is its line). */
    private com.oracle.truffle.api.nodes.Node suspendedAt;

    public com.oracle.truffle.api.nodes.Node getSuspendedAt() {
        return suspendedAt;
    }

    public void setSuspendedAt(com.oracle.truffle.api.nodes.Node suspendedAt) {
        this.suspendedAt = suspendedAt;
    }

    /** The line of the yield the generator is suspended at, or -1. */
    public int suspendedLine() {
        return suspendedAt == null ? -1 : dev.krait.runtime.interop.StackFrameObject.enclosingLine(suspendedAt);
    }

    public Object getAwaiting() {
        return awaiting;
    }

    public void setAwaiting(Object awaiting) {
        this.awaiting = awaiting;
    }

    public PGenerator(PythonClass cls, Shape shape, MaterializedFrame frame, RootCallTarget resumeTarget, String name,
                    String qualname, int[] countedSlots) {
        super(cls, shape);
        this.countedSlots = countedSlots;
        this.frame = frame;
        // the generator holds its frame: its function (and so its closure), the arguments it was called with and,
        // once it runs, its variables
        Object[] arguments = frame.getArguments();
        for (int i = 0; i < arguments.length; i++) {
            dev.krait.runtime.memory.RefCounts.storeInto(this, arguments[i]);
        }
        dev.krait.runtime.memory.RefCounts.noteHeldReference(this);
        this.resumeTarget = resumeTarget;
        this.name = name;
        this.qualname = qualname;
    }

    private final int[] countedSlots;
    /** Set once the generator finished: its frame (function, arguments, variables) was let go of. */
    private boolean frameReleased;

    /**
     * The generator finished (returned or raised): it lets go of its function and arguments, as CPython clears a
     * finished generator's frame (its variables are dropped by the frame's end).
     */
    public void releaseFrame() {
        if (!frameReleased) {
            frameReleased = true;
            dev.krait.runtime.memory.RefCounts.decRefAllReversed(frame.getArguments(), frame.getArguments().length);
        }
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (asyncFinalizer != null) {
            visitor.visit(asyncFinalizer);
        }
        if (!frameReleased) {
            Object[] arguments = frame.getArguments();
            for (int i = 0; i < arguments.length; i++) {
                visitor.visit(arguments[i]);
            }
            dev.krait.nodes.root.FrameRelease.traverseSlots(frame, countedSlots, visitor);
        }
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getResumeTarget() {
        return resumeTarget;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    /** {@code __name__} and {@code __qualname__} can be set (as in CPython), to strs only. */
    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public void setStarted(boolean started) {
        this.started = started;
    }

    public boolean isRunning() {
        return running;
    }

    public void setRunning(boolean running) {
        this.running = running;
    }

    public boolean isFinished() {
        return finished;
    }

    public void setFinished(boolean finished) {
        this.finished = finished;
    }

    public Object getSentValue() {
        return sentValue;
    }

    public void setSentValue(Object sentValue) {
        this.sentValue = sentValue;
    }

    /**
     * Set when {@code throw()} has handed its arguments to the iterator a {@code yield from} delegates to (its own
     * {@code throw} method) and resumes the generator with the outcome: the sent value is the yield from's result,
     * or the thrown exception is raised there, without the iterator being asked again.
     */
    private boolean delegateDone;

    public boolean takeDelegateDone() {
        boolean done = delegateDone;
        delegateDone = false;
        return done;
    }

    public void setDelegateDone() {
        delegateDone = true;
    }

    /** How many exceptions the thread was handling when throw() resumed this generator (those are not its own). */
    private int handledDepthAtThrow;

    public int getHandledDepthAtThrow() {
        return handledDepthAtThrow;
    }

    public void setHandledDepthAtThrow(int depth) {
        this.handledDepthAtThrow = depth;
    }

    public PException getThrown() {
        return thrown;
    }

    public void setThrown(PException thrown) {
        this.thrown = thrown;
    }

    public Object getReturnValue() {
        return returnValue;
    }

    public void setReturnValue(Object returnValue) {
        this.returnValue = returnValue;
    }
}
