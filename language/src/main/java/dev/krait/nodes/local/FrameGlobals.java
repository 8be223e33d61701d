package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.Frame;

import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PModule;

/**
 * Where a frame's globals are: slot 0 of a Python frame's arguments holds the function being run (whose globals are
 * its module's) or, for module code, the module itself.
 */
public final class FrameGlobals {
    private FrameGlobals() {
    }

    public static PModule getGlobals(Frame frame) {
        Object callee = frame.getArguments()[0];
        if (callee instanceof PFunction function) {
            return function.getGlobals();
        }
        return (PModule) callee;
    }
}
