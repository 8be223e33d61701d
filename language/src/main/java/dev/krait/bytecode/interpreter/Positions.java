package dev.krait.bytecode.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.bytecode.Opcodes;
import dev.krait.parser.ParseMode;
import dev.krait.parser.Parser;
import dev.krait.runtime.exceptions.PException;
import dev.krait.translator.PositionAnchors;

/**
 * What a traceback entry shows of the instruction an exception passed: its span from the location table (whose
 * columns are UTF-8 bytes, turned back into code points of the line), and for an operator or subscript the part
 * CPython marks with {@code ^} (found, as CPython's traceback module does, by parsing the span's text once).
 */
final class Positions {
    private static final int[] NO_ANCHORS = {-1, -1};

    private Positions() {
    }

    @TruffleBoundary
    static void note(BytecodeRootNode root, int index, PException e) {
        int line = root.lines[index];
        int column = root.columns[index];
        int endLine = root.endLines[index];
        int endColumn = root.endColumns[index];
        if (column < 0 || endColumn < 0) {
            e.noteLine(line);
            return;
        }
        String text = lineText(root.source(), line);
        if (text != null) {
            column = codePoints(text, column);
            endColumn = endLine == line ? codePoints(text, endColumn) : codePoints(lineText(root.source(), endLine), endColumn);
        }
        int[] anchors = anchors(root, index, text, line, endLine, column, endColumn);
        e.notePosition(line, column, endLine, endColumn, anchors[0], anchors[1]);
    }

    private static String lineText(Source source, int line) {
        if (source == null || !source.hasCharacters() || line < 1 || line > source.getLineCount()) {
            return null;
        }
        return source.getCharacters(line).toString();
    }

    /** The code point index of UTF-8 byte offset {@code bytes} in {@code text}. */
    private static int codePoints(String text, int bytes) {
        if (text == null) {
            return bytes;
        }
        int count = 0;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < bytes;) {
            int cp = text.codePointAt(i);
            seen += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            count++;
        }
        return count + Math.max(0, bytes - seen);
    }

    private static int[] anchors(BytecodeRootNode root, int index, String text, int line, int endLine, int column, int endColumn) {
        int op = root.code[2 * index] & 0xFF;
        boolean operator = op == Opcodes.BINARY_OP;
        boolean subscript = op == Opcodes.BINARY_SUBSCR || op == Opcodes.STORE_SUBSCR || op == Opcodes.DELETE_SUBSCR ||
                        op == Opcodes.BINARY_SLICE || op == Opcodes.STORE_SLICE;
        if (text == null || line != endLine || !(operator || subscript)) {
            return NO_ANCHORS;
        }
        int[][] cache = root.anchorCache();
        if (cache[index] == null) {
            cache[index] = parseAnchors(text, column, endColumn);
        }
        return cache[index];
    }

    private static int[] parseAnchors(String text, int column, int endColumn) {
        int from = text.offsetByCodePoints(0, Math.min(column, text.codePointCount(0, text.length())));
        int to = text.offsetByCodePoints(0, Math.min(endColumn, text.codePointCount(0, text.length())));
        String segment = text.substring(from, to);
        try {
            Mod mod = Parser.parse(segment, "<segment>", ParseMode.EVAL);
            if (!(mod instanceof Mod.Expression expression)) {
                return NO_ANCHORS;
            }
            Source source = Source.newBuilder(dev.krait.KraitLanguage.ID, segment, "<segment>").build();
            int[] found = switch (expression.body()) {
                case Expr.BinOp binOp -> PositionAnchors.binOp(source, binOp);
                case Expr.Subscript sub -> PositionAnchors.subscript(source, sub);
                default -> null;
            };
            return found == null ? NO_ANCHORS : found;
        } catch (RuntimeException e) {
            return NO_ANCHORS;
        }
    }
}
