package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.call.DispatchCallNode;
import dev.krait.runtime.KraitContext;

/**
 * {@code dir()}, {@code locals()}, {@code vars()} and {@code globals()} without arguments, which look at the calling
 * frame: the translator knows where each name of the scope lives ({@link CallerScope}). When the name no longer
 * means the builtin, it is called like any function.
 */
public final class FrameNamesNode extends ExpressionNode {
    public enum Kind {
        DIR,
        LOCALS,
        GLOBALS
    }

    @Child private ExpressionNode callee;
    @Child private DispatchCallNode call = DispatchCallNode.create();
    private final String builtinName;
    private final Kind kind;
    private final CallerScope scope;

    public FrameNamesNode(ExpressionNode callee, String builtinName, Kind kind, CallerScope scope) {
        this.callee = callee;
        this.builtinName = builtinName;
        this.kind = kind;
        this.scope = scope;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        KraitContext context = KraitContext.get(this);
        if (function != context.getBuiltins().getGlobal(builtinName)) {
            return call.execute(function, new Object[1]);
        }
        return switch (kind) {
            case GLOBALS -> scope.globals(frame, context);
            case LOCALS -> scope.locals(frame, context);
            case DIR -> dev.krait.builtins.BuiltinFunctions.DirNode.localNames(context, scope.locals(frame, context));
        };
    }
}
