package dev.krait.nodes.call;

import dev.krait.runtime.memory.Temporaries;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.runtime.Tracing;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;

/** {@code callee(args…)} with positional arguments only: the common call, through an inline cache. */
public final class CallNode extends ExpressionNode {
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final boolean[] argumentMayBeTemporary;
    /** Entered when this node released a temporary it consumed (see Temporaries). */
    private final com.oracle.truffle.api.profiles.BranchProfile temporaryProfile = com.oracle.truffle.api.profiles.BranchProfile.create();
    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    @Child private DispatchCallNode dispatch = DispatchCallNode.create();

    public CallNode(ExpressionNode callee, ExpressionNode[] arguments) {
        this.callee = callee;
        this.arguments = arguments;
        this.argumentMayBeTemporary = dev.krait.nodes.memory.TemporaryOperands.mayBeTemporary(arguments);
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] args = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            args[i + 1] = arguments[i].execute(frame);
        }
        Object result = Tracing.mayTrace() ? profiledCall(function, args) : dispatch.execute(function, args);
        for (int i = 0; i < arguments.length; i++) {
            if (argumentMayBeTemporary[i]) {
                Temporaries.consumed(this, args[i + 1], result, temporaryProfile);
            }
        }
        return result;
    }

    /** The call while a profile function may be set: a builtin callee is reported ('c_call', 'c_return'…). */
    private Object profiledCall(Object function, Object[] args) {
        return Tracing.profiledCall(this, function, null, () -> dispatch.execute(function, args));
    }
}
