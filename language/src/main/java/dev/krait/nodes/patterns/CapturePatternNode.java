package dev.krait.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code name}, {@code _}, {@code pattern as name} and a sequence pattern's {@code *name}: matches what the inner
 * pattern matches (anything without one) and captures the subject under its index (none for {@code _}).
 */
public final class CapturePatternNode extends PatternNode {
    @Child private PatternNode pattern;
    /** Where the captured value goes in the case's captures, or -1 for the wildcard. */
    private final int captureIndex;

    public CapturePatternNode(PatternNode pattern, int captureIndex) {
        this.pattern = pattern;
        this.captureIndex = captureIndex;
    }

    @Override
    protected boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures) {
        if (pattern != null && !pattern.match(frame, subject, captures)) {
            return false;
        }
        if (captureIndex >= 0) {
            captures[captureIndex] = subject;
        }
        return true;
    }

    @Override
    public boolean isWildcard() {
        return pattern == null && captureIndex < 0;
    }
}
