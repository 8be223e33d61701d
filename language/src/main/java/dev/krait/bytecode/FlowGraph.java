package dev.krait.bytecode;

import static dev.krait.bytecode.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.ast.ConstantValue;

/**
 * The control-flow graph of one code unit and the passes CPython 3.12 runs over it before assembly, in its order:
 * exception handlers labelled, peephole optimizations and jump threading, unreachable code removed, unused
 * constants dropped, LOAD_FAST_CHECK where a local may be unbound, handlers moved to the end, jumps given a
 * direction, line numbers propagated; then the stack depth, and {@link Assembler} lays out the bytes.
 */
final class FlowGraph {
    private static final int MAX_COPY_SIZE = 4;

    private BasicBlock entry;
    private final List<BasicBlock> allBlocks;
    private final List<Object> consts;
    private final int nlocals;
    private final int nparams;

    FlowGraph(List<BasicBlock> blocks, BasicBlock entry, List<Object> consts, int nlocals, int nparams) {
        this.allBlocks = blocks;
        this.entry = entry;
        this.consts = consts;
        this.nlocals = nlocals;
        this.nparams = nparams;
    }

    private BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(allBlocks.size());
        allBlocks.add(b);
        return b;
    }

    CodeUnit assemble(String name, String qualname, String filename, int firstLineno, int argcount, int posonly, int kwonly, int flags,
                    List<String> names, List<String> varnames, List<String> cellvars, List<String> freevars, boolean generator) {
        fixDerefOffsets(varnames.size());
        eliminateEmptyBlocks();
        markExceptHandlers();
        labelExceptionTargets();
        optimize();
        List<Object> usedConsts = removeUnusedConsts();
        addChecksForUninitializedLocals();
        pushColdBlocksToEnd();
        resolveLineNumbers(firstLineno);
        normalizeJumps();
        int stacksize = stackDepth();
        insertPrefix(firstLineno, generator, varnames, cellvars, freevars);
        convertPseudoOps();
        return Assembler.assemble(entry, name, qualname, filename, firstLineno, argcount, posonly, kwonly, flags, stacksize, usedConsts,
                        names, varnames, cellvars, freevars);
    }

    // ------------------------------------------------------------------------------------------- set-up

    private static boolean isDeref(int op) {
        return op == LOAD_DEREF || op == STORE_DEREF || op == DELETE_DEREF || op == LOAD_CLOSURE || op == MAKE_CELL ||
                        op == LOAD_FROM_DICT_OR_DEREF;
    }

    /** Cells and free variables come after the local variables, whose final count is known only now. */
    private void fixDerefOffsets(int localCount) {
        for (BasicBlock b : allBlocks) {
            for (Instruction i : b.instructions) {
                if (isDeref(i.opcode) && i.oparg >= CodeGenerator.DEREF_BASE) {
                    i.oparg = i.oparg - CodeGenerator.DEREF_BASE + localCount;
                }
            }
        }
    }

    private static BasicBlock nextNonEmpty(BasicBlock b) {
        while (b != null && b.instructions.isEmpty()) {
            b = b.next;
        }
        return b;
    }

    private void eliminateEmptyBlocks() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.next = nextNonEmpty(b.next);
        }
        entry = nextNonEmpty(entry);
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instruction i : b.instructions) {
                if (i.target != null) {
                    i.target = nextNonEmpty(i.target);
                }
            }
        }
    }

    private void markExceptHandlers() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instruction i : b.instructions) {
                if (Opcodes.isBlockPush(i.opcode)) {
                    i.target.exceptHandler = true;
                }
            }
        }
    }

    /** Gives each instruction the handler in force where it runs, following the SETUP_x/POP_BLOCK nesting. */
    private void labelExceptionTargets() {
        Map<BasicBlock, Deque<Instruction>> stacks = new IdentityHashMap<>();
        Deque<BasicBlock> todo = new ArrayDeque<>();
        stacks.put(entry, new ArrayDeque<>());
        todo.push(entry);
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        entry.visited = true;
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            Deque<Instruction> stack = new ArrayDeque<>(stacks.get(b));
            BasicBlock handler = stack.isEmpty() ? null : stack.peek().target;
            for (Instruction i : b.instructions) {
                if (Opcodes.isBlockPush(i.opcode)) {
                    if (!i.target.visited) {
                        i.target.visited = true;
                        stacks.put(i.target, new ArrayDeque<>(stack));
                        todo.push(i.target);
                    }
                    stack.push(i);
                    if (i.opcode == SETUP_CLEANUP || i.opcode == SETUP_WITH) {
                        i.target.preserveLasti = true;
                    }
                    handler = i.target;
                } else if (i.opcode == POP_BLOCK) {
                    stack.pop();
                    handler = stack.isEmpty() ? null : stack.peek().target;
                } else if (Opcodes.isJump(i.opcode)) {
                    i.exceptHandler = handler;
                    if (!i.target.visited) {
                        i.target.visited = true;
                        stacks.put(i.target, new ArrayDeque<>(stack));
                        todo.push(i.target);
                    }
                } else {
                    if (i.opcode == YIELD_VALUE) {
                        i.oparg = stack.size();
                    }
                    i.exceptHandler = handler;
                }
            }
            if (b.fallsThrough() && b.next != null && !b.next.visited) {
                b.next.visited = true;
                stacks.put(b.next, new ArrayDeque<>(stack));
                todo.push(b.next);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- optimization

    private void optimize() {
        eliminateEmptyBlocks();
        for (BasicBlock b = entry; b != null; b = b.next) {
            inlineSmallExitBlock(b);
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            optimizeBlock(b);
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            removeRedundantNops(b);
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            inlineSmallExitBlock(b);
        }
        removeUnreachable();
        for (int n = 0; n < 2; n++) {
            for (BasicBlock b = entry; b != null; b = b.next) {
                removeRedundantNops(b);
            }
            removeRedundantJumps();
        }
        eliminateEmptyBlocks();
    }

    /** A jump to a short block that leaves the code is replaced by a copy of that block. */
    private static void inlineSmallExitBlock(BasicBlock b) {
        Instruction last = b.last();
        if (last == null || !Opcodes.isUnconditionalJump(last.opcode)) {
            return;
        }
        BasicBlock target = last.target;
        if (target.isExit() && target.instructions.size() <= MAX_COPY_SIZE) {
            last.set(NOP, 0);
            for (Instruction i : target.instructions) {
                b.instructions.add(i.copy());
            }
        }
    }

    private Object constAt(int index) {
        return consts.get(index);
    }

    private int addConst(Object value) {
        Object key = Constants.key(value);
        for (int i = 0; i < consts.size(); i++) {
            if (Constants.key(consts.get(i)).equals(key)) {
                return i;
            }
        }
        consts.add(value);
        return consts.size() - 1;
    }

    private void optimizeBlock(BasicBlock b) {
        List<Instruction> ins = b.instructions;
        for (int i = 0; i < ins.size(); i++) {
            Instruction inst = ins.get(i);
            int nextop = i + 1 < ins.size() ? ins.get(i + 1).opcode : 0;
            Instruction target = inst.target != null && !inst.target.instructions.isEmpty() ? inst.target.instructions.get(0) : null;
            int targetOp = target == null ? NOP : target.opcode;
            switch (inst.opcode) {
                case LOAD_CONST -> {
                    Object c = constAt(inst.oparg);
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean isTrue = Constants.isTrue(c);
                            inst.set(NOP, 0);
                            Instruction jump = ins.get(i + 1);
                            boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue) {
                                jump.opcode = JUMP;
                            } else {
                                jump.set(NOP, 0);
                            }
                        }
                        case IS_OP -> {
                            if (c != ConstantValue.NONE || ins.size() <= i + 2) {
                                break;
                            }
                            Instruction isInstr = ins.get(i + 1);
                            Instruction jump = ins.get(i + 2);
                            boolean invert = isInstr.oparg != 0;
                            if (jump.opcode == POP_JUMP_IF_FALSE) {
                                invert = !invert;
                            } else if (jump.opcode != POP_JUMP_IF_TRUE) {
                                break;
                            }
                            inst.set(NOP, 0);
                            isInstr.set(NOP, 0);
                            jump.opcode = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                        }
                        case RETURN_VALUE -> {
                            int index = inst.oparg;
                            inst.set(NOP, 0);
                            ins.get(++i).set(RETURN_CONST, index);
                        }
                        case COPY -> {
                            // "c or y" / "c and y" with a constant c: the jump's direction is known
                            Instruction copy = ins.get(i + 1);
                            if (copy.oparg != 1 || i + 3 != ins.size()) {
                                break;
                            }
                            Instruction jump = ins.get(i + 2);
                            if (jump.opcode != POP_JUMP_IF_FALSE && jump.opcode != POP_JUMP_IF_TRUE) {
                                break;
                            }
                            boolean taken = Constants.isTrue(c) == (jump.opcode == POP_JUMP_IF_TRUE);
                            BasicBlock next = nextNonEmpty(b.next);
                            if (taken) {
                                copy.set(NOP, 0);
                                jump.opcode = JUMP;
                            } else if (next != null && next.instructions.get(0).opcode == POP_TOP) {
                                inst.set(NOP, 0);
                                copy.set(NOP, 0);
                                jump.set(NOP, 0);
                                next.instructions.get(0).set(NOP, 0);
                            }
                        }
                        default -> {
                        }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && inst.oparg == ins.get(i + 1).oparg) {
                        if (inst.oparg == 1) {
                            inst.set(NOP, 0);
                            ins.get(i + 1).set(NOP, 0);
                            continue;
                        }
                        if (inst.oparg == 2 || inst.oparg == 3) {
                            inst.set(NOP, 0);
                            ins.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= inst.oparg) {
                        foldTupleOfConstants(ins, i);
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (targetOp == JUMP && jumpThread(inst, target, inst.opcode)) {
                        i--;
                    }
                }
                case SWAP -> {
                    if (inst.oparg == 1) {
                        inst.set(NOP, 0);
                        break;
                    }
                    i = swaptimize(ins, i);
                    applyStaticSwaps(ins, i);
                }
                case PUSH_NULL -> {
                    if (nextop == LOAD_GLOBAL && (ins.get(i + 1).oparg & 1) == 0) {
                        inst.set(NOP, 0);
                        ins.get(i + 1).oparg |= 1;
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean jumpThread(Instruction inst, Instruction target, int opcode) {
        if ((inst.location.line() == target.location.line() || target.location.line() == -1) && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    /** BUILD_TUPLE of n LOAD_CONSTs becomes one LOAD_CONST of the tuple. */
    private void foldTupleOfConstants(List<Instruction> ins, int at) {
        int n = ins.get(at).oparg;
        List<Object> items = new ArrayList<>();
        for (int k = at - n; k < at; k++) {
            if (ins.get(k).opcode != LOAD_CONST) {
                return;
            }
            items.add(constAt(ins.get(k).oparg));
        }
        for (int k = at - n; k < at; k++) {
            ins.get(k).set(NOP, 0);
        }
        ins.get(at).set(LOAD_CONST, addConst(new Constants.Tuple(items)));
    }

    /** A run of SWAPs is rewritten as the shortest run giving the same permutation (CPython's swaptimize). */
    private static int swaptimize(List<Instruction> ins, int i) {
        int len = 0;
        int more = 0;
        int depth = 0;
        for (int k = i; k < ins.size(); k++) {
            Instruction x = ins.get(k);
            if (x.opcode == SWAP) {
                depth = Math.max(depth, x.oparg);
                more++;
            } else if (x.opcode != NOP) {
                break;
            }
            len++;
        }
        if (more < 2) {
            return i;
        }
        int[] stack = new int[depth];
        for (int k = 0; k < depth; k++) {
            stack[k] = k;
        }
        for (int k = i; k < i + len; k++) {
            Instruction x = ins.get(k);
            if (x.opcode == SWAP) {
                int oparg = x.oparg;
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        }
        // the cycles of the permutation, each written as SWAPs from its deepest element
        List<Integer> swaps = new ArrayList<>();
        int limit = i + len;
        int current = len - 1;
        for (int k = 0; k < depth; k++) {
            if (stack[k] == -1 || stack[k] == k) {
                continue;
            }
            int j = k;
            while (true) {
                if (j != 0) {
                    swaps.add(j + 1);
                }
                if (stack[j] == -1) {
                    break;
                }
                int next = stack[j];
                stack[j] = -1;
                j = next;
            }
        }
        // write the new SWAPs at the end of the run, NOPs before them
        int start = limit - swaps.size();
        for (int k = i; k < limit; k++) {
            Instruction x = ins.get(k);
            if (k < start) {
                x.set(NOP, 0);
            } else {
                x.set(SWAP, swaps.get(swaps.size() - 1 - (k - start)));
            }
        }
        return limit - 1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == STORE_FAST_MAYBE_NULL || op == POP_TOP;
    }

    private static int storesTo(Instruction i) {
        return i.opcode == STORE_FAST || i.opcode == STORE_FAST_MAYBE_NULL ? i.oparg : -1;
    }

    private static int nextSwappable(List<Instruction> ins, int i, int lineno) {
        while (++i < ins.size()) {
            Instruction x = ins.get(i);
            if (lineno >= 0 && x.location.line() != lineno) {
                return -1;
            }
            if (x.opcode == NOP) {
                continue;
            }
            if (swappable(x.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** SWAP followed by stores is done by exchanging the stores instead (CPython's apply_static_swaps). */
    private static void applyStaticSwaps(List<Instruction> ins, int i) {
        for (; i >= 0; i--) {
            Instruction swap = ins.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(ins, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = ins.get(j).location.line();
            for (int count = swap.oparg - 1; count > 0; count--) {
                k = nextSwappable(ins, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(ins.get(j));
            int storeK = storesTo(ins.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(ins.get(idx));
                    if (s >= 0 && (s == storeJ || s == storeK)) {
                        return;
                    }
                }
            }
            swap.set(NOP, 0);
            Instruction t = ins.get(j);
            ins.set(j, ins.get(k));
            ins.set(k, t);
        }
    }

    private static void removeRedundantNops(BasicBlock b) {
        List<Instruction> ins = b.instructions;
        List<Instruction> kept = new ArrayList<>();
        int prevLineno = -1;
        for (int src = 0; src < ins.size(); src++) {
            Instruction instr = ins.get(src);
            int lineno = instr.location.line();
            if (instr.opcode == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < ins.size() - 1) {
                    int nextLineno = ins.get(src + 1).location.line();
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        ins.get(src + 1).location = instr.location;
                        continue;
                    }
                } else {
                    BasicBlock next = nextNonEmpty(b.next);
                    if (next != null && lineno == next.instructions.get(0).location.line()) {
                        continue;
                    }
                }
            }
            kept.add(instr);
            prevLineno = lineno;
        }
        ins.clear();
        ins.addAll(kept);
    }

    private void removeRedundantJumps() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instruction last = b.last();
            if (last != null && Opcodes.isUnconditionalJump(last.opcode)) {
                if (nextNonEmpty(last.target) == nextNonEmpty(b.next)) {
                    last.set(NOP, 0);
                }
            }
        }
    }

    private void removeUnreachable() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        entry.visited = true;
        stack.push(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            for (Instruction i : b.instructions) {
                if (i.target != null && (Opcodes.isJump(i.opcode) || Opcodes.isBlockPush(i.opcode))) {
                    if (!i.target.visited) {
                        i.target.visited = true;
                        stack.push(i.target);
                    }
                    i.target.predecessors++;
                }
            }
            if (b.next != null && b.fallsThrough()) {
                if (!b.next.visited) {
                    b.next.visited = true;
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instructions.clear();
                b.exceptHandler = false;
            }
        }
    }

    /** Constants no instruction uses are dropped, except the first (a function's docstring or None). */
    private List<Object> removeUnusedConsts() {
        int n = consts.size();
        if (n == 0) {
            return List.of();
        }
        boolean[] used = new boolean[n];
        used[0] = true;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instruction i : b.instructions) {
                if (i.opcode == LOAD_CONST || i.opcode == RETURN_CONST || i.opcode == KW_NAMES) {
                    used[i.oparg] = true;
                }
            }
        }
        int[] map = new int[n];
        List<Object> result = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (used[k]) {
                map[k] = result.size();
                result.add(consts.get(k));
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instruction i : b.instructions) {
                if (i.opcode == LOAD_CONST || i.opcode == RETURN_CONST || i.opcode == KW_NAMES) {
                    i.oparg = map[i.oparg];
                }
            }
        }
        return result;
    }

    /** LOAD_FAST of a local that may be unbound on some path becomes LOAD_FAST_CHECK. */
    private void addChecksForUninitializedLocals() {
        if (nlocals == 0) {
            return;
        }
        Map<BasicBlock, BitSet> inMasks = new HashMap<>();
        BitSet start = new BitSet();
        for (int i = nparams; i < nlocals; i++) {
            start.set(i);
        }
        Deque<BasicBlock> todo = new ArrayDeque<>();
        inMasks.put(entry, start);
        todo.push(entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            BitSet unsafe = (BitSet) inMasks.get(b).clone();
            for (Instruction i : b.instructions) {
                if (i.exceptHandler != null) {
                    push(inMasks, todo, i.exceptHandler, unsafe);
                }
                switch (i.opcode) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR -> unsafe.set(i.oparg);
                    // a restored comprehension variable may still be unbound
                    case STORE_FAST -> unsafe.clear(i.oparg);
                    case LOAD_FAST -> {
                        if (unsafe.get(i.oparg)) {
                            i.opcode = LOAD_FAST_CHECK;
                        }
                        unsafe.clear(i.oparg);
                    }
                    case LOAD_FAST_CHECK -> unsafe.clear(i.oparg);
                    default -> {
                    }
                }
                if (i.target != null && (Opcodes.isJump(i.opcode) || Opcodes.isBlockPush(i.opcode))) {
                    push(inMasks, todo, i.target, unsafe);
                }
            }
            if (b.next != null && b.fallsThrough()) {
                push(inMasks, todo, b.next, unsafe);
            }
        }
    }

    private static void push(Map<BasicBlock, BitSet> masks, Deque<BasicBlock> todo, BasicBlock b, BitSet unsafe) {
        BitSet old = masks.get(b);
        if (old == null) {
            masks.put(b, (BitSet) unsafe.clone());
            todo.push(b);
            return;
        }
        BitSet merged = (BitSet) old.clone();
        merged.or(unsafe);
        if (!merged.equals(old)) {
            masks.put(b, merged);
            todo.push(b);
        }
    }

    // ------------------------------------------------------------------------------------------- layout

    /** Exception handlers and what only they reach move after the normal code. */
    private void pushColdBlocksToEnd() {
        if (entry.next == null) {
            return;
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
            b.cold = false;
        }
        // warm: reachable without passing through a handler
        Deque<BasicBlock> stack = new ArrayDeque<>();
        java.util.Set<BasicBlock> warm = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        warm.add(entry);
        stack.push(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (b.next != null && b.fallsThrough() && !b.next.exceptHandler && warm.add(b.next)) {
                stack.push(b.next);
            }
            for (Instruction i : b.instructions) {
                if (Opcodes.isJump(i.opcode) && !i.target.exceptHandler && warm.add(i.target)) {
                    stack.push(i.target);
                }
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.exceptHandler && !warm.contains(b)) {
                markCold(b, warm);
            }
        }
        // a cold block that falls into a warm one gets an explicit jump there
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.cold && b.fallsThrough() && b.next != null && !b.next.cold) {
                BasicBlock jump = newBlock();
                jump.cold = true;
                jump.instructions.add(new Instruction(JUMP, 0, b.next, Location.NONE));
                jump.next = b.next;
                b.next = jump;
                b = jump;
            }
        }
        List<BasicBlock> warmOrder = new ArrayList<>();
        List<BasicBlock> coldOrder = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            (b.cold ? coldOrder : warmOrder).add(b);
        }
        warmOrder.addAll(coldOrder);
        for (int k = 0; k < warmOrder.size(); k++) {
            warmOrder.get(k).next = k + 1 < warmOrder.size() ? warmOrder.get(k + 1) : null;
        }
        entry = warmOrder.get(0);
        if (!coldOrder.isEmpty()) {
            removeRedundantJumps();
        }
    }

    private static void markCold(BasicBlock handler, java.util.Set<BasicBlock> warm) {
        Deque<BasicBlock> stack = new ArrayDeque<>();
        handler.cold = true;
        stack.push(handler);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (b.next != null && b.fallsThrough() && !warm.contains(b.next) && !b.next.cold) {
                b.next.cold = true;
                stack.push(b.next);
            }
            for (Instruction i : b.instructions) {
                if (Opcodes.isJump(i.opcode) && !warm.contains(i.target) && !i.target.cold) {
                    i.target.cold = true;
                    stack.push(i.target);
                }
            }
        }
    }

    private static boolean isExitWithoutLineno(BasicBlock b) {
        if (!b.isExit()) {
            return false;
        }
        for (Instruction i : b.instructions) {
            if (i.location.line() >= 0) {
                return false;
            }
        }
        return true;
    }

    private void resolveLineNumbers(int firstLineno) {
        // exits without a line number that several jumps reach get one copy per jump, with the jump's line
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instruction last = b.last();
            if (last != null && Opcodes.isJump(last.opcode)) {
                BasicBlock target = nextNonEmpty(last.target);
                if (target != null && isExitWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock copy = newBlock();
                    for (Instruction i : target.instructions) {
                        copy.instructions.add(i.copy());
                    }
                    copy.instructions.get(0).location = last.location;
                    copy.cold = target.cold;
                    last.target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    target.next = copy;
                }
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.fallsThrough() && b.next != null && !b.instructions.isEmpty()) {
                BasicBlock next = b.next;
                if (!next.instructions.isEmpty() && isExitWithoutLineno(next)) {
                    next.instructions.get(0).location = b.last().location;
                }
            }
        }
        // propagate
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instruction last = b.last();
            if (last == null) {
                continue;
            }
            Location prev = Location.NONE;
            for (Instruction i : b.instructions) {
                if (i.location.line() < 0) {
                    i.location = prev;
                } else {
                    prev = i.location;
                }
            }
            if (b.fallsThrough() && b.next != null && b.next.predecessors == 1 && !b.next.instructions.isEmpty()) {
                Instruction first = b.next.instructions.get(0);
                if (first.location.line() < 0) {
                    first.location = prev;
                }
            }
            if (Opcodes.isJump(last.opcode)) {
                BasicBlock target = last.target;
                if (target.predecessors == 1 && !target.instructions.isEmpty() && target.instructions.get(0).location.line() < 0) {
                    target.instructions.get(0).location = prev;
                }
            }
        }
        // every return gets a line
        int lineno = firstLineno;
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instruction last = b.last();
            if (last == null) {
                continue;
            }
            if (last.location.line() < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (Instruction i : b.instructions) {
                        i.location = new Location(lineno, i.location.endLine(), i.location.col(), i.location.endCol());
                    }
                }
            } else {
                lineno = last.location.line();
            }
        }
    }

    /** JUMP becomes JUMP_FORWARD or JUMP_BACKWARD; a backward conditional jump becomes a forward one over a JUMP_BACKWARD. */
    private void normalizeJumps() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = true;
            Instruction last = b.last();
            if (last == null || !Opcodes.isJump(last.opcode)) {
                continue;
            }
            boolean forward = !last.target.visited;
            if (last.opcode == JUMP) {
                last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
            } else if (last.opcode == JUMP_NO_INTERRUPT) {
                last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
            }
            if (forward) {
                continue;
            }
            int reversed = switch (last.opcode) {
                case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
                case POP_JUMP_IF_TRUE -> POP_JUMP_IF_FALSE;
                case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
                default -> -1;
            };
            if (reversed < 0) {
                continue;
            }
            BasicBlock backwards = newBlock();
            backwards.instructions.add(new Instruction(JUMP, 0, last.target, last.location));
            last.opcode = reversed;
            last.target = b.next;
            backwards.cold = b.cold;
            backwards.next = b.next;
            b.next = backwards;
        }
    }

    /** COPY_FREE_VARS, MAKE_CELL for each cell, and RETURN_GENERATOR with POP_TOP for generators, before RESUME. */
    private void insertPrefix(int firstLineno, boolean generator, List<String> varnames, List<String> cellvars, List<String> freevars) {
        List<Instruction> prefix = new ArrayList<>();
        if (!freevars.isEmpty()) {
            prefix.add(new Instruction(COPY_FREE_VARS, freevars.size(), null, Location.NONE));
        }
        List<Integer> cellIndexes = new ArrayList<>();
        int extra = 0;
        for (String cell : cellvars) {
            int index = varnames.indexOf(cell);
            if (index < 0) {
                index = varnames.size() + extra++;
            }
            cellIndexes.add(index);
        }
        cellIndexes.sort(null);
        for (int index : cellIndexes) {
            prefix.add(new Instruction(MAKE_CELL, index, null, Location.NONE));
        }
        if (generator) {
            prefix.add(new Instruction(RETURN_GENERATOR, 0, null, new Location(firstLineno, firstLineno, -1, -1)));
            prefix.add(new Instruction(POP_TOP, 0, null, Location.NONE));
        }
        entry.instructions.addAll(0, prefix);
    }

    private int stackDepth() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        int[] max = {0};
        pushDepth(stack, entry, 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instruction i : b.instructions) {
                int effect = Opcodes.stackEffect(i.opcode, i.oparg, false);
                int newDepth = depth + effect;
                max[0] = Math.max(max[0], newDepth);
                if (i.target != null && (Opcodes.isJump(i.opcode) || Opcodes.isBlockPush(i.opcode))) {
                    int targetDepth = depth + Opcodes.stackEffect(i.opcode, i.oparg, true);
                    max[0] = Math.max(max[0], targetDepth);
                    pushDepth(stack, i.target, targetDepth);
                }
                depth = newDepth;
                if (Opcodes.isUnconditionalJump(i.opcode) || Opcodes.isScopeExit(i.opcode)) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                pushDepth(stack, next, depth);
            }
        }
        return max[0];
    }

    private static void pushDepth(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    private void convertPseudoOps() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instruction i : b.instructions) {
                if (Opcodes.isBlockPush(i.opcode) || i.opcode == POP_BLOCK) {
                    i.opcode = NOP;
                    i.target = null;
                } else if (i.opcode == STORE_FAST_MAYBE_NULL) {
                    i.opcode = STORE_FAST;
                }
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            removeRedundantNops(b);
        }
    }
}
