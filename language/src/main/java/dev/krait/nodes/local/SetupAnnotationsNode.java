package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PModule;

/**
 * CPython's SETUP_ANNOTATIONS for a module: a module whose body annotates names starts with an empty
 * {@code __annotations__} dict, unless it has one already (an interactive session keeps its own).
 */
public final class SetupAnnotationsNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        setup(FrameGlobals.getGlobals(frame));
    }

    @TruffleBoundary
    private static void setup(PModule module) {
        if (module.getGlobal("__annotations__") == null) {
            module.setGlobal("__annotations__", KraitContext.get(null).newDict());
        }
    }
}
