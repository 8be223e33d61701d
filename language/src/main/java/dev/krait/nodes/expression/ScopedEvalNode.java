package dev.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.call.DispatchCallNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PDict;

/**
 * {@code eval(source)} or {@code exec(source)} called by name without namespaces: the code runs in the caller's
 * globals and locals ({@link CallerScope}), which the builtin then receives explicitly. When the name no longer means
 * the builtin, it is called like any function.
 */
public final class ScopedEvalNode extends ExpressionNode {
    @Child private ExpressionNode callee;
    @Child private ExpressionNode source;
    @Child private DispatchCallNode call = DispatchCallNode.create();
    private final String builtinName;
    private final CallerScope scope;

    public ScopedEvalNode(ExpressionNode callee, String builtinName, ExpressionNode source, CallerScope scope) {
        this.callee = callee;
        this.builtinName = builtinName;
        this.source = source;
        this.scope = scope;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object code = source.execute(frame);
        KraitContext context = KraitContext.get(this);
        if (function != context.getBuiltins().getGlobal(builtinName)) {
            return call.execute(function, new Object[]{null, code});
        }
        PDict globals = scope.globals(frame, context);
        Object locals = scope.locals(frame, context);
        return call.execute(function, new Object[]{null, code, globals, locals});
    }
}
