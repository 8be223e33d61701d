package dev.krait.runtime.memory;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.TracebackPrinter;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.GeneratorSupport;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * Releasing an object whose count fell to zero: CPython's {@code subtype_dealloc}. First its {@code __del__} runs
 * (once per object, PEP 442; if it stored the object somewhere, the object lives on), then its weak references are
 * cleared and their callbacks called, then the references it holds are dropped; those whose count falls to zero
 * are released at once, depth first, as in CPython.
 *
 * <p>The Java object is left as it was (the garbage collector frees it): a value some statement still borrows stays
 * usable, and if it is counted again it is {@link #revive revived}, taking back the references it dropped.
 */
public final class Deallocator {
    /** Nested releases beyond this depth go through the queue instead (CPython's "trashcan"). */
    private static final int MAX_NESTING = 200;
    private static int nesting;

    private Deallocator() {
    }

    /** Releases {@code object}, whose count is zero. */
    @TruffleBoundary
    public static void release(KraitContext context, PythonObject object) {
        if (object instanceof PythonClass cls && cls.isCollectible() && !cls.hasMemoryFlag(RefCounts.CYCLE_CANDIDATE)) {
            // a class references itself (its MRO, its __dict__'s descriptors): only the cycle collector frees it
            CycleCollector.addCandidate(cls);
            return;
        }
        if (object.hasMemoryFlag(RefCounts.RELEASED | RefCounts.IMMORTAL) || object instanceof PythonClass ||
                        object instanceof PModule) {
            // classes reference themselves through their MRO and modules live in sys.modules: neither is released
            // by counting (CPython frees classes only through its cycle collector, modules at exit)
            return;
        }
        if (needsFinalizer(object)) {
            object.setMemoryFlag(RefCounts.FINALIZED);
            object.setRefCount(1);
            callFinalizer(context, object);
            int count = object.refCount() - 1;
            object.setRefCount(count);
            if (count > 0) {
                return; // resurrected by __del__
            }
        }
        if (object.hasMemoryFlag(RefCounts.WEAKLY_REFERENCED)) {
            WeakReferences.clearAndNotify(context, object);
            if (object.refCount() > 0) {
                return; // a callback stored it (CPython would have freed it: a use-after-free there, alive here)
            }
        }
        object.setMemoryFlag(RefCounts.RELEASED);
        if (object.hasMemoryFlag(RefCounts.HOLDS_REFERENCES)) {
            object.releaseReferences(Deallocator::dropReference);
        }
    }

    /** Drops one reference during a release: an object left uncounted is released right away (depth first). */
    static void dropReference(Object value) {
        if (value instanceof PythonObject object && object.refCount() == 1 && nesting < MAX_NESTING &&
                        !object.hasMemoryFlag(RefCounts.IMMORTAL | RefCounts.RELEASED | RefCounts.QUEUED) &&
                        object.needsRelease()) {
            object.setRefCount(0);
            nesting++;
            try {
                release(KraitContext.get(null), object);
            } finally {
                nesting--;
            }
        } else {
            RefCounts.decRef(value);
        }
    }

    /** Counts a released object again (a borrowed value stored after its release): it takes its references back. */
    @TruffleBoundary
    public static void revive(PythonObject object) {
        object.clearMemoryFlag(RefCounts.RELEASED);
        object.setRefCount(1);
        if (object.hasMemoryFlag(RefCounts.HOLDS_REFERENCES)) {
            object.traverseReferences(RefCounts::incRef);
        }
    }

    /**
     * Whether releasing {@code object} must first run its finalizer (CPython's {@code tp_finalize}), which it has not
     * yet: {@code __del__}, closing a suspended generator (its {@code finally} blocks run), or closing an open file.
     */
    static boolean needsFinalizer(PythonObject object) {
        if (object.hasMemoryFlag(RefCounts.FINALIZED)) {
            return false;
        }
        return object.getPythonClass().hasFinalizer() ||
                        object instanceof PGenerator generator && (generator.isStarted() || generator.isCoroutine()) && !generator.isFinished() ||
                        object instanceof dev.krait.runtime.objects.PFile file && !file.isClosed();
    }

    /**
     * A coroutine released before anything awaited it: CPython's RuntimeWarning, located at the statement whose end
     * released it (once per location, as the default warnings filter shows it).
     */
    private static void warnNeverAwaited(KraitContext context, PGenerator coroutine) {
        // once the warnings module is loaded its filters and hooks decide (CPython's _PyErr_WarnUnawaitedCoroutine)
        PModule warnings = context.getModule("warnings");
        Object hook = warnings == null ? null : dev.krait.runtime.protocol.PyObjectGetAttr.getOrNull(warnings, "_warn_unawaited_coroutine");
        if (hook != null) {
            try {
                PyObjectCall.call(hook, coroutine);
            } catch (PException e) {
                reportUnraisable(context, e, coroutine);
            }
            return;
        }
        String message = "RuntimeWarning: coroutine '" + coroutine.getQualname() + "' was never awaited";
        com.oracle.truffle.api.nodes.Node statement = context.getReleasingStatement();
        com.oracle.truffle.api.source.SourceSection section = statement == null ? null : statement.getSourceSection();
        if (section == null && statement != null && statement.getRootNode() != null) {
            section = statement.getRootNode().getSourceSection();
        }
        String text;
        int line = statement instanceof dev.krait.nodes.StatementNode s ? s.getLineno() : -1;
        if (section == null || line <= 0) {
            // at shutdown CPython shows the short form, without the tracemalloc hint
            context.out().flush();
            context.err().print("sys:1: " + message + "\n");
            context.err().flush();
            return;
        } else {
            com.oracle.truffle.api.source.Source source = section.getSource();
            String file = source.getPath() != null ? source.getPath() : source.getName();
            if (!context.firstShowing(file + ":" + line + ":" + message)) {
                return;
            }
            String sourceLine = line <= source.getLineCount() ? source.getCharacters(line).toString().strip() : "";
            text = file + ":" + line + ": " + message + "\n" + (sourceLine.isEmpty() ? "" : "  " + sourceLine + "\n");
        }
        context.out().flush();
        context.err().print(text + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        context.err().flush();
    }

    /** {@code __del__} called on a generator, coroutine or async generator: what its release would do, now. */
    public static void finalizeNow(KraitContext context, PGenerator generator) {
        // an unstarted generator is closed too (CPython's gen_close marks it completed)
        if (!generator.isFinished() && !generator.hasMemoryFlag(RefCounts.FINALIZED)) {
            callFinalizer(context, generator);
        }
    }

    /** Runs {@code __del__}; an exception it raises is reported as CPython reports unraisable exceptions. */
    static void callFinalizer(KraitContext context, PythonObject object) {
        if (object instanceof PGenerator generator) {
            if (generator.isAsyncGenerator() && generator.getAsyncFinalizer() != null && !generator.isAsyncClosed()) {
                // an event loop's finalizer hook closes it later (asyncio schedules aclose() as a task)
                try {
                    PyObjectCall.call(generator.getAsyncFinalizer(), generator);
                } catch (PException e) {
                    reportUnraisable(context, e, generator.getAsyncFinalizer());
                }
                return;
            }
            if (generator.isCoroutine() && !generator.isStarted()) {
                generator.setFinished(true);
                warnNeverAwaited(context, generator);
                return;
            }
            try {
                GeneratorSupport.close(generator);
            } catch (PException e) {
                reportUnraisable(context, e, generator);
            }
            return;
        }
        if (object instanceof dev.krait.runtime.objects.PFile file) {
            // an open file dropped is closed (its buffered writes flushed), as CPython's IOBase finalizer does
            try {
                file.close();
            } catch (java.io.IOException e) {
                // CPython reports a failing close at finalization as unraisable; the data is lost either way
            }
            return;
        }
        Object finalizer = object.getPythonClass().lookup("__del__");
        if (finalizer == null) {
            return;
        }
        try {
            PyObjectCall.callDescriptor(finalizer, object, new Object[0], new String[0], new Object[0]);
        } catch (PException e) {
            reportUnraisable(context, e, finalizer);
        }
    }

    /** CPython's {@code PyErr_WriteUnraisable}: "Exception ignored in: OBJ" and the traceback, on stderr. */
    @TruffleBoundary
    public static void reportUnraisable(KraitContext context, PException e, Object where) {
        reportUnraisable(context, e, "Exception ignored in", where);
    }

    /** {@link #reportUnraisable} with CPython's other wordings ({@code "Exception ignored in thread started by"}). */
    public static void reportUnraisable(KraitContext context, PException e, String what, Object where) {
        PBaseException exception = ExceptionMatching.materialize(context, e);
        Object hook = dev.krait.builtins.SysModule.customUnraisableHook(context);
        if (hook != null) {
            // a program's sys.unraisablehook gets the report (UnraisableHookArgs); if it fails, that is reported
            try {
                dev.krait.runtime.protocol.PyObjectCall.call(hook, dev.krait.builtins.SysModule.unraisableHookArgs(context, exception, what, where));
            } catch (PException hookError) {
                printUnraisable(context, ExceptionMatching.materialize(context, hookError), "Exception ignored in sys.unraisablehook", hook);
            }
            exception.releaseFrameValues();
            return;
        }
        printUnraisable(context, exception, what, where);
    }

    /** The default {@code sys.unraisablehook}: "WHAT: repr(where)" and the traceback, on sys.stderr. */
    @TruffleBoundary
    public static void printUnraisable(KraitContext context, PBaseException exception, String what, Object where) {
        String whereText;
        try {
            whereText = PyObjectRepr.repr(where);
        } catch (PException reprFailed) {
            whereText = "<object repr() failed>";
        }
        dev.krait.runtime.PyErrDisplay.writeToStderr(context, what + ": " + whereText + "\n" + new TracebackPrinter(context).format(exception));
        // reported and cleared: what its traceback kept alive goes (before a collection checks for resurrection)
        exception.releaseFrameValues();
    }
}
