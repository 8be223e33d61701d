package dev.krait.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * {@code p1 | p2 | …}: the first alternative that matches. Every alternative binds the same names (the translator
 * checks), so the one that matches overwrites whatever a failed one left in the captures.
 */
public final class OrPatternNode extends PatternNode {
    @Children private final PatternNode[] alternatives;

    public OrPatternNode(PatternNode[] alternatives) {
        this.alternatives = alternatives;
    }

    @Override
    @ExplodeLoop
    protected boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures) {
        for (PatternNode alternative : alternatives) {
            if (alternative.match(frame, subject, captures)) {
                return true;
            }
        }
        return false;
    }
}
