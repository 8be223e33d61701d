package dev.krait.runtime.threads;

import java.util.ArrayDeque;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReleaseQueue;

/**
 * What CPython keeps per thread ({@code PyThreadState}): the call depth checked against the recursion limit, the
 * exceptions being handled ({@code sys.exc_info()}, bare {@code raise}), and the objects this thread's statements
 * dropped, which only this thread may release (another thread's statement may still be computing with them).
 */
public final class PythonThreadState {
    private final ReleaseQueue releaseQueue;
    private final ArrayDeque<PException> handledExceptions = new ArrayDeque<>();
    private int recursionDepth;
    /** The statement whose end is releasing objects now (for the location of warnings finalizers issue), or null. */
    private Node releasingStatement;
    /** How many {@code Context.eval}s this thread is inside: the outermost takes and gives back the GIL. */
    private int evaluationDepth;
    /** {@code sys.settrace}'s and {@code sys.setprofile}'s functions (counted), or null. */
    private Object traceFunction;
    private Object profileFunction;
    /** True while a trace or profile function runs: its own code is not traced (CPython's {@code tstate->tracing}). */
    private boolean insideTracer;

    public PythonThreadState(KraitContext context) {
        this.releaseQueue = new ReleaseQueue(context);
    }

    public ReleaseQueue releaseQueue() {
        return releaseQueue;
    }

    public int enterCall() {
        return ++recursionDepth;
    }

    public void exitCall() {
        recursionDepth--;
    }

    public int getRecursionDepth() {
        return recursionDepth;
    }

    public void setRecursionDepth(int depth) {
        recursionDepth = depth;
    }

    public Node getReleasingStatement() {
        return releasingStatement;
    }

    public void setReleasingStatement(Node statement) {
        releasingStatement = statement;
    }

    public Object getTraceFunction() {
        return traceFunction;
    }

    public Object getProfileFunction() {
        return profileFunction;
    }

    /** Installs {@code sys.settrace}'s function (null: none), counting the one kept. */
    public void setTraceFunction(Object function) {
        Object old = traceFunction;
        traceFunction = function;
        RefCounts.incRef(function);
        RefCounts.decRef(old);
    }

    /** Installs {@code sys.setprofile}'s function (null: none), counting the one kept. */
    public void setProfileFunction(Object function) {
        Object old = profileFunction;
        profileFunction = function;
        RefCounts.incRef(function);
        RefCounts.decRef(old);
    }

    public boolean isInsideTracer() {
        return insideTracer;
    }

    public void setInsideTracer(boolean inside) {
        insideTracer = inside;
    }

    /** Enters a {@code Context.eval}; true for the outermost one. */
    public boolean enterEvaluation() {
        return evaluationDepth++ == 0;
    }

    /** Leaves a {@code Context.eval}; true when it was the outermost one. */
    public boolean exitEvaluation() {
        return --evaluationDepth == 0;
    }

    @TruffleBoundary
    public void pushHandledException(PException exception) {
        handledExceptions.push(exception);
        // the exception being handled stays alive while its handler runs (sys.exc_info() can reach it)
        RefCounts.incRef(exception.getPythonExceptionOrNull());
    }

    @TruffleBoundary
    public void popHandledException() {
        PException exception = handledExceptions.pop();
        RefCounts.decRef(exception.getPythonExceptionOrNull());
    }

    @TruffleBoundary
    public PException currentHandledException() {
        return handledExceptions.peek();
    }

    /** How many exceptions are being handled (nested handlers) on this thread now. */
    @TruffleBoundary
    public int handledExceptionDepth() {
        return handledExceptions.size();
    }
}
