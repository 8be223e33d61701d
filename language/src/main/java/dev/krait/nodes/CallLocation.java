package dev.krait.nodes;

import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

/**
 * Makes a node the place Python code called by a runtime helper was called from: an operator, subscript, {@code for}
 * or call that reaches a special method written in Python ({@code __eq__}, {@code __getitem__}, {@code __next__},
 * {@code __call__}…) through the generic protocol, so that frame's {@code f_back.f_lineno} (and a warning's
 * stacklevel) is the operator's line, as in CPython. Use as
 * {@code Node previous = CallLocation.enter(this); try { … } finally { CallLocation.exit(previous); }}.
 */
public final class CallLocation {
    private CallLocation() {
    }

    /** Makes {@code node} the current call location; returns the previous one for {@link #exit}. */
    public static Node enter(Node node) {
        return EncapsulatingNodeReference.getCurrent().set(node);
    }

    /** Restores the call location {@link #enter} replaced. */
    public static void exit(Node previous) {
        EncapsulatingNodeReference.getCurrent().set(previous);
    }
}
