package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.memory.Temporaries;

/**
 * {@code object.name} as an expression: reads the attribute, then lets a temporary receiver go (see
 * {@link Temporaries}), so {@code Resource().value} releases the resource before the value is used.
 */
public final class LoadAttributeNode extends ExpressionNode {
    /** Entered when this node released a temporary it consumed (see Temporaries). */
    private final com.oracle.truffle.api.profiles.BranchProfile temporaryProfile = com.oracle.truffle.api.profiles.BranchProfile.create();
    @Child private ExpressionNode object;
    @Child private GetAttributeNode read;

    /** Whether the receiver can be a temporary at all (not a variable or a constant). */
    private final boolean receiverMayBeTemporary;

    public LoadAttributeNode(ExpressionNode object, String name) {
        this.object = object;
        this.receiverMayBeTemporary = dev.krait.nodes.memory.TemporaryOperands.mayBeTemporary(object);
        this.read = GetAttributeNode.create(name, null);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object receiver = object.execute(frame);
        Object value = read.executeWith(receiver);
        if (receiverMayBeTemporary) {
            Temporaries.consumed(this, receiver, value, temporaryProfile);
        }
        return value;
    }
}
