package dev.krait.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.exceptions.PException;

/**
 * A {@code case} pattern: tests a subject and, on success, leaves the values its capture names bind in
 * {@code captures} (the case binds them only once the whole pattern matched, as CPython does). An exception raised
 * while matching is marked at the pattern's source range in the traceback.
 */
public abstract class PatternNode extends Node {
    private int line = -1;
    private int column;
    private int endLine;
    private int endColumn;

    public final PatternNode setRange(int line, int column, int endLine, int endColumn) {
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        return this;
    }

    public final boolean match(VirtualFrame frame, Object subject, Object[] captures) {
        try {
            return matchPattern(frame, subject, captures);
        } catch (PException e) {
            if (line >= 0) {
                e.notePosition(line, column, endLine, endColumn, -1, -1);
            }
            throw e;
        }
    }

    protected abstract boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures);

    /** Whether the pattern is {@code _}: it matches anything and binds nothing, so callers may skip it. */
    public boolean isWildcard() {
        return false;
    }
}
