package dev.krait.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PatternMatching;
import dev.krait.runtime.protocol.PyObjectSize;

/**
 * {@code {"k": p, Color.RED: q, **rest}}: the subject must be a mapping with at least the keys (read with
 * {@code get(key, sentinel)}), whose values match the sub-patterns; {@code rest} gets a dict of the other items.
 */
public final class MappingPatternNode extends PatternNode {
    @Children private final ExpressionNode[] keys;
    @Children private final PatternNode[] patterns;
    /** Where {@code **rest} is captured, or -1. */
    private final int restIndex;

    public MappingPatternNode(ExpressionNode[] keys, PatternNode[] patterns, int restIndex) {
        this.keys = keys;
        this.patterns = patterns;
        this.restIndex = restIndex;
    }

    @Override
    @ExplodeLoop
    protected boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures) {
        if (!PatternMatching.isMapping(subject)) {
            return false;
        }
        if (keys.length == 0 && restIndex < 0) {
            return true;
        }
        if (keys.length > 0 && PyObjectSize.size(subject) < keys.length) {
            return false;
        }
        Object[] keyValues = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keyValues[i] = keys[i].execute(frame);
        }
        Object[] values = PatternMatching.mappingValues(subject, keyValues);
        if (values == null) {
            return false;
        }
        for (int i = 0; i < patterns.length; i++) {
            if (!patterns[i].isWildcard() && !patterns[i].match(frame, values[i], captures)) {
                return false;
            }
        }
        if (restIndex >= 0) {
            captures[restIndex] = PatternMatching.rest(subject, keyValues);
        }
        return true;
    }
}
