package dev.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectGetItem;

/** {@code container[key]}, fast for list and tuple indexing with an in-range int. */
@NodeChild("container")
@NodeChild("key")
public abstract class GetItemNode extends ExpressionNode {

    public abstract Object executeWith(Object container, Object key);

    @Specialization(guards = {"index >= 0", "index < list.size()", "isExactList(list)"})
    protected static Object listItem(PList list, long index) {
        return list.get((int) index);
    }

    @Specialization(guards = {"index >= 0", "index < tuple.length()", "isExactTuple(tuple)"})
    protected static Object tupleItem(PTuple tuple, long index) {
        return tuple.get((int) index);
    }

    @Specialization(guards = {"index >= 0", "index < bytes.length()", "bytes.getPythonClass().isBuiltin()"})
    protected static long bytesItem(PBytes bytes, long index) {
        return bytes.get((int) index);
    }

    @Specialization(guards = {"index >= 0", "index < array.length()", "array.getPythonClass().isBuiltin()"})
    protected static long byteArrayItem(PByteArray array, long index) {
        return array.get((int) index);
    }

    @Specialization(guards = "isExactDict(dict)")
    protected static Object dictItem(PDict dict, Object key) {
        Object value = dict.getItem(key);
        if (value == null) {
            // an exact dict has no __missing__: hashing the key a second time would show in __hash__'s side effects
            throw Errors.keyError(key);
        }
        return value;
    }

    @Fallback
    protected Object generic(Object container, Object key) {
        // this node is where the special method was called from: its frame sees this line
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyObjectGetItem.getItem(container, key);
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    protected static boolean isExactList(PList list) {
        return list.getPythonClass().isBuiltin();
    }

    protected static boolean isExactTuple(PTuple tuple) {
        return tuple.getPythonClass().isBuiltin();
    }

    protected static boolean isExactDict(PDict dict) {
        return dict.getPythonClass().isBuiltin();
    }

    public static GetItemNode create(ExpressionNode container, ExpressionNode key) {
        return GetItemNodeGen.create(container, key);
    }
}
