package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PyObjectGetItem;

/** {@code container[key] = value} and {@code del container[key]}. */
public final class SubscriptTargetNode extends TargetNode {
    @Child private ExpressionNode container;
    @Child private ExpressionNode key;

    public SubscriptTargetNode(ExpressionNode container, ExpressionNode key) {
        this.container = container;
        this.key = key;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object target = container.execute(frame);
        Object index = key.execute(frame);
        if (target instanceof dev.krait.runtime.objects.PList list && index instanceof Long l && l >= 0 && l < list.size() &&
                        list.getPythonClass().isBuiltin()) {
            list.set((int) (long) l, value);
            return;
        }
        setItemHere(target, index, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        setItemHere(container.execute(frame), key.execute(frame), null);
    }

    /** {@code target[index] = value} (or {@code del} when value is null), with this node as the call location. */
    private void setItemHere(Object target, Object index, Object value) {
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            PyObjectGetItem.setItem(target, index, value);
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }
}
