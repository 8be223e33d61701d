package dev.krait.bytecode;

import java.util.ArrayList;
import java.util.List;

/** A straight-line run of instructions; control enters at the top and leaves at the bottom (or by its jump). */
final class BasicBlock {
    final int id;
    final List<Instruction> instructions = new ArrayList<>();
    /** The block after this one in layout order (the fall-through successor unless the last instruction is an exit). */
    BasicBlock next;
    int predecessors;
    int startDepth = Integer.MIN_VALUE;
    boolean visited;
    boolean exceptHandler;
    boolean preserveLasti;
    boolean cold;
    int offset;

    BasicBlock(int id) {
        this.id = id;
    }

    Instruction last() {
        return instructions.isEmpty() ? null : instructions.get(instructions.size() - 1);
    }

    /** Whether control can flow from the end of this block into {@link #next}. */
    boolean fallsThrough() {
        Instruction last = last();
        return last == null || !(Opcodes.isUnconditionalJump(last.opcode) || Opcodes.isScopeExit(last.opcode));
    }

    boolean isExit() {
        Instruction last = last();
        return last != null && Opcodes.isScopeExit(last.opcode);
    }

    @Override
    public String toString() {
        return "b" + id + instructions;
    }
}
