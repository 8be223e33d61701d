package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.Errors;

/** A construct that parses but that this engine does not run yet: raises NotImplementedError naming it. */
public final class UnsupportedNode extends ExpressionNode {
    private final String what;

    public UnsupportedNode(String what) {
        this.what = what;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        throw Errors.notImplementedError(what + " is not supported by Krait yet");
    }
}
