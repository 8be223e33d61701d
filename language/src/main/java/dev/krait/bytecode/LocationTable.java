package dev.krait.bytecode;

import java.util.ArrayList;
import java.util.List;

/** Reads a {@code co_linetable} back into address ranges: what {@code co_lines()} and {@code co_positions()} report. */
public final class LocationTable {
    private LocationTable() {
    }

    /**
     * One entry: bytes {@code start} to {@code end} of co_code, its span (-1 where unknown; {@code line} is -1 for
     * an entry without location), and the running line number the entry leaves ({@code computedLine}).
     */
    public record Range(int start, int end, int line, int endLine, int col, int endCol, int computedLine) {
    }

    public static List<Range> decode(byte[] table, int firstLineno) {
        List<Range> ranges = new ArrayList<>();
        int[] pos = {0};
        int line = firstLineno;
        int offset = 0;
        while (pos[0] < table.length) {
            int first = table[pos[0]++] & 0xFF;
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int start = offset;
            offset += length * 2;
            switch (code) {
                case 15 -> ranges.add(new Range(start, offset, -1, -1, -1, -1, line));
                case 14 -> {
                    line += signedVarint(table, pos);
                    int endLine = line + varint(table, pos);
                    int col = varint(table, pos) - 1;
                    int endCol = varint(table, pos) - 1;
                    ranges.add(new Range(start, offset, line, endLine, col, endCol, line));
                }
                case 13 -> {
                    line += signedVarint(table, pos);
                    ranges.add(new Range(start, offset, line, line, -1, -1, line));
                }
                case 10, 11, 12 -> {
                    line += code - 10;
                    int col = next(table, pos);
                    int endCol = next(table, pos);
                    ranges.add(new Range(start, offset, line, line, col, endCol, line));
                }
                default -> {
                    int second = next(table, pos);
                    int col = code * 8 + ((second >> 4) & 7);
                    ranges.add(new Range(start, offset, line, line, col, col + (second & 15), line));
                }
            }
        }
        return ranges;
    }

    private static int varint(byte[] table, int[] pos) {
        int b = next(table, pos);
        int value = b & 63;
        int shift = 0;
        while ((b & 64) != 0) {
            b = next(table, pos);
            shift += 6;
            value |= (b & 63) << shift;
        }
        return value;
    }

    /** The next byte of the table; a table cut short (code.replace can make one) reads as zeros past its end. */
    private static int next(byte[] table, int[] pos) {
        int i = pos[0]++;
        return i < table.length ? table[i] & 0xFF : 0;
    }

    private static int signedVarint(byte[] table, int[] pos) {
        int u = varint(table, pos);
        return (u & 1) != 0 ? -(u >> 1) : u >> 1;
    }
}
