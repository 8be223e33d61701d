package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.memory.Temporaries;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code a, b = value} and {@code first, *rest = value}: unpacks an iterable into several targets. */
public final class UnpackTargetNode extends TargetNode {
    @Children private final TargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;
    private final BranchProfile temporaryProfile = BranchProfile.create();

    public UnpackTargetNode(TargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void assign(VirtualFrame frame, Object value) {
        Object[] items = items(value);
        if (starIndex < 0) {
            if (items.length != targets.length) {
                throw wrongCount(items.length);
            }
            boolean fromIterator = !(value instanceof PTuple) && !(value instanceof PList);
            for (int i = 0; i < targets.length; i++) {
                targets[i].assign(frame, items[i]);
                if (fromIterator) {
                    // an item nothing kept dies when its target is done with it, as CPython's stack slot is dropped
                    Temporaries.consumed(this, items[i], null, temporaryProfile);
                }
            }
            return;
        }
        int after = targets.length - starIndex - 1;
        if (items.length < targets.length - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (targets.length - 1) + ", got " +
                            items.length + ")");
        }
        for (int i = 0; i < targets.length; i++) {
            if (i < starIndex) {
                targets[i].assign(frame, items[i]);
            } else if (i == starIndex) {
                targets[i].assign(frame, starred(items, starIndex, items.length - after));
            } else {
                targets[i].assign(frame, items[items.length - (targets.length - i)]);
            }
        }
    }

    @TruffleBoundary
    private static Object starred(Object[] items, int from, int to) {
        return KraitContext.get(null).newList(java.util.Arrays.copyOfRange(items, from, to));
    }

    private Object[] items(Object value) {
        return items(value, targets.length, starIndex);
    }

    /**
     * The values an unpacking of {@code value} into {@code targetCount} targets (one of them starred at
     * {@code starIndex}, or -1) assigns, before the count is checked; the bytecode engine's UNPACK_SEQUENCE and
     * UNPACK_EX use it too.
     */
    public static Object[] items(Object value, int targetCount, int starIndex) {
        if (value instanceof PTuple tuple && BuiltinArithmetic.isExact(tuple)) {
            return tuple.items();
        }
        if (value instanceof PList list && BuiltinArithmetic.isExact(list)) {
            return list.toArray();
        }
        return collect(value, targetCount, starIndex);
    }

    @TruffleBoundary
    private static Object[] collect(Object value, int targetCount, int starIndex) {
        Object iterator;
        try {
            iterator = PyIter.getIter(value);
        } catch (dev.krait.runtime.exceptions.PException e) {
            throw Errors.typeError("cannot unpack non-iterable " + PyObjectType.typeName(value) + " object");
        }
        if (starIndex >= 0) {
            // CPython takes the targets before the star one by one, then the rest as list(iterator) makes it
            Object[] before = new Object[starIndex];
            for (int i = 0; i < starIndex; i++) {
                before[i] = PyIter.next(iterator);
                if (before[i] == null) {
                    throw Errors.valueError("not enough values to unpack (expected at least " + (targetCount - 1) + ", got " + i + ")");
                }
            }
            Object[] rest = PyIter.toArray(iterator);
            PyIter.dropIterator(value, iterator);
            Object[] items = java.util.Arrays.copyOf(before, starIndex + rest.length);
            System.arraycopy(rest, 0, items, starIndex, rest.length);
            return items;
        }
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        Object item;
        while ((item = PyIter.next(iterator)) != null) {
            items.add(item);
            if (items.size() > targetCount) {
                throw Errors.valueError("too many values to unpack (expected " + targetCount + ")");
            }
        }
        // the iterator is dropped before the first target is assigned
        PyIter.dropIterator(value, iterator);
        return items.toArray();
    }

    private RuntimeException wrongCount(int got) {
        return wrongCount(targets.length, got);
    }

    /** The ValueError of an unpacking into {@code targetCount} targets that got {@code got} values. */
    @TruffleBoundary
    public static RuntimeException wrongCount(int targetCount, int got) {
        if (got > targetCount) {
            return Errors.valueError("too many values to unpack (expected " + targetCount + ")");
        }
        return Errors.valueError("not enough values to unpack (expected " + targetCount + ", got " + got + ")");
    }

    @Override
    @ExplodeLoop
    public void delete(VirtualFrame frame) {
        for (TargetNode target : targets) {
            target.delete(frame);
        }
    }
}
