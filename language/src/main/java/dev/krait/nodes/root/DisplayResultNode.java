package dev.krait.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectCall;

/** An expression statement typed at the REPL: its value goes to {@code sys.displayhook} (repr printed, kept as {@code _}). */
public final class DisplayResultNode extends StatementNode {
    @Child private ExpressionNode value;

    public DisplayResultNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        display(KraitContext.get(this), value.execute(frame));
    }

    @TruffleBoundary
    private static void display(KraitContext context, Object result) {
        Object hook = ObjectAttributes.get(context.getModule("sys"), "displayhook");
        if (hook == null) {
            throw dev.krait.runtime.exceptions.Errors.runtimeError("lost sys.displayhook");
        }
        PyObjectCall.call(hook, result);
    }

    /**
     * What {@code sys.displayhook} does: nothing for None, else unbinds {@code builtins._}, writes the repr and a
     * newline to {@code sys.stdout}, and binds {@code _} to the value.
     */
    @TruffleBoundary
    public static void show(KraitContext context, Object result) {
        if (result == PNone.NONE) {
            return;
        }
        // as CPython's displayhook: _ is unbound first (releasing the previous result, which the new one may
        // replace only after it is printed), then the repr printed, then _ bound
        dev.krait.runtime.memory.RefCounts.incRef(result);
        try {
            ObjectAttributes.put(context.getBuiltins(), "_", PNone.NONE);
            context.releaseDropped();
            Object stdout = dev.krait.builtins.SysModule.stdout(context);
            if (stdout == PNone.NONE) {
                throw dev.krait.runtime.exceptions.Errors.runtimeError("lost sys.stdout");
            }
            String text = dev.krait.runtime.protocol.PyObjectRepr.repr(result);
            if (stdout instanceof dev.krait.runtime.objects.PTextStream stream && stream.out() != null) {
                stream.out().println(text);
            } else {
                Object write = dev.krait.runtime.protocol.PyObjectGetAttr.get(stdout, "write");
                PyObjectCall.call(write, text);
                PyObjectCall.call(write, "\n");
            }
            ObjectAttributes.put(context.getBuiltins(), "_", result);
        } finally {
            dev.krait.runtime.memory.RefCounts.decRef(result);
        }
    }
}
