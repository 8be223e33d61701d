package dev.krait.bytecode.interpreter;

/**
 * A code unit's {@code co_exceptiontable}, decoded once: for each protected range of instructions, where its handler
 * starts, the stack depth to unwind to and whether the offset of the raising instruction is pushed ("lasti").
 * Offsets are in code units (two bytes), as CPython keeps them.
 */
public final class ExceptionTable {
    private final int[] starts;
    private final int[] ends;
    private final int[] targets;
    private final int[] depthLasti;

    private ExceptionTable(int[] starts, int[] ends, int[] targets, int[] depthLasti) {
        this.starts = starts;
        this.ends = ends;
        this.targets = targets;
        this.depthLasti = depthLasti;
    }

    public static ExceptionTable decode(byte[] table) {
        int count = 0;
        for (byte b : table) {
            if ((b & 0x80) != 0) {
                count++;
            }
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] targets = new int[count];
        int[] depthLasti = new int[count];
        int[] pos = {0};
        for (int i = 0; i < count; i++) {
            starts[i] = item(table, pos);
            ends[i] = starts[i] + item(table, pos);
            targets[i] = item(table, pos);
            depthLasti[i] = item(table, pos);
        }
        return new ExceptionTable(starts, ends, targets, depthLasti);
    }

    /** One varint of the table; a table cut short (code.replace can make one) reads as zeros past its end. */
    private static int item(byte[] table, int[] pos) {
        int b = next(table, pos);
        int value = b & 63;
        while ((b & 64) != 0) {
            b = next(table, pos);
            value = (value << 6) | (b & 63);
        }
        return value;
    }

    private static int next(byte[] table, int[] pos) {
        int i = pos[0]++;
        return i < table.length ? table[i] & 0xFF : 0;
    }

    /** The entry protecting the instruction at code unit {@code index}, or -1. */
    int find(int index) {
        for (int i = 0; i < starts.length; i++) {
            if (index >= starts[i] && index < ends[i]) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return starts.length;
    }

    public int start(int entry) {
        return starts[entry];
    }

    public int target(int entry) {
        return targets[entry];
    }

    public int depth(int entry) {
        return depthLasti[entry] >> 1;
    }

    public boolean pushesLasti(int entry) {
        return (depthLasti[entry] & 1) != 0;
    }
}
