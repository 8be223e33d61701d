package dev.krait.bytecode;

import static dev.krait.bytecode.Opcodes.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the optimized graph as CPython 3.12's bytes: jump arguments resolved (with EXTENDED_ARG prefixes where an
 * argument needs more than a byte), CACHE entries after the instructions that have them, the location table
 * ({@code co_linetable}, the format of CPython's Objects/locations.md) and the exception table.
 */
final class Assembler {
    private Assembler() {
    }

    static CodeUnit assemble(BasicBlock entry, String name, String qualname, String filename, int firstLineno, int argcount, int posonly,
                    int kwonly, int flags, int stacksize, List<Object> consts, List<String> names, List<String> varnames,
                    List<String> cellvars, List<String> freevars) {
        resolveJumpOffsets(entry);
        List<Instruction> all = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            all.addAll(b.instructions);
        }
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        for (Instruction i : all) {
            int arg = i.oparg;
            if (arg > 0xFFFFFF) {
                code.write(EXTENDED_ARG);
                code.write((arg >> 24) & 0xFF);
            }
            if (arg > 0xFFFF) {
                code.write(EXTENDED_ARG);
                code.write((arg >> 16) & 0xFF);
            }
            if (arg > 0xFF) {
                code.write(EXTENDED_ARG);
                code.write((arg >> 8) & 0xFF);
            }
            code.write(i.opcode);
            code.write(arg & 0xFF);
            for (int c = 0; c < Opcodes.caches(i.opcode); c++) {
                code.write(CACHE);
                code.write(0);
            }
        }
        byte[] linetable = locationTable(all, firstLineno);
        byte[] exceptionTable = exceptionTable(all);
        return new CodeUnit(name, qualname, filename, firstLineno, argcount, posonly, kwonly, flags, stacksize, code.toByteArray(),
                        List.copyOf(consts), List.copyOf(names), List.copyOf(varnames), cellvars, freevars, linetable, exceptionTable);
    }

    private static void resolveJumpOffsets(BasicBlock entry) {
        boolean again;
        do {
            int total = 0;
            for (BasicBlock b = entry; b != null; b = b.next) {
                b.offset = total;
                for (Instruction i : b.instructions) {
                    i.offset = total;
                    total += i.size();
                }
            }
            again = false;
            for (BasicBlock b = entry; b != null; b = b.next) {
                for (Instruction i : b.instructions) {
                    if (i.target != null && Opcodes.isJump(i.opcode)) {
                        int size = i.size();
                        int after = i.offset + size;
                        int target = i.target.offset;
                        i.oparg = target < after ? after - target : target - after;
                        if (i.size() != size) {
                            again = true;
                        }
                    }
                }
            }
        } while (again);
    }

    // ------------------------------------------------------------------------------------------- line table

    private static byte[] locationTable(List<Instruction> all, int firstLineno) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] prevLine = {firstLineno};
        Location loc = null;
        int size = 0;
        for (Instruction i : all) {
            if (loc == null || !loc.equals(i.location)) {
                if (loc != null) {
                    emitLocation(out, prevLine, loc, size);
                }
                loc = i.location;
                size = 0;
            }
            size += i.size();
        }
        if (loc != null) {
            emitLocation(out, prevLine, loc, size);
        }
        return out.toByteArray();
    }

    private static void emitLocation(ByteArrayOutputStream out, int[] prevLine, Location loc, int size) {
        while (size > 8) {
            writeEntry(out, prevLine, loc, 8);
            size -= 8;
        }
        if (size > 0) {
            writeEntry(out, prevLine, loc, size);
        }
    }

    private static void firstByte(ByteArrayOutputStream out, int code, int length) {
        out.write(0x80 | (code << 3) | (length - 1));
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        while (value >= 64) {
            out.write(64 | (value & 63));
            value >>>= 6;
        }
        out.write(value);
    }

    private static void writeSignedVarint(ByteArrayOutputStream out, int value) {
        writeVarint(out, value < 0 ? ((-value) << 1) | 1 : value << 1);
    }

    private static void writeEntry(ByteArrayOutputStream out, int[] prevLine, Location loc, int size) {
        if (loc.line() < 0) {
            firstByte(out, 15, size);
            return;
        }
        int lineDelta = loc.line() - prevLine[0];
        int column = loc.col();
        int endColumn = loc.endCol();
        if (column < 0 || endColumn < 0) {
            if (loc.endLine() == loc.line() || loc.endLine() == -1) {
                firstByte(out, 13, size);
                writeSignedVarint(out, lineDelta);
                prevLine[0] = loc.line();
                return;
            }
        } else if (loc.endLine() == loc.line()) {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                firstByte(out, column / 8, size);
                out.write(((column % 8) << 4) | (endColumn - column));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                firstByte(out, 10 + lineDelta, size);
                out.write(column);
                out.write(endColumn);
                prevLine[0] = loc.line();
                return;
            }
        }
        firstByte(out, 14, size);
        writeSignedVarint(out, lineDelta);
        writeVarint(out, loc.endLine() - loc.line());
        writeVarint(out, column + 1);
        writeVarint(out, endColumn + 1);
        prevLine[0] = loc.line();
    }

    // ------------------------------------------------------------------------------------------- exception table

    private static byte[] exceptionTable(List<Instruction> all) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BasicBlock handler = null;
        int start = -1;
        int offset = 0;
        for (Instruction i : all) {
            if (i.exceptHandler != handler) {
                if (handler != null) {
                    writeExceptionEntry(out, start, offset, handler);
                }
                start = offset;
                handler = i.exceptHandler;
            }
            offset += i.size();
        }
        if (handler != null) {
            writeExceptionEntry(out, start, offset, handler);
        }
        return out.toByteArray();
    }

    private static void writeExceptionEntry(ByteArrayOutputStream out, int start, int end, BasicBlock handler) {
        int depth = handler.startDepth - 1;
        if (handler.preserveLasti) {
            depth -= 1;
        }
        int depthLasti = (depth << 1) | (handler.preserveLasti ? 1 : 0);
        writeExceptionItem(out, start, 0x80);
        writeExceptionItem(out, end - start, 0);
        writeExceptionItem(out, handler.offset, 0);
        writeExceptionItem(out, depthLasti, 0);
    }

    private static void writeExceptionItem(ByteArrayOutputStream out, int value, int msb) {
        if (value >= 1 << 24) {
            out.write((value >> 24) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 18) {
            out.write(((value >> 18) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 12) {
            out.write(((value >> 12) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 6) {
            out.write(((value >> 6) & 0x3f) | 64 | msb);
            msb = 0;
        }
        out.write((value & 0x3f) | msb);
    }
}
