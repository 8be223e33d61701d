package dev.krait.nodes.memory;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReleaseQueue;
import dev.krait.runtime.objects.PythonObject;

/**
 * An object stores a reference (an attribute, an element) at one place in a program: the value is counted and the
 * holder marked as holding references ({@link RefCounts#storeInto}), with the profiles of {@link IncRefNode}.
 */
public final class StoreIntoNode extends Node {
    private final ConditionProfile counted = ConditionProfile.create();
    private final BranchProfile firstHeld = BranchProfile.create();
    @Child private IncRefNode incRef = IncRefNode.create();

    public static StoreIntoNode create() {
        return new StoreIntoNode();
    }

    public void execute(PythonObject holder, Object value) {
        if (counted.profile(RefCounts.isEnabled(this) && value instanceof PythonObject)) {
            PythonObject object = (PythonObject) value;
            if (!object.hasMemoryFlag(RefCounts.IMMORTAL)) {
                incRef.execute(object);
                if (!holder.hasMemoryFlag(RefCounts.HOLDS_REFERENCES | RefCounts.IMMORTAL)) {
                    firstHeld.enter();
                    holder.setMemoryFlag(RefCounts.HOLDS_REFERENCES);
                    if (holder.refCount() == 0) {
                        // a temporary holder: released at the statement's end unless stored
                        ReleaseQueue.enqueueReleasedInline(KraitContext.get(this), holder);
                    }
                }
            }
        }
    }
}
