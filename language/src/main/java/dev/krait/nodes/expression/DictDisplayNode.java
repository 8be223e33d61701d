package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectType;

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
                dict.setItem(key, values[i].execute(frame));
            }
        }
        return dict;
    }

    @TruffleBoundary
    public static void merge(PDict dict, Object mapping) {
        // CPython's dict_merge reads a dict's entries directly unless its class overrides __iter__
        if (mapping instanceof PDict other && iteratesAsDict(other)) {
            for (Object entry : other.storage().itemsArray()) {
                Object[] item = (Object[]) entry;
                dict.setItem(item[0], item[1]);
            }
            return;
        }
        Object keysMethod = PyObjectGetAttr.getOrNull(mapping, "keys");
        if (keysMethod == null) {
            throw Errors.typeError("'" + PyObjectType.typeName(mapping) + "' object is not a mapping");
        }
        for (Object key : PyIter.toArray(PyObjectCall.call(keysMethod))) {
            dict.setItem(key, PyObjectGetItem.getItem(mapping, key));
        }
    }

    private static boolean iteratesAsDict(PDict dict) {
        if (dev.krait.runtime.protocol.BuiltinArithmetic.isExact(dict)) {
            return true;
        }
        var dictClass = dev.krait.runtime.KraitContext.get(null).classes().dictClass;
        return PyObjectType.classOf(dict).lookup("__iter__") == dictClass.lookup("__iter__");
    }
}
