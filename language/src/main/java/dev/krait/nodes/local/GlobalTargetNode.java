package dev.krait.nodes.local;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.ObjectAttributes;
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
    protected void writeCached(VirtualFrame frame, Object value,
                    @Cached(value = "getGlobals(frame)", neverDefault = true) PModule cachedGlobals,
                    @CachedLibrary("cachedGlobals") DynamicObjectLibrary library) {
        library.put(cachedGlobals, name, value);
    }

    @Specialization(replaces = "writeCached")
    protected void writeGeneric(VirtualFrame frame, Object value) {
        ObjectAttributes.put(getGlobals(frame), name, value);
    }

    protected static PModule getGlobals(VirtualFrame frame) {
        return FrameGlobals.getGlobals(frame);
    }

    @Override
    public void delete(VirtualFrame frame) {
        if (!ObjectAttributes.remove(getGlobals(frame), name)) {
            throw ReadGlobalNode.notDefined(name);
        }
    }

    public static GlobalTargetNode create(String name) {
        return GlobalTargetNodeGen.create(name);
    }
}
