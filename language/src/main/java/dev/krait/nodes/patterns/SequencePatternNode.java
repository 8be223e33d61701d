package dev.krait.nodes.patterns;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.runtime.protocol.PatternMatching;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectSize;

/**
 * {@code [p1, p2]}, {@code (p1, *rest, p2)}: the subject must be a sequence (not str) of the right length. As in
 * CPython, the items are taken by iterating the subject, except when the only starred item is {@code *_}: then they
 * are read by index from both ends ({@code subject[i]}, {@code subject[len(subject) - k]}), so a long sequence is
 * not copied.
 */
public final class SequencePatternNode extends PatternNode {
    @Children private final PatternNode[] patterns;
    /** The position of the starred sub-pattern, or -1. */
    private final int starIndex;
    /** The starred sub-pattern is {@code *_}. */
    private final boolean starWildcard;
    /** Every sub-pattern is {@code _} or {@code *_}: only the type and the length are checked. */
    private final boolean onlyWildcards;

    public SequencePatternNode(PatternNode[] patterns, int starIndex, boolean starWildcard, boolean onlyWildcards) {
        this.patterns = patterns;
        this.starIndex = starIndex;
        this.starWildcard = starWildcard;
        this.onlyWildcards = onlyWildcards;
    }

    @Override
    @ExplodeLoop
    protected boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures) {
        if (!PatternMatching.isSequence(subject)) {
            return false;
        }
        int size = patterns.length;
        // a lone star ([*_], [*rest]) matches any length: CPython does not even ask for it
        if (starIndex < 0 || size > 1) {
            long length = PyObjectSize.size(subject);
            if (starIndex < 0 ? length != size : length < size - 1) {
                return false;
            }
        }
        if (onlyWildcards) {
            return true;
        }
        if (starWildcard) {
            for (int i = 0; i < size; i++) {
                PatternNode pattern = patterns[i];
                if (i == starIndex || pattern.isWildcard()) {
                    continue;
                }
                Object item = i < starIndex ? item(subject, i) : item(subject, PyObjectSize.size(subject) - (size - i));
                if (!pattern.match(frame, item, captures)) {
                    return false;
                }
            }
            return true;
        }
        Object[] items = PatternMatching.unpack(subject, size, starIndex);
        for (int i = 0; i < size; i++) {
            if (!patterns[i].isWildcard() && !patterns[i].match(frame, items[i], captures)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    private static Object item(Object subject, long index) {
        return PyObjectGetItem.getItem(subject, index);
    }
}
