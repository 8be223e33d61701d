package dev.krait.nodes.local;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.runtime.objects.GlobalCell;
import dev.krait.runtime.objects.PModule;

/** A global name as an assignment target (module-level code, or a {@code global} declaration). */
public abstract class GlobalTargetNode extends TargetNode {
    protected final String name;

    protected GlobalTargetNode(String name) {
        this.name = name;
    }

    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Override
    public final void assign(VirtualFrame frame, Object value) {
        executeWrite(frame, value);
    }

    @Specialization(guards = "getGlobals(frame) == cachedGlobals", limit = "1")
    protected static void writeCell(VirtualFrame frame, Object value,
                    @Cached(value = "getGlobals(frame)", neverDefault = true) PModule cachedGlobals,
                    @Cached(value = "cachedGlobals.getCell(name)", neverDefault = true) GlobalCell cell) {
        cell.set(value);
    }

    @Specialization(replaces = "writeCell")
    protected void writeGeneric(VirtualFrame frame, Object value) {
        getGlobals(frame).setGlobal(name, value);
    }

    protected static PModule getGlobals(VirtualFrame frame) {
        return FrameGlobals.getGlobals(frame);
    }

    @Override
    public void delete(VirtualFrame frame) {
        if (!getGlobals(frame).removeGlobal(name)) {
            throw ReadGlobalNode.notDefined(name);
        }
    }

    public static GlobalTargetNode create(String name) {
        return GlobalTargetNodeGen.create(name);
    }
}
