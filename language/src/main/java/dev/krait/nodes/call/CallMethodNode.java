package dev.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.nodes.ExpressionNode;

/** {@code receiver.name(args…)} with positional arguments only. */
public final class CallMethodNode extends ExpressionNode {
    @Child private ExpressionNode receiver;
    @Children private final ExpressionNode[] arguments;
    @Child private LookupMethodNode lookup;
    @Child private DispatchCallNode dispatch = DispatchCallNode.create();
    private final ConditionProfile unboundMethod = ConditionProfile.create();

    public CallMethodNode(ExpressionNode receiver, String name, ExpressionNode[] arguments) {
        this.receiver = receiver;
        this.arguments = arguments;
        this.lookup = LookupMethodNode.create(name);
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object self = receiver.execute(frame);
        Object method = lookup.execute(self);
        if (unboundMethod.profile(!(method instanceof LookupMethodNode.NoSelf))) {
            Object[] args = new Object[arguments.length + 2];
            args[1] = self;
            for (int i = 0; i < arguments.length; i++) {
                args[i + 2] = arguments[i].execute(frame);
            }
            return dispatch.execute(method, args);
        }
        Object[] args = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            args[i + 1] = arguments[i].execute(frame);
        }
        return dispatch.execute(((LookupMethodNode.NoSelf) method).callable(), args);
    }
}
