package dev.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/**
 * How an uncaught exception reaches the user, as CPython's {@code PyErr_Print} and {@code PyErr_Display} do it: the
 * exception is kept as {@code sys.last_exc} (and last_type/last_value/last_traceback), {@code sys.excepthook} is
 * called, and the default hook writes the traceback to whatever {@code sys.stderr} is now (None: nothing). A hook
 * that fails is reported together with the original exception.
 */
public final class PyErrDisplay {
    private PyErrDisplay() {
    }

    /** {@code PyErr_Print}: an exception the program did not catch. */
    @TruffleBoundary
    public static void print(KraitContext context, PBaseException exception) {
        PModule sys = context.getModule("sys");
        if (sys == null) {
            writeToStderr(context, new TracebackPrinter(context).format(exception));
            return;
        }
        Object traceback = FrameObjects.tracebackOf(context, exception);
        ObjectAttributes.put(sys, "last_exc", exception);
        ObjectAttributes.put(sys, "last_type", exception.getPythonClass());
        ObjectAttributes.put(sys, "last_value", exception);
        ObjectAttributes.put(sys, "last_traceback", traceback);
        Object hook = ObjectAttributes.get(sys, "excepthook");
        if (hook == null || hook == PNone.NONE) {
            writeToStderr(context, "sys.excepthook is missing\n");
            display(context, exception);
            return;
        }
        if (isDefaultHook(hook)) {
            display(context, exception);
            return;
        }
        try {
            PyObjectCall.call(hook, exception.getPythonClass(), exception, traceback);
        } catch (PException hookFailed) {
            PBaseException hookException = ExceptionMatching.materialize(context, hookFailed);
            if (hookException.getPythonClass().isSubclassOf(context.classes().errorClass(dev.krait.runtime.exceptions.ErrorType.SystemExit))) {
                throw hookFailed;
            }
            writeToStderr(context, "Error in sys.excepthook:\n");
            display(context, hookException);
            writeToStderr(context, "\nOriginal exception was:\n");
            display(context, exception);
        }
    }

    private static boolean isDefaultHook(Object hook) {
        return hook instanceof PBuiltinFunction builtin && builtin.getOwner() == null && "excepthook".equals(builtin.getName()) &&
                        "sys".equals(builtin.getModuleName());
    }

    /** {@code PyErr_Display}, the default {@code sys.excepthook}: the traceback on the current {@code sys.stderr}. */
    @TruffleBoundary
    public static void display(KraitContext context, PBaseException exception) {
        writeToStderr(context, new TracebackPrinter(context).format(exception));
    }

    /**
     * Writes {@code text} to {@code sys.stderr} and flushes it: straight to the process's stderr while that is the
     * standard stream (or sys has none), through the object's {@code write} when a program replaced it, not at all
     * when it is None. Standard output is flushed first, so that what a program printed comes before its traceback.
     */
    @TruffleBoundary
    public static void writeToStderr(KraitContext context, String text) {
        PModule sys = context.getModule("sys");
        Object stderr = sys == null ? null : ObjectAttributes.get(sys, "stderr");
        if (stderr == PNone.NONE) {
            return;
        }
        flushStdout(context, sys);
        if (stderr == null || stderr == ObjectAttributes.get(sys, "__stderr__")) {
            context.err().print(text);
            context.err().flush();
            return;
        }
        try {
            PyObjectCall.call(PyObjectGetAttr.get(stderr, "write"), text);
            Object flush = PyObjectGetAttr.getOrNull(stderr, "flush");
            if (flush != null) {
                PyObjectCall.call(flush);
            }
        } catch (PException e) {
            // a broken replacement stream: the text goes to the process's stderr rather than nowhere
            context.err().print(text);
            context.err().flush();
        }
    }

    private static void flushStdout(KraitContext context, PModule sys) {
        Object stdout = sys == null ? null : ObjectAttributes.get(sys, "stdout");
        if (stdout != null && stdout != PNone.NONE && stdout != ObjectAttributes.get(sys, "__stdout__")) {
            try {
                Object flush = PyObjectGetAttr.getOrNull(stdout, "flush");
                if (flush != null) {
                    PyObjectCall.call(flush);
                }
            } catch (PException e) {
                // CPython ignores a failing flush here too
            }
        }
        context.out().flush();
    }
}
