package dev.krait.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code case None:}, {@code case True:}, {@code case False:}: compared by identity. */
public final class SingletonPatternNode extends PatternNode {
    /** {@link dev.krait.runtime.objects.PNone#NONE} or a Boolean. */
    private final Object value;

    public SingletonPatternNode(Object value) {
        this.value = value;
    }

    @Override
    protected boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures) {
        if (value instanceof Boolean b) {
            return subject instanceof Boolean s && s.booleanValue() == b.booleanValue();
        }
        return subject == value;
    }
}
