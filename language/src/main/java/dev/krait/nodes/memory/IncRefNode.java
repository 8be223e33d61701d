package dev.krait.nodes.memory;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.runtime.memory.Deallocator;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PythonObject;

/**
 * {@code Py_INCREF} at one place in a program. Its profiles keep compiled code small: where only unboxed values
 * (ints, floats, strings) are stored, the count code is not compiled at all.
 */
public final class IncRefNode extends Node {
    private final ConditionProfile counted = ConditionProfile.create();
    private final BranchProfile revived = BranchProfile.create();
    private final BranchProfile cell = BranchProfile.create();

    public static IncRefNode create() {
        return new IncRefNode();
    }

    public void execute(Object value) {
        if (!RefCounts.isEnabled(this)) {
            return;
        }
        if (counted.profile(value instanceof PythonObject)) {
            PythonObject object = (PythonObject) value;
            if (!object.hasMemoryFlag(RefCounts.IMMORTAL | RefCounts.RELEASED)) {
                object.setRefCount(object.refCount() + 1);
            } else if (!object.hasMemoryFlag(RefCounts.IMMORTAL)) {
                revived.enter();
                Deallocator.revive(object);
            }
        } else if (value instanceof PCell) {
            cell.enter();
            ((PCell) value).incRef();
        }
    }
}
