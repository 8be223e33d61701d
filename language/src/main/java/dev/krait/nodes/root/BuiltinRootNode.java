package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.KraitLanguage;
import dev.krait.builtins.BuiltinNode;

/** The call target of a builtin function: its arguments arrive bound, in frame slots 1.. of the arguments. */
public final class BuiltinRootNode extends KraitRootNode {
    @Child private BuiltinNode builtin;

    public BuiltinRootNode(KraitLanguage language, BuiltinNode builtin, String name, String qualname) {
        super(language, null, name, qualname, null);
        this.builtin = builtin;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return builtin.call(frame, frame.getArguments());
    }

    @Override
    public boolean isInternal() {
        return false;
    }
}
