package dev.krait.nodes.call;

import dev.krait.runtime.memory.Temporaries;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.runtime.Tracing;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.nodes.ExpressionNode;

/** {@code receiver.name(args…)} with positional arguments only. */
public final class CallMethodNode extends ExpressionNode {
    private final boolean receiverMayBeTemporary;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final boolean[] argumentMayBeTemporary;
    /** Entered when this node released a temporary it consumed (see Temporaries). */
    private final com.oracle.truffle.api.profiles.BranchProfile temporaryProfile = com.oracle.truffle.api.profiles.BranchProfile.create();
    @Child private ExpressionNode receiver;
    @Children private final ExpressionNode[] arguments;
    @Child private LookupMethodNode lookup;
    /** Calls a method found on the receiver's type, the receiver first. */
    @Child private DispatchCallNode dispatch = DispatchCallNode.createForReceiver();
    /** Calls what the receiver itself holds (a module's function, an instance attribute, a class's descriptor). */
    @Child private DispatchCallNode dispatchUnbound = DispatchCallNode.create();
    private final ConditionProfile unboundMethod = ConditionProfile.create();
    /** The source range of {@code receiver.name}, which a traceback marks when the look-up fails. */
    private final int[] attributeRange;

    public CallMethodNode(ExpressionNode receiver, String name, ExpressionNode[] arguments, int[] attributeRange) {
        this.receiverMayBeTemporary = dev.krait.nodes.memory.TemporaryOperands.mayBeTemporary(receiver);
        this.argumentMayBeTemporary = dev.krait.nodes.memory.TemporaryOperands.mayBeTemporary(arguments);
        this.receiver = receiver;
        this.arguments = arguments;
        this.lookup = LookupMethodNode.create(name);
        this.attributeRange = attributeRange;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object self = receiver.execute(frame);
        Object method;
        try {
            method = lookup.execute(self);
        } catch (dev.krait.runtime.exceptions.PException e) {
            e.notePosition(attributeRange[0], attributeRange[1], attributeRange[2], attributeRange[3], -1, -1);
            throw e;
        }
        if (unboundMethod.profile(!(method instanceof LookupMethodNode.NoSelf))) {
            Object[] args = new Object[arguments.length + 2];
            args[1] = self;
            for (int i = 0; i < arguments.length; i++) {
                args[i + 2] = arguments[i].execute(frame);
            }
            Object result = Tracing.mayTrace() ? profiledCall(dispatch, method, args, self) : dispatch.execute(method, args);
            for (int i = 0; i < arguments.length; i++) {
                if (argumentMayBeTemporary[i]) {
                    Temporaries.consumed(this, args[i + 2], result, temporaryProfile);
                }
            }
            if (receiverMayBeTemporary) {
                Temporaries.consumed(this, self, result, temporaryProfile);
            }
            return result;
        }
        Object[] args = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            args[i + 1] = arguments[i].execute(frame);
        }
        Object callable = ((LookupMethodNode.NoSelf) method).callable();
        Object result = Tracing.mayTrace() ? profiledCall(dispatchUnbound, callable, args, null) : dispatchUnbound.execute(callable, args);
        for (int i = 0; i < arguments.length; i++) {
            if (argumentMayBeTemporary[i]) {
                Temporaries.consumed(this, args[i + 1], result, temporaryProfile);
            }
        }
        if (receiverMayBeTemporary) {
            Temporaries.consumed(this, self, result, temporaryProfile);
        }
        return result;
    }

    /** The call while a profile function may be set: a builtin callee is reported ('c_call', 'c_return'…). */
    private Object profiledCall(DispatchCallNode call, Object function, Object[] args, Object self) {
        return Tracing.profiledCall(this, function, self, () -> call.execute(function, args));
    }
}
