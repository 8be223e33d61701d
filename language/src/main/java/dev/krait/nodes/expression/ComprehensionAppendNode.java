package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PSet;

/** Adds one element to the collection a list, set or dict comprehension is building (in its result slot). */
public final class ComprehensionAppendNode extends StatementNode {
    @Child private ExpressionNode collection;
    @Child private ExpressionNode key;
    @Child private ExpressionNode value;

    /** @param key null except for a dict comprehension */
    public ComprehensionAppendNode(ExpressionNode collection, ExpressionNode key, ExpressionNode value) {
        this.collection = collection;
        this.key = key;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object target = collection.execute(frame);
        if (target instanceof PList list) {
            list.append(value.execute(frame));
        } else if (target instanceof PSet set) {
            set.add(value.execute(frame));
        } else {
            Object k = key.execute(frame);
            ((PDict) target).setItem(k, value.execute(frame));
        }
    }
}
