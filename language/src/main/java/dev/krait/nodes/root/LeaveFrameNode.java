package dev.krait.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.krait.nodes.memory.DecRefNode;
import dev.krait.nodes.memory.IncRefNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.RefCounts;

/**
 * What ending a call does to memory: the frame's own variables are dropped and what that (and the call's last
 * statement) released is released before the caller goes on; then, at the caller's depth, the parameters are dropped
 * (the caller lent those values: one it did not store is the caller's temporary, released after the call as in
 * CPython). The result, held meanwhile, is handed to the caller as a borrowed value. One {@link DecRefNode} per slot
 * keeps the compiled code to what each slot has held.
 */
public final class LeaveFrameNode extends Node {
    /** The counted slots, the parameters' first. */
    @CompilationFinal(dimensions = 1) private final int[] countedSlots;
    private final int parameterCount;
    @Children private final DecRefNode[] dropSlot;
    @Child private IncRefNode holdResult = IncRefNode.create();
    @Child private DecRefNode handResult = DecRefNode.create();
    private final BranchProfile releaseProfile = BranchProfile.create();

    public LeaveFrameNode(int[] countedSlots, int parameterCount) {
        this.countedSlots = countedSlots;
        this.parameterCount = parameterCount;
        this.dropSlot = new DecRefNode[countedSlots.length];
        for (int i = 0; i < dropSlot.length; i++) {
            dropSlot[i] = DecRefNode.create();
        }
    }

    public int[] countedSlots() {
        return countedSlots;
    }

    @ExplodeLoop
    public void leave(Frame frame, KraitContext context, Object result) {
        if (!RefCounts.isEnabled(this)) {
            context.exitCall();
            return;
        }
        holdResult.execute(result);
        for (int i = parameterCount; i < countedSlots.length; i++) {
            drop(frame, i);
        }
        if (context.hasDroppedObjects()) {
            releaseProfile.enter();
            context.releaseDroppedNow();
        }
        context.exitCall();
        for (int i = 0; i < parameterCount; i++) {
            drop(frame, i);
        }
        handResult.execute(result);
    }

    /** Ends a generator's step that did not finish it: its variables stay (the generator holds them). */
    public void suspend(KraitContext context, Object result) {
        if (!RefCounts.isEnabled(this)) {
            context.exitCall();
            return;
        }
        holdResult.execute(result);
        if (context.hasDroppedObjects()) {
            releaseProfile.enter();
            context.releaseDroppedNow();
        }
        context.exitCall();
        handResult.execute(result);
    }

    private void drop(Frame frame, int index) {
        int slot = countedSlots[index];
        if (frame.isObject(slot)) {
            Object value = frame.getObject(slot);
            if (value != null) {
                frame.setObject(slot, null);
                dropSlot[index].execute(value);
            }
        }
    }
}
