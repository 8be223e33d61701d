package dev.krait.nodes.memory;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.CycleCollector;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReleaseQueue;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PythonObject;

/**
 * {@code Py_DECREF} at one place in a program (see {@link IncRefNode}): at zero, an object with release work is
 * queued; above zero, it becomes a possible cycle root. Each outcome is compiled only where it has happened.
 */
public final class DecRefNode extends Node {
    private final ConditionProfile counted = ConditionProfile.create();
    private final BranchProfile released = BranchProfile.create();
    private final BranchProfile candidate = BranchProfile.create();
    private final BranchProfile cell = BranchProfile.create();

    public static DecRefNode create() {
        return new DecRefNode();
    }

    public void execute(Object value) {
        if (!RefCounts.isEnabled(this)) {
            return;
        }
        if (counted.profile(value instanceof PythonObject)) {
            PythonObject object = (PythonObject) value;
            if (object.hasMemoryFlag(RefCounts.IMMORTAL)) {
                return;
            }
            int count = object.refCount() - 1;
            object.setRefCount(count);
            if (count == 0) {
                if (object.needsRelease()) {
                    released.enter();
                    ReleaseQueue.enqueueReleasedInline(KraitContext.get(this), object);
                }
            } else if (object.isNewCycleCandidate()) {
                candidate.enter();
                CycleCollector.addCandidateInline(KraitContext.get(this), object);
            }
        } else if (value instanceof PCell) {
            cell.enter();
            ((PCell) value).decRef();
        }
    }
}
