package dev.krait.runtime.memory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;

import dev.krait.nodes.root.FrameRelease;
import dev.krait.nodes.root.FunctionRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonObject;

/**
 * The objects a program can reach: from the imported modules' globals and from the variables of the running
 * functions, following every reference. What {@code gc.get_objects()} and {@code gc.get_referrers()} search (CPython
 * walks its list of tracked containers instead; Krait keeps no such list).
 */
public final class LiveObjects {
    private LiveObjects() {
    }

    @TruffleBoundary
    public static List<PythonObject> find(KraitContext context) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        List<PythonObject> found = new ArrayList<>();
        List<Object> work = new ArrayList<>();
        for (Object module : context.modules().storage().valuesArray()) {
            work.add(module);
        }
        Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            RootNode root = instance.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget target ? target.getRootNode() : null;
            if (root instanceof FunctionRootNode function) {
                Frame frame = instance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                FrameRelease.traverseSlots(frame, function.getCountedSlots(), work::add);
            }
            return null;
        });
        while (!work.isEmpty()) {
            Object value = work.remove(work.size() - 1);
            if (value == null || seen.put(value, Boolean.TRUE) != null) {
                continue;
            }
            if (value instanceof PythonObject object) {
                if (object.hasMemoryFlag(RefCounts.IMMORTAL)) {
                    continue;
                }
                found.add(object);
                object.traverseReferences(work::add);
            } else if (value instanceof PCell cell) {
                work.add(cell.get());
            }
        }
        return found;
    }
}
