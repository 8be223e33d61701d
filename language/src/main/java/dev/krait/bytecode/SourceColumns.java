package dev.krait.bytecode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the syntax tree's columns (code points of the line) into CPython's (UTF-8 bytes of the line), which is what
 * {@code co_positions()} reports. Without the source text the columns stay as they are.
 */
final class SourceColumns {
    private final CharSequence text;
    private List<Integer> lineStarts;

    SourceColumns(CharSequence text) {
        this.text = text;
    }

    int byteColumn(int line, int column) {
        if (text == null || line < 1 || column <= 0) {
            return column;
        }
        if (lineStarts == null) {
            lineStarts = new ArrayList<>();
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }
        if (line > lineStarts.size()) {
            return column;
        }
        int start = lineStarts.get(line - 1);
        int i = start;
        int codePoints = 0;
        boolean ascii = true;
        while (codePoints < column && i < text.length() && text.charAt(i) != '\n') {
            char ch = text.charAt(i);
            if (ch >= 0x80) {
                ascii = false;
            }
            i += Character.isHighSurrogate(ch) && i + 1 < text.length() ? 2 : 1;
            codePoints++;
        }
        if (ascii) {
            return column;
        }
        return text.subSequence(start, i).toString().getBytes(StandardCharsets.UTF_8).length + (column - codePoints);
    }
}
