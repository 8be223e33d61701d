package dev.krait.builtins;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.nodes.KraitTypes;

/** A builtin's implementation; the arity subclasses pass the bound arguments as parameters of {@code execute}. */
@TypeSystemReference(KraitTypes.class)
public abstract class BuiltinNode extends Node {
    /** Runs the builtin with frame arguments {@code [callee, arg1, arg2, …]}. */
    public abstract Object call(VirtualFrame frame, Object[] frameArguments);

    /** A builtin with no parameters. */
    public abstract static class Builtin0 extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame);

        @Override
        public final Object call(VirtualFrame frame, Object[] frameArguments) {
            return execute(frame);
        }
    }

    /** A builtin with one parameter (for a method: self). */
    public abstract static class Builtin1 extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object arg);

        @Override
        public final Object call(VirtualFrame frame, Object[] frameArguments) {
            return execute(frame, frameArguments[1]);
        }
    }

    public abstract static class Builtin2 extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object arg1, Object arg2);

        @Override
        public final Object call(VirtualFrame frame, Object[] frameArguments) {
            return execute(frame, frameArguments[1], frameArguments[2]);
        }
    }

    public abstract static class Builtin3 extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object arg1, Object arg2, Object arg3);

        @Override
        public final Object call(VirtualFrame frame, Object[] frameArguments) {
            return execute(frame, frameArguments[1], frameArguments[2], frameArguments[3]);
        }
    }

    /** A builtin with more parameters: they arrive as an array, in signature order. */
    public abstract static class BuiltinN extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object[] args);

        @Override
        public final Object call(VirtualFrame frame, Object[] frameArguments) {
            return execute(frame, java.util.Arrays.copyOfRange(frameArguments, 1, frameArguments.length));
        }
    }
}
