package dev.krait.runtime;

import static dev.krait.bytecode.Opcodes.CALL;
import static dev.krait.bytecode.Opcodes.COPY;
import static dev.krait.bytecode.Opcodes.END_ASYNC_FOR;
import static dev.krait.bytecode.Opcodes.EXTENDED_ARG;
import static dev.krait.bytecode.Opcodes.FOR_ITER;
import static dev.krait.bytecode.Opcodes.GET_AITER;
import static dev.krait.bytecode.Opcodes.GET_ITER;
import static dev.krait.bytecode.Opcodes.JUMP_BACKWARD;
import static dev.krait.bytecode.Opcodes.JUMP_BACKWARD_NO_INTERRUPT;
import static dev.krait.bytecode.Opcodes.JUMP_FORWARD;
import static dev.krait.bytecode.Opcodes.LOAD_ATTR;
import static dev.krait.bytecode.Opcodes.LOAD_GLOBAL;
import static dev.krait.bytecode.Opcodes.POP_EXCEPT;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_FALSE;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_NONE;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_NOT_NONE;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_TRUE;
import static dev.krait.bytecode.Opcodes.PUSH_EXC_INFO;
import static dev.krait.bytecode.Opcodes.PUSH_NULL;
import static dev.krait.bytecode.Opcodes.RAISE_VARARGS;
import static dev.krait.bytecode.Opcodes.RERAISE;
import static dev.krait.bytecode.Opcodes.RETURN_CONST;
import static dev.krait.bytecode.Opcodes.RETURN_VALUE;
import static dev.krait.bytecode.Opcodes.SEND;
import static dev.krait.bytecode.Opcodes.SWAP;

import java.util.Arrays;

import dev.krait.bytecode.CodeUnit;
import dev.krait.bytecode.LocationTable;
import dev.krait.bytecode.Opcodes;
import dev.krait.runtime.exceptions.Errors;

/**
 * Where a trace function may move a frame by setting {@code f_lineno}, decided as CPython 3.12's frame_setlineno
 * decides it: on the frame's code compiled to CPython's bytecode, the kinds of values the evaluation stack holds at
 * each instruction (a for loop's iterator, an exception being handled, …) are worked out, and the jump must land where
 * the stack is a prefix of the one at the current line. The AST engine then runs on from the statement at the target
 * line (see {@code JumpException}), the bytecode engine at the instruction {@link #jump} finds.
 */
public final class FrameSetLineno {
    private FrameSetLineno() {
    }

    // the kinds of stack entries, three bits each in a long (CPython's encoding)
    private static final int ITERATOR = 1;
    private static final int EXCEPT = 2;
    private static final int OBJECT = 3;
    private static final int NULL = 4;
    private static final int LASTI = 5;
    private static final int BITS = 3;
    private static final int MASK = (1 << BITS) - 1;

    private static final long UNINITIALIZED = -2;
    private static final long OVERFLOWED = -1;
    private static final long EMPTY_STACK = 0;

    private static long push(long stack, int kind) {
        if (stack >= (1L << 60)) {
            return OVERFLOWED;
        }
        return (stack << BITS) | kind;
    }

    private static long pop(long stack) {
        return stack >> BITS;
    }

    private static int top(long stack) {
        return (int) (stack & MASK);
    }

    private static int peek(long stack, int n) {
        return (int) ((stack >> (BITS * (n - 1))) & MASK);
    }

    private static long swap(long stack, int n) {
        int shift = BITS * (n - 1);
        long top = stack & MASK;
        long nth = (stack >> shift) & MASK;
        long cleared = stack & ~(((long) MASK) << shift) & ~((long) MASK);
        return cleared | (top << shift) | nth;
    }

    private static int depth(long stack) {
        int depth = 0;
        while (stack > 0) {
            stack = pop(stack);
            depth++;
        }
        return depth;
    }

    private static long popToLevel(long stack, int level) {
        if (level == 0) {
            return EMPTY_STACK;
        }
        int excess = depth(stack) - level;
        for (int i = 0; i < excess; i++) {
            stack = pop(stack);
        }
        return stack;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) {
            return false;
        }
        if (to == OBJECT) {
            return from != NULL;
        }
        if (to == NULL) {
            return true;
        }
        return from == to;
    }

    private static boolean compatible(long from, long to) {
        if (from < 0 || to < 0) {
            return false;
        }
        while (depth(from) > depth(to)) {
            from = pop(from);
        }
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) {
                return false;
            }
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    private static String explainIncompatible(long to) {
        if (to == OVERFLOWED) {
            return "stack is too deep to analyze";
        }
        if (to == UNINITIALIZED) {
            return "can't jump into an exception handler, or code may be unreachable";
        }
        return switch (top(to)) {
            case EXCEPT -> "can't jump into an 'except' block as there's no exception";
            case LASTI -> "can't jump into a re-raising block as there's no location";
            case ITERATOR -> "can't jump into the body of a for loop";
            default -> "incompatible stacks";
        };
    }

    /**
     * Checks a jump from {@code fromLine} to {@code requested} in {@code unit} (CPython's errors as ValueErrors) and
     * returns the line it lands on: the first line from {@code requested} on that has code.
     */
    public static int check(CodeUnit unit, int fromLine, int requested) {
        return check(unit, fromLine, requested, -1);
    }

    /**
     * {@link #check}, from instruction {@code from} when the frame knows it (the bytecode engine's), else (-1) from
     * the deepest stack among the instructions starting {@code fromLine}.
     */
    public static int check(CodeUnit unit, int fromLine, int requested, int from) {
        if (requested < unit.firstLineno()) {
            throw Errors.valueError("line " + requested + " comes before the current code block");
        }
        int length = unit.code().length / 2;
        int[] lines = markLines(unit, length);
        int target = -1;
        for (int line : lines) {
            if (line >= requested && (target < 0 || line < target)) {
                target = line;
            }
        }
        if (target < 0) {
            throw Errors.valueError("line " + requested + " comes after the current code block");
        }
        long[] stacks = markStacks(unit, length);
        long start = from >= 0 ? startStack(stacks, from, length) : UNINITIALIZED;
        // the line event fired at one of the instructions starting the current line: the deepest stack among them
        // (a loop's header is reached again with its iterator on the stack)
        for (int i = 0; i < length && from < 0; i++) {
            if (lines[i] == fromLine && stacks[i] >= 0 && (start < 0 || stacks[i] > start)) {
                start = stacks[i];
            }
        }
        if (start == UNINITIALIZED) {
            start = EMPTY_STACK;
        }
        String message = "cannot find bytecode for specified line";
        boolean found = false;
        boolean explained = false;
        for (int i = 0; i < length; i++) {
            if (lines[i] != target) {
                continue;
            }
            if (compatible(start, stacks[i])) {
                found = true;
            } else if (!explained && !found) {
                message = explainIncompatible(stacks[i]);
                explained = true;
            }
        }
        if (!found) {
            throw Errors.valueError(message);
        }
        return target;
    }

    /**
     * Where the bytecode engine goes on after a jump {@link #check} allowed from instruction {@code from} to
     * {@code line}: the target's instruction (of those starting the line whose stack fits, the one with the deepest
     * stack, as CPython picks) and the stack depth there.
     */
    public record Jump(int address, int depth) {
    }

    public static Jump jump(CodeUnit unit, int from, int line) {
        int length = unit.code().length / 2;
        int[] lines = markLines(unit, length);
        long[] stacks = markStacks(unit, length);
        long start = startStack(stacks, from, length);
        long best = OVERFLOWED;
        int address = -1;
        for (int i = 0; i < length; i++) {
            if (lines[i] == line && compatible(start, stacks[i]) && stacks[i] > best) {
                best = stacks[i];
                address = i;
            }
        }
        return new Jump(address, depth(best));
    }

    private static long startStack(long[] stacks, int from, int length) {
        return from < length && stacks[from] >= 0 ? stacks[from] : EMPTY_STACK;
    }

    /** For each instruction (code unit), the line it starts, or -1 (CPython's marklines). */
    private static int[] markLines(CodeUnit unit, int length) {
        int[] lines = new int[length];
        Arrays.fill(lines, -1);
        int last = -1;
        for (LocationTable.Range range : LocationTable.decode(unit.linetable(), unit.firstLineno())) {
            if (range.line() != last && range.line() != -1 && range.start() / 2 < length) {
                lines[range.start() / 2] = range.line();
                last = range.line();
            }
        }
        return lines;
    }

    private static int unit(byte[] code, int index) {
        return code[2 * index] & 0xFF;
    }

    private static int argument(byte[] code, int index) {
        return code[2 * index + 1] & 0xFF;
    }

    private static void flow(long[] stacks, int target, long stack) {
        if (target >= 0 && target < stacks.length) {
            stacks[target] = stack;
        }
    }

    /** The kinds of values on the evaluation stack before each instruction (CPython's mark_stacks). */
    private static long[] markStacks(CodeUnit unit, int length) {
        byte[] code = unit.code();
        long[] stacks = new long[length + 1];
        Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = EMPTY_STACK;
        if ((unit.flags() & (CodeUnit.CO_GENERATOR | CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR)) != 0) {
            stacks[0] = push(stacks[0], OBJECT); // a generator is sent None as it starts
        }
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < length;) {
                long next = stacks[i];
                int opcode = unit(code, i);
                int oparg = 0;
                while (opcode == EXTENDED_ARG && i + 1 < length) {
                    oparg = (oparg << 8) | argument(code, i);
                    i++;
                    opcode = unit(code, i);
                    stacks[i] = next;
                }
                int nextI = i + Opcodes.caches(opcode) + 1;
                if (next == UNINITIALIZED) {
                    i = nextI;
                    continue;
                }
                oparg = (oparg << 8) | argument(code, i);
                switch (opcode) {
                    case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                        next = pop(next);
                        flow(stacks, nextI + oparg, next);
                        flow(stacks, nextI, next);
                    }
                    case SEND -> {
                        flow(stacks, nextI + oparg, next);
                        flow(stacks, nextI, next);
                    }
                    case JUMP_FORWARD -> flow(stacks, nextI + oparg, next);
                    case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> {
                        int j = nextI - oparg;
                        if (j >= 0 && stacks[j] == UNINITIALIZED && j < i) {
                            todo = true;
                        }
                        flow(stacks, j, next);
                    }
                    case GET_ITER, GET_AITER -> flow(stacks, nextI, push(pop(next), ITERATOR));
                    case FOR_ITER -> {
                        long body = push(next, OBJECT);
                        flow(stacks, nextI, body);
                        flow(stacks, nextI + oparg, body);
                    }
                    case END_ASYNC_FOR -> flow(stacks, nextI, pop(pop(pop(next))));
                    case PUSH_EXC_INFO -> flow(stacks, nextI, push(next, EXCEPT));
                    case POP_EXCEPT -> flow(stacks, nextI, pop(next));
                    case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> {
                    }
                    case PUSH_NULL -> flow(stacks, nextI, push(next, NULL));
                    case LOAD_GLOBAL -> {
                        if ((oparg & 1) != 0) {
                            next = push(next, NULL);
                        }
                        flow(stacks, nextI, push(next, OBJECT));
                    }
                    case LOAD_ATTR -> {
                        if ((oparg & 1) != 0) {
                            next = push(push(pop(next), NULL), OBJECT);
                        }
                        flow(stacks, nextI, next);
                    }
                    case CALL -> {
                        for (int j = 0; j < oparg + 2; j++) {
                            next = pop(next);
                        }
                        flow(stacks, nextI, push(next, OBJECT));
                    }
                    case SWAP -> flow(stacks, nextI, swap(next, oparg));
                    case COPY -> flow(stacks, nextI, push(next, peek(next, oparg)));
                    default -> {
                        int delta = Math.max(Opcodes.stackEffect(opcode, oparg, false), Opcodes.stackEffect(opcode, oparg, true));
                        while (delta < 0) {
                            next = pop(next);
                            delta++;
                        }
                        while (delta > 0) {
                            next = push(next, OBJECT);
                            delta--;
                        }
                        flow(stacks, nextI, next);
                    }
                }
                i = nextI;
            }
            // the handlers: reached with the stack popped to their level, the last instruction's offset, the exception
            dev.krait.bytecode.interpreter.ExceptionTable table = dev.krait.bytecode.interpreter.ExceptionTable.decode(unit.exceptiontable());
            for (int entry = 0; entry < table.size(); entry++) {
                int startOffset = table.start(entry);
                int handler = table.target(entry);
                if (startOffset < length && handler < length && stacks[startOffset] != UNINITIALIZED && stacks[handler] == UNINITIALIZED) {
                    todo = true;
                    long target = popToLevel(stacks[startOffset], table.depth(entry));
                    if (table.pushesLasti(entry)) {
                        target = push(target, LASTI);
                    }
                    stacks[handler] = push(target, EXCEPT);
                }
            }
        }
        return stacks;
    }
}
