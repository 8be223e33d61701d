package dev.krait.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.KraitLanguage;
import dev.krait.builtins.BuiltinNode;
import dev.krait.runtime.memory.Temporaries;
import dev.krait.runtime.objects.Signature;

/** The call target of a builtin function: its arguments arrive bound, in frame slots 1.. of the arguments. */
public final class BuiltinRootNode extends KraitRootNode {
    @Child private BuiltinNode builtin;
    /**
     * The argument slots of the {@code *args} tuple and {@code **kwargs} dict the binder packed for this call: when
     * the builtin kept neither, they die as it returns (with the arguments they hold), as CPython's do.
     */
    @CompilationFinal(dimensions = 1) private final int[] packedArgumentSlots;
    private final BranchProfile temporaryProfile = BranchProfile.create();

    public BuiltinRootNode(KraitLanguage language, BuiltinNode builtin, String name, String qualname) {
        this(language, builtin, name, qualname, null);
    }

    public BuiltinRootNode(KraitLanguage language, BuiltinNode builtin, String name, String qualname, Signature signature) {
        super(language, null, name, qualname, null);
        this.builtin = builtin;
        this.packedArgumentSlots = packedSlots(signature);
    }

    private static int[] packedSlots(Signature signature) {
        if (signature == null) {
            return new int[0];
        }
        if (signature.hasVarargs() && signature.hasVarKeywords()) {
            return new int[]{1 + signature.varargsIndex(), 1 + signature.varKeywordsIndex()};
        }
        if (signature.hasVarargs()) {
            return new int[]{1 + signature.varargsIndex()};
        }
        return signature.hasVarKeywords() ? new int[]{1 + signature.varKeywordsIndex()} : new int[0];
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        Object result = builtin.call(frame, arguments);
        for (int slot : packedArgumentSlots) {
            if (slot < arguments.length) {
                Temporaries.consumed(this, arguments[slot], result, temporaryProfile);
            }
        }
        return result;
    }

    @Override
    public boolean isInternal() {
        return false;
    }
}
