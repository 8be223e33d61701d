package dev.krait.nodes.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.call.DispatchCallNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PDict;

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
            case DIR -> sortedKeys(context, scope.locals(frame, context));
        };
    }

    @TruffleBoundary
    private static Object sortedKeys(KraitContext context, Object names) {
        if (!(names instanceof PDict dict) || !dev.krait.runtime.protocol.BuiltinArithmetic.isExact(dict)) {
            // a mapping given to eval() or exec() as locals: its keys() (CPython's PyMapping_Keys), sorted
            Object keys = dev.krait.runtime.protocol.PyObjectCall.callSpecial(names, "keys");
            return dev.krait.builtins.BuiltinFunctions.SortedNode.sorted(keys, dev.krait.runtime.objects.PNone.NO_VALUE,
                            dev.krait.runtime.objects.PNone.NO_VALUE);
        }
        List<String> result = new ArrayList<>();
        for (Object key : dict.storage().keysArray()) {
            if (key instanceof String name) {
                result.add(name);
            }
        }
        Collections.sort(result);
        return context.newList(result.toArray());
    }
}
