package dev.krait.nodes.patterns;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.protocol.PatternMatching;

/**
 * {@code Point(p1, p2, y=p3)}: the subject must be an instance of the class; the positional sub-patterns match the
 * attributes {@code __match_args__} names (or, for int, str, list… with one sub-pattern, the subject itself), the
 * keyword ones the attributes they name. All attributes are read before any sub-pattern runs, as in CPython.
 */
public final class ClassPatternNode extends PatternNode {
    @Child private ExpressionNode cls;
    @Children private final PatternNode[] patterns;
    private final int positional;
    @CompilationFinal(dimensions = 1) private final String[] keywords;

    public ClassPatternNode(ExpressionNode cls, PatternNode[] patterns, int positional, String[] keywords) {
        this.cls = cls;
        this.patterns = patterns;
        this.positional = positional;
        this.keywords = keywords;
    }

    @Override
    @ExplodeLoop
    protected boolean matchPattern(VirtualFrame frame, Object subject, Object[] captures) {
        Object type = cls.execute(frame);
        Object[] attributes = PatternMatching.classAttributes(subject, type, positional, keywords);
        if (attributes == null) {
            return false;
        }
        for (int i = 0; i < patterns.length; i++) {
            if (!patterns[i].isWildcard() && !patterns[i].match(frame, attributes[i], captures)) {
                return false;
            }
        }
        return true;
    }
}
