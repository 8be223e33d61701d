package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;

/** An empty list, set or dict, to be filled by a comprehension. */
public final class NewCollectionNode extends ExpressionNode {
    private final char kind;

    /** @param kind 'l', 's' or 'd' */
    public NewCollectionNode(char kind) {
        this.kind = kind;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        return switch (kind) {
            case 'l' -> context.newList(dev.krait.runtime.objects.PList.EMPTY, 0);
            case 's' -> context.newSet();
            default -> context.newDict();
        };
    }
}
