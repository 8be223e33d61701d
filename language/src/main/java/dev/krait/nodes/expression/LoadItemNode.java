package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.memory.Temporaries;

/**
 * {@code container[key]} as an expression: reads the item, then lets a temporary container go (see
 * {@link Temporaries}), so {@code make_list()[0]} releases the list, not the element read from it.
 */
public final class LoadItemNode extends ExpressionNode {
    /** Entered when this node released a temporary it consumed (see Temporaries). */
    private final com.oracle.truffle.api.profiles.BranchProfile temporaryProfile = com.oracle.truffle.api.profiles.BranchProfile.create();
    @Child private ExpressionNode container;
    @Child private ExpressionNode key;
    @Child private GetItemNode read = GetItemNodeGen.create(null, null);

    private final boolean containerMayBeTemporary;
    private final boolean keyMayBeTemporary;

    public LoadItemNode(ExpressionNode container, ExpressionNode key) {
        this.container = container;
        this.key = key;
        this.containerMayBeTemporary = dev.krait.nodes.memory.TemporaryOperands.mayBeTemporary(container);
        this.keyMayBeTemporary = dev.krait.nodes.memory.TemporaryOperands.mayBeTemporary(key);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object receiver = container.execute(frame);
        Object index = key.execute(frame);
        Object value = read.executeWith(receiver, index);
        if (containerMayBeTemporary) {
            Temporaries.consumed(this, receiver, value, temporaryProfile);
        }
        if (keyMayBeTemporary) {
            Temporaries.consumed(this, index, value, temporaryProfile);
        }
        return value;
    }
}
