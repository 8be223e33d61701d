package dev.krait.runtime.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/**
 * The cycle collector behind the {@code gc} module: finds groups of objects that only reference each other, which
 * counting alone never frees, runs their finalizers (PEP 442), and releases them.
 *
 * <p>It works as CPython's collector does (subtract the references the objects hold among themselves from their
 * counts; what still has a count is reachable from outside, and so is everything it reaches; the rest is garbage),
 * but over a smaller graph: instead of every container ever allocated, the objects reachable from the <em>possible
 * cycle roots</em>, the objects whose count was decremented to a value above zero since the last collection (a group
 * becomes garbage exactly when such a decrement removes its last outside reference; Bacon and Rajan's synchronous
 * cycle collection). Modules are not entered: they live in {@code sys.modules} until exit. Automatic collection runs
 * at a statement boundary once the number of possible roots reaches the first threshold.
 */
public final class CycleCollector {
    /** {@code gc.DEBUG_SAVEALL}: keep what would be freed in {@code gc.garbage}. */
    public static final int DEBUG_SAVEALL = 32;

    private final KraitContext context;
    /** The possible cycle roots since the last collection (the first {@link #candidateCount} entries). */
    private PythonObject[] candidates = new PythonObject[256];
    private int candidateCount;
    /**
     * When the list of possible roots is this long, the dead ones (released since) are dropped from it, and a
     * collection runs if at least the first threshold of live ones remain: CPython's trigger counts allocations minus
     * deallocations, which this follows without counting every allocation.
     */
    private int pruneLimit = 700;
    /** Possible cycle roots that survived a collection before: examined by full collections only. */
    private final ArrayList<PythonObject> oldCandidates = new ArrayList<>();
    private boolean enabled = true;
    private int threshold0 = 700;
    private int threshold1 = 10;
    private int threshold2 = 10;
    /** Collections of generation 0 since the last of generation 1, and of 1 since the last of 2 (for get_count). */
    private int count1;
    private int count2;
    private int debugFlags;
    private boolean collecting;
    private final List<Object> frozen = new ArrayList<>();
    private final long[] collections = new long[3];
    private final long[] collected = new long[3];
    private final long[] uncollectable = new long[3];

    /** {@code gc.garbage} and {@code gc.callbacks}: the gc module's lists, made when it is first imported. */
    private PList garbage;
    private PList callbacks;

    public CycleCollector(KraitContext context) {
        this.context = context;
    }

    public PList garbageList() {
        if (garbage == null) {
            garbage = RefCounts.immortal(context.newList(new Object[0]));
        }
        return garbage;
    }

    public PList callbackList() {
        if (callbacks == null) {
            callbacks = RefCounts.immortal(context.newList(new Object[0]));
        }
        return callbacks;
    }

    boolean hasCallbacks() {
        return callbacks != null && callbacks.size() > 0;
    }

    /** A count was decremented to a value above zero: {@code object} may now be the root of a garbage cycle. */
    @TruffleBoundary
    public static void addCandidate(PythonObject object) {
        addCandidateInline(KraitContext.get(null), object);
    }

    /** {@link #addCandidate} for a node's profiled path: compiled code appends in place (no call). */
    public static void addCandidateInline(KraitContext context, PythonObject object) {
        CycleCollector collector = context.cycleCollector();
        object.setMemoryFlag(RefCounts.CYCLE_CANDIDATE);
        if (object.hasMemoryFlag(RefCounts.OLD)) {
            collector.addOldCandidate(object);
            return;
        }
        if (collector.candidateCount == collector.candidates.length) {
            CompilerDirectives.transferToInterpreter();
            collector.growCandidates();
        }
        collector.candidates[collector.candidateCount++] = object;
        if (collector.candidateCount >= collector.pruneLimit && collector.threshold0 > 0 && collector.enabled &&
                        !collector.collecting) {
            context.releaseQueue().requestCollection();
        }
    }

    @TruffleBoundary
    private void addOldCandidate(PythonObject object) {
        oldCandidates.add(object);
    }

    @TruffleBoundary
    private void growCandidates() {
        candidates = java.util.Arrays.copyOf(candidates, candidates.length * 2);
    }

    /** Empties the list of possible cycle roots, clearing their marks. */
    private void clearCandidates(java.util.function.Consumer<PythonObject> each) {
        for (int i = 0; i < candidateCount; i++) {
            PythonObject candidate = candidates[i];
            candidates[i] = null;
            candidate.clearMemoryFlag(RefCounts.CYCLE_CANDIDATE);
            each.accept(candidate);
        }
        candidateCount = 0;
    }

    // ---- the gc module's settings ----

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int[] getThreshold() {
        return new int[]{threshold0, threshold1, threshold2};
    }

    public void setThreshold(int t0, int t1, int t2) {
        threshold0 = t0;
        pruneLimit = t0;
        threshold1 = t1;
        threshold2 = t2;
    }

    public int[] getCount() {
        return new int[]{candidateCount, count1, count2};
    }

    public int getDebug() {
        return debugFlags;
    }

    public void setDebug(int flags) {
        debugFlags = flags;
    }

    public long[][] stats() {
        return new long[][]{collections.clone(), collected.clone(), uncollectable.clone()};
    }

    /** {@code gc.freeze()}: what is reachable now is never collected (kept alive). */
    @TruffleBoundary
    public void freeze() {
        clearCandidates(frozen::add);
    }

    @TruffleBoundary
    public void unfreeze() {
        for (Object object : frozen) {
            if (object instanceof PythonObject o && !o.hasMemoryFlag(RefCounts.CYCLE_CANDIDATE | RefCounts.RELEASED) && o.refCount() > 0) {
                addCandidateInline(context, o);
            }
        }
        frozen.clear();
    }

    public int getFreezeCount() {
        return frozen.size();
    }

    // ---- collecting ----

    /** An automatic collection, as CPython picks its generation: 0, every threshold1-th time 1, and so on. */
    @TruffleBoundary
    public void collectAutomatically() {
        if (!enabled || collecting) {
            return;
        }
        int live = 0;
        for (int i = 0; i < candidateCount; i++) {
            PythonObject candidate = candidates[i];
            if ((candidate.refCount() > 0 || candidate instanceof PythonClass) && !candidate.hasMemoryFlag(RefCounts.RELEASED)) {
                candidates[live++] = candidate;
            } else {
                candidate.clearMemoryFlag(RefCounts.CYCLE_CANDIDATE);
            }
        }
        java.util.Arrays.fill(candidates, live, candidateCount, null);
        candidateCount = live;
        if (live < threshold0) {
            pruneLimit = live + threshold0;
            return;
        }
        pruneLimit = threshold0;
        int generation = 0;
        if (count2 + 1 >= threshold2 && count1 + 1 >= threshold1) {
            generation = 2;
        } else if (count1 + 1 >= threshold1) {
            generation = 1;
        }
        collectWithCallbacks(generation);
    }

    /** {@code gc.collect(generation)}: returns the number of unreachable objects found. */
    @TruffleBoundary
    public int collectWithCallbacks(int generation) {
        if (collecting) {
            return 0;
        }
        invokeCallbacks("start", generation, 0, 0);
        int[] result = collect(generation);
        invokeCallbacks("stop", generation, result[0], result[1]);
        return result[0] + result[1];
    }

    /** Runs one collection; returns {collected, uncollectable}. */
    private int[] collect(int generation) {
        collecting = true;
        try {
            context.releaseQueue().drainAll();
            switch (generation) {
                case 0 -> count1++;
                case 1 -> {
                    count1 = 0;
                    count2++;
                }
                default -> {
                    count1 = 0;
                    count2 = 0;
                }
            }
            collections[Math.min(generation, 2)]++;
            Graph graph = new Graph();
            java.util.function.Consumer<PythonObject> addRoot = candidate -> {
                // a class whose count fell to zero is a root too: it is freed only here
                if ((candidate.refCount() > 0 || candidate instanceof PythonClass cls && cls.isCollectible()) &&
                                !candidate.hasMemoryFlag(RefCounts.RELEASED | RefCounts.IMMORTAL)) {
                    graph.add(candidate);
                }
            };
            clearCandidates(addRoot);
            if (generation >= 2) {
                for (PythonObject old : oldCandidates) {
                    old.clearMemoryFlag(RefCounts.CYCLE_CANDIDATE);
                    addRoot.accept(old);
                }
                oldCandidates.clear();
            }
            graph.explore();
            List<Object> unreachable = graph.unreachable();
            graph.markSurvivorsOld(unreachable);
            if (unreachable.isEmpty()) {
                return new int[]{0, 0};
            }
            if ((debugFlags & DEBUG_SAVEALL) != 0) {
                int found = countTracked(unreachable);
                for (Object node : unreachable) {
                    if (node instanceof PythonObject) {
                        garbageList().append(node);
                    }
                }
                collected[Math.min(generation, 2)] += found;
                return new int[]{found, 0};
            }
            // weak references to the garbage are cleared first; the callbacks of those that are not garbage
            // themselves run (CPython's handle_weakrefs), then the finalizers (PEP 442)
            IdentityHashMap<Object, Boolean> garbage = new IdentityHashMap<>();
            for (Object node : unreachable) {
                garbage.put(node, Boolean.TRUE);
            }
            List<dev.krait.runtime.objects.PWeakReference> cleared = new ArrayList<>();
            for (Object node : unreachable) {
                if (node instanceof PythonObject object && object.hasMemoryFlag(RefCounts.WEAKLY_REFERENCED)) {
                    for (var ref : WeakReferences.clearForCollection(context, object)) {
                        if (!garbage.containsKey(ref)) {
                            cleared.add(ref);
                        }
                    }
                }
            }
            for (var ref : cleared) {
                WeakReferences.notifyCleared(context, ref);
            }
            // PEP 442: finalizers next, then whatever they resurrected is taken out of the garbage
            boolean finalized = false;
            for (Object node : unreachable) {
                if (node instanceof PythonObject object && Deallocator.needsFinalizer(object)) {
                    object.setMemoryFlag(RefCounts.FINALIZED);
                    object.setRefCount(object.refCount() + 1);
                    Deallocator.callFinalizer(context, object);
                    object.setRefCount(object.refCount() - 1);
                    finalized = true;
                }
            }
            if (finalized) {
                unreachable = new Graph(unreachable).unreachable();
            }
            // what finalizers resurrected is not counted (CPython counts the final unreachable set)
            int found = countTracked(unreachable);
            IdentityHashMap<Object, Boolean> dead = new IdentityHashMap<>();
            for (Object node : unreachable) {
                dead.put(node, Boolean.TRUE);
            }
            for (Object node : unreachable) {
                if (node instanceof PythonObject object) {
                    object.setMemoryFlag(RefCounts.RELEASED);
                    object.setRefCount(0);
                    if (object instanceof PythonClass cls) {
                        cls.detachFromBases();
                    }
                }
            }
            for (Object node : unreachable) {
                if (node instanceof PythonObject object) {
                    if (object.hasMemoryFlag(RefCounts.HOLDS_REFERENCES)) {
                        object.traverseReferences(child -> {
                            if (!dead.containsKey(child)) {
                                RefCounts.decRef(child);
                            }
                        });
                    }
                } else if (node instanceof PCell cell) {
                    Object value = cell.get();
                    if (value != null && !dead.containsKey(value)) {
                        RefCounts.decRef(value);
                    }
                }
            }
            collected[Math.min(generation, 2)] += found;
            return new int[]{found, 0};
        } finally {
            collecting = false;
        }
    }

    /** The objects CPython's collector would count: containers it tracks (not dicts or tuples of atoms). */
    private static int countTracked(List<Object> objects) {
        int count = 0;
        for (Object node : objects) {
            if (node instanceof PythonObject object && isTracked(object)) {
                count++;
            }
        }
        return count;
    }

    /** {@code gc.is_tracked}: whether CPython's collector would follow this object. */
    @TruffleBoundary
    public static boolean isTracked(Object value) {
        return isTracked(value, 0);
    }

    /** Dicts and tuples are tracked when they hold a tracked object (looked at two levels deep, as cycles can nest). */
    private static boolean isTracked(Object value, int depth) {
        if (!(value instanceof PythonObject object) || object.hasMemoryFlag(RefCounts.IMMORTAL)) {
            return false;
        }
        if (object instanceof PDict || object instanceof PTuple) {
            if (depth > 1) {
                return object.hasMemoryFlag(RefCounts.HOLDS_REFERENCES);
            }
            boolean[] holds = new boolean[1];
            object.traverseReferences(child -> holds[0] |= isTracked(child, depth + 1));
            return holds[0];
        }
        return !(object instanceof dev.krait.runtime.objects.PRangeBase || object instanceof dev.krait.runtime.objects.PSlice ||
                        object instanceof dev.krait.runtime.objects.PBuiltinFunction || object instanceof dev.krait.runtime.objects.PBytes ||
                        object instanceof dev.krait.runtime.objects.PByteArray);
    }

    /** Visits what a node of the object graph references: an object's references, or a cell's value. */
    static void children(Object node, ReferenceVisitor visitor) {
        if (node instanceof PythonObject object) {
            object.traverseReferences(visitor);
        } else if (node instanceof PCell cell && cell.get() != null) {
            visitor.visit(cell.get());
        }
    }

    static int countOf(Object node) {
        return node instanceof PythonObject object ? object.refCount() : ((PCell) node).refCount();
    }

    /** Whether a value is a node the collector follows. */
    static boolean isNode(Object value) {
        return value instanceof PythonObject object && !object.hasMemoryFlag(RefCounts.IMMORTAL | RefCounts.RELEASED) &&
                        !(object instanceof PModule) && !(object instanceof PythonClass cls && !cls.isCollectible()) || value instanceof PCell;
    }

    /** The part of the object graph a collection looks at, with CPython's {@code gc_refs} per node. */
    private static final class Graph {
        private final Map<Object, int[]> refs = new IdentityHashMap<>();
        private final List<Object> nodes = new ArrayList<>();

        Graph() {
        }

        /** A graph of exactly {@code members}: used to find what finalizers resurrected. */
        Graph(List<Object> members) {
            for (Object member : members) {
                if (!(member instanceof PythonObject o && o.hasMemoryFlag(RefCounts.RELEASED))) {
                    refs.put(member, new int[]{countOf(member)});
                    nodes.add(member);
                }
            }
        }

        void add(Object node) {
            if (!refs.containsKey(node)) {
                refs.put(node, new int[]{countOf(node)});
                nodes.add(node);
            }
        }

        /** Adds everything reachable from the nodes so far, and the subclasses of the classes among them. */
        void explore() {
            for (int i = 0; i < nodes.size(); i++) {
                Object node = nodes.get(i);
                children(node, child -> {
                    if (isNode(child)) {
                        add(child);
                    }
                });
                if (node instanceof PythonClass cls) {
                    for (PythonClass sub : cls.getSubclasses()) {
                        if (isNode(sub)) {
                            add(sub);
                        }
                    }
                }
            }
        }

        /**
         * Whether a class is alive whatever counts say: it may have instances (which do not count their class), or
         * a subclass this collection does not look at (whose MRO uses it).
         */
        private boolean classKeptAlive(PythonClass cls) {
            if (cls.isInstantiated()) {
                return true;
            }
            for (PythonClass sub : cls.getSubclasses()) {
                if (!refs.containsKey(sub)) {
                    return true;
                }
            }
            return false;
        }

        /** What a live node keeps alive: what it references, and for a class its MRO (subclasses use their bases). */
        private void keptAlive(Object node, ReferenceVisitor visitor) {
            children(node, visitor);
            if (node instanceof PythonClass cls) {
                for (PythonClass base : cls.getMro()) {
                    visitor.visit(base);
                }
                visitor.visit(cls.getPythonClass());
            }
        }

        /** What the collection found alive is old now: it waits for full collections as a possible root. */
        void markSurvivorsOld(List<Object> unreachable) {
            IdentityHashMap<Object, Boolean> dead = new IdentityHashMap<>();
            for (Object node : unreachable) {
                dead.put(node, Boolean.TRUE);
            }
            for (Object node : nodes) {
                if (node instanceof PythonObject object && !dead.containsKey(node)) {
                    object.setMemoryFlag(RefCounts.OLD);
                }
            }
        }

        /** The nodes no outside reference reaches. */
        List<Object> unreachable() {
            for (Object node : nodes) {
                children(node, child -> {
                    int[] count = refs.get(child);
                    if (count != null) {
                        count[0]--;
                    }
                });
            }
            IdentityHashMap<Object, Boolean> reachable = new IdentityHashMap<>();
            ArrayDeque<Object> work = new ArrayDeque<>();
            for (Object node : nodes) {
                boolean queuedTemporary = node instanceof PythonObject o && o.hasMemoryFlag(RefCounts.QUEUED);
                if (refs.get(node)[0] > 0 || queuedTemporary || node instanceof PythonClass cls && classKeptAlive(cls)) {
                    reachable.put(node, Boolean.TRUE);
                    work.add(node);
                }
            }
            while (!work.isEmpty()) {
                keptAlive(work.poll(), child -> {
                    if (refs.containsKey(child) && reachable.put(child, Boolean.TRUE) == null) {
                        work.add(child);
                    }
                });
            }
            List<Object> result = new ArrayList<>();
            for (Object node : nodes) {
                if (!reachable.containsKey(node)) {
                    result.add(node);
                }
            }
            return result;
        }
    }

    /** Calls each of {@code gc.callbacks} with the phase and an info dict, as CPython does around a collection. */
    private void invokeCallbacks(String phase, int generation, int collectedCount, int uncollectableCount) {
        if (!hasCallbacks()) {
            return;
        }
        for (Object callback : callbacks.toArray()) {
            PDict info = context.newDict();
            info.setItem("generation", (long) generation);
            info.setItem("collected", (long) collectedCount);
            info.setItem("uncollectable", (long) uncollectableCount);
            try {
                dev.krait.runtime.protocol.PyObjectCall.call(callback, phase, info);
            } catch (PException e) {
                Deallocator.reportUnraisable(context, e, callback);
            }
        }
    }
}
