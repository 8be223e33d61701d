package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.protocol.MappingOps;

/** {@code {k: v, **mapping}}: a null key marks a {@code **mapping} entry. */
public final class DictDisplayNode extends ExpressionNode {
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    public DictDisplayNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PDict dict = KraitContext.get(this).newDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                merge(dict, values[i].execute(frame));
            } else {
                Object key = keys[i].execute(frame);
                Object value = values[i].execute(frame);
                com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
                try {
                    dict.setItem(key, value);
                } finally {
                    dev.krait.nodes.CallLocation.exit(previous);
                }
            }
        }
        return dict;
    }

    /** {@code {**mapping}}: CPython's {@code PyDict_Merge}. */
    public static void merge(PDict dict, Object mapping) {
        MappingOps.dictMerge(dict, mapping);
    }
}
