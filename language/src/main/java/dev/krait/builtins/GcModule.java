package dev.krait.builtins;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.memory.CycleCollector;
import dev.krait.runtime.memory.LiveObjects;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyNumber;

/** The {@code gc} module: the cycle collector's switches, thresholds and statistics, and object-graph queries. */
public final class GcModule {
    private GcModule() {
    }

    public static PModule create(KraitContext context) {
        PModule gc = context.newModule("gc");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, gc, GcModuleFactory.getFactories(), null, "gc");
        ObjectAttributes.put(gc, "garbage", context.cycleCollector().garbageList());
        ObjectAttributes.put(gc, "callbacks", context.cycleCollector().callbackList());
        ObjectAttributes.put(gc, "DEBUG_STATS", 1L);
        ObjectAttributes.put(gc, "DEBUG_COLLECTABLE", 2L);
        ObjectAttributes.put(gc, "DEBUG_UNCOLLECTABLE", 4L);
        ObjectAttributes.put(gc, "DEBUG_SAVEALL", (long) CycleCollector.DEBUG_SAVEALL);
        ObjectAttributes.put(gc, "DEBUG_LEAK", 38L);
        return gc;
    }

    private static CycleCollector collector(KraitContext context) {
        return context.cycleCollector();
    }

    @Builtin(name = "enable", params = {})
    @GenerateNodeFactory
    public abstract static class EnableNode extends BuiltinNode.Builtin0 {
        @Specialization
        Object enable() {
            collector(KraitContext.get(this)).setEnabled(true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "disable", params = {})
    @GenerateNodeFactory
    public abstract static class DisableNode extends BuiltinNode.Builtin0 {
        @Specialization
        Object disable() {
            collector(KraitContext.get(this)).setEnabled(false);
            return PNone.NONE;
        }
    }

    @Builtin(name = "isenabled", params = {})
    @GenerateNodeFactory
    public abstract static class IsEnabledNode extends BuiltinNode.Builtin0 {
        @Specialization
        boolean isEnabled() {
            return collector(KraitContext.get(this)).isEnabled();
        }
    }

    @Builtin(name = "collect", params = {"generation="})
    @GenerateNodeFactory
    public abstract static class CollectNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        long collect(Object generation) {
            long gen = generation == PNone.NO_VALUE ? 2 : PyNumber.asSize(generation);
            if (gen < 0 || gen > 2) {
                throw Errors.valueError("invalid generation");
            }
            return collector(KraitContext.get(this)).collectWithCallbacks((int) gen);
        }
    }

    @Builtin(name = "get_count", params = {})
    @GenerateNodeFactory
    public abstract static class GetCountNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object getCount() {
            KraitContext context = KraitContext.get(this);
            int[] count = collector(context).getCount();
            return context.newTuple(new Object[]{(long) count[0], (long) count[1], (long) count[2]});
        }
    }

    @Builtin(name = "get_threshold", params = {})
    @GenerateNodeFactory
    public abstract static class GetThresholdNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object getThreshold() {
            KraitContext context = KraitContext.get(this);
            int[] t = collector(context).getThreshold();
            return context.newTuple(new Object[]{(long) t[0], (long) t[1], (long) t[2]});
        }
    }

    @Builtin(name = "set_threshold", params = {"threshold0", "threshold1=", "threshold2=", "/"})
    @GenerateNodeFactory
    public abstract static class SetThresholdNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        Object setThreshold(Object t0, Object t1, Object t2) {
            CycleCollector collector = collector(KraitContext.get(this));
            int[] current = collector.getThreshold();
            collector.setThreshold(asInt(t0), t1 == PNone.NO_VALUE ? current[1] : asInt(t1), t2 == PNone.NO_VALUE ? current[2] : asInt(t2));
            return PNone.NONE;
        }

        private static int asInt(Object value) {
            return (int) PyNumber.asSize(value);
        }
    }

    @Builtin(name = "get_debug", params = {})
    @GenerateNodeFactory
    public abstract static class GetDebugNode extends BuiltinNode.Builtin0 {
        @Specialization
        long getDebug() {
            return collector(KraitContext.get(this)).getDebug();
        }
    }

    @Builtin(name = "set_debug", params = {"flags", "/"})
    @GenerateNodeFactory
    public abstract static class SetDebugNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object setDebug(Object flags) {
            collector(KraitContext.get(this)).setDebug((int) PyNumber.asSize(flags));
            return PNone.NONE;
        }
    }

    @Builtin(name = "is_tracked", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class IsTrackedNode extends BuiltinNode.Builtin1 {
        @Specialization
        boolean isTracked(Object obj) {
            return CycleCollector.isTracked(obj);
        }
    }

    @Builtin(name = "is_finalized", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class IsFinalizedNode extends BuiltinNode.Builtin1 {
        @Specialization
        boolean isFinalized(Object obj) {
            return obj instanceof PythonObject object && object.hasMemoryFlag(RefCounts.FINALIZED);
        }
    }

    @Builtin(name = "get_referents", params = {"*objs"})
    @GenerateNodeFactory
    public abstract static class GetReferentsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object getReferents(Object objs) {
            KraitContext context = KraitContext.get(this);
            List<Object> result = new ArrayList<>();
            for (Object obj : ((PTuple) objs).items()) {
                if (CycleCollector.isTracked(obj) || obj instanceof PModule) {
                    ((PythonObject) obj).traverseReferences(referent -> {
                        if (!(referent instanceof dev.krait.runtime.objects.PCell)) {
                            result.add(referent);
                        }
                    });
                }
            }
            return context.newList(result.toArray());
        }
    }

    @Builtin(name = "get_referrers", params = {"*objs"})
    @GenerateNodeFactory
    public abstract static class GetReferrersNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object getReferrers(Object objs) {
            KraitContext context = KraitContext.get(this);
            IdentityHashMap<Object, Boolean> targets = new IdentityHashMap<>();
            for (Object obj : ((PTuple) objs).items()) {
                targets.put(obj, Boolean.TRUE);
            }
            List<Object> result = new ArrayList<>();
            for (PythonObject candidate : LiveObjects.find(context)) {
                boolean[] refers = new boolean[1];
                candidate.traverseReferences(referent -> refers[0] |= targets.containsKey(referent));
                if (refers[0] && candidate != objs) {
                    result.add(candidate);
                }
            }
            return context.newList(result.toArray());
        }
    }

    @Builtin(name = "get_objects", params = {"generation="})
    @GenerateNodeFactory
    public abstract static class GetObjectsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object getObjects(Object generation) {
            KraitContext context = KraitContext.get(this);
            if (generation != PNone.NO_VALUE && generation != PNone.NONE) {
                long gen = PyNumber.asSize(generation);
                if (gen >= 3) {
                    throw Errors.valueError("generation parameter must be less than the number of available generations (3)");
                }
                if (gen < 0) {
                    throw Errors.valueError("generation parameter cannot be negative");
                }
            }
            List<Object> result = new ArrayList<>();
            for (PythonObject object : LiveObjects.find(context)) {
                if (CycleCollector.isTracked(object)) {
                    result.add(object);
                }
            }
            return context.newList(result.toArray());
        }
    }

    @Builtin(name = "freeze", params = {})
    @GenerateNodeFactory
    public abstract static class FreezeNode extends BuiltinNode.Builtin0 {
        @Specialization
        Object freeze() {
            collector(KraitContext.get(this)).freeze();
            return PNone.NONE;
        }
    }

    @Builtin(name = "unfreeze", params = {})
    @GenerateNodeFactory
    public abstract static class UnfreezeNode extends BuiltinNode.Builtin0 {
        @Specialization
        Object unfreeze() {
            collector(KraitContext.get(this)).unfreeze();
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_freeze_count", params = {})
    @GenerateNodeFactory
    public abstract static class GetFreezeCountNode extends BuiltinNode.Builtin0 {
        @Specialization
        long getFreezeCount() {
            return collector(KraitContext.get(this)).getFreezeCount();
        }
    }

    @Builtin(name = "get_stats", params = {})
    @GenerateNodeFactory
    public abstract static class GetStatsNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        Object getStats() {
            KraitContext context = KraitContext.get(this);
            long[][] stats = collector(context).stats();
            Object[] generations = new Object[3];
            for (int i = 0; i < 3; i++) {
                PDict entry = context.newDict();
                entry.setItem("collections", stats[0][i]);
                entry.setItem("collected", stats[1][i]);
                entry.setItem("uncollectable", stats[2][i]);
                generations[i] = entry;
            }
            return context.newList(generations);
        }
    }
}
