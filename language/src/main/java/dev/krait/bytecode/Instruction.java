package dev.krait.bytecode;

/** One instruction of the control-flow graph: a real or pseudo opcode, its argument, jump target and location. */
final class Instruction {
    int opcode;
    int oparg;
    BasicBlock target;
    Location location;
    /** The handler active at this instruction (found once the graph is complete), or null. */
    BasicBlock exceptHandler;
    /** Set while laying out: where the instruction starts, in code units. */
    int offset;

    Instruction(int opcode, int oparg, BasicBlock target, Location location) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.target = target;
        this.location = location;
    }

    Instruction copy() {
        Instruction c = new Instruction(opcode, oparg, target, location);
        c.exceptHandler = exceptHandler;
        return c;
    }

    boolean hasTarget() {
        return Opcodes.isJump(opcode) || Opcodes.isBlockPush(opcode);
    }

    void set(int newOpcode, int newOparg) {
        opcode = newOpcode;
        oparg = newOparg;
        if (!hasTarget()) {
            target = null;
        }
    }

    /** Size in code units, including EXTENDED_ARG prefixes and caches. */
    int size() {
        int extended = oparg >= (1 << 24) ? 3 : oparg >= (1 << 16) ? 2 : oparg >= (1 << 8) ? 1 : 0;
        return extended + 1 + Opcodes.caches(opcode);
    }

    @Override
    public String toString() {
        return opcode + "(" + oparg + ")" + (target != null ? "->b" + target.id : "") + "@" + location.line();
    }
}
