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
        if (hook != null) {
            PyObjectCall.call(hook, result);
            return;
        }
        if (result != PNone.NONE) {
            context.out().println(dev.krait.runtime.protocol.PyObjectRepr.repr(result));
            ObjectAttributes.put(context.getBuiltins(), "_", result);
        }
    }
}
