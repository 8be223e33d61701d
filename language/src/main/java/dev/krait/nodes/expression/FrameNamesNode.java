package dev.krait.nodes.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.call.DispatchCallNode;
import dev.krait.nodes.local.FrameGlobals;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PDict;

/**
 * {@code dir()} and {@code locals()} without arguments, which look at the calling frame: the translator knows where
 * each name of the scope lives. When the name no longer means the builtin, it is called like any function.
 */
public final class FrameNamesNode extends ExpressionNode {
    public enum Kind {
        DIR,
        LOCALS
    }

    public enum ScopeKind {
        MODULE,
        CLASS,
        FUNCTION
    }

    @Child private ExpressionNode callee;
    @Child private DispatchCallNode call = DispatchCallNode.create();
    private final Kind kind;
    private final ScopeKind scope;
    private final String[] names;
    private final int[] slots;
    private final boolean[] inCell;

    public FrameNamesNode(ExpressionNode callee, Kind kind, ScopeKind scope, String[] names, int[] slots, boolean[] inCell) {
        this.callee = callee;
        this.kind = kind;
        this.scope = scope;
        this.names = names;
        this.slots = slots;
        this.inCell = inCell;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        KraitContext context = KraitContext.get(this);
        if (function != context.getBuiltins().getGlobal(kind == Kind.DIR ? "dir" : "locals")) {
            return call.execute(function, new Object[1]);
        }
        return switch (scope) {
            case MODULE -> moduleNames(context, FrameGlobals.getGlobals(frame));
            case CLASS -> classNames(context, (PDict) frame.getArguments()[1]);
            case FUNCTION -> functionNames(context, frame.materialize());
        };
    }

    @TruffleBoundary
    private Object moduleNames(KraitContext context, dev.krait.runtime.objects.PModule module) {
        if (kind == Kind.LOCALS) {
            throw Errors.notImplementedError("locals() at module level is not supported by Krait yet");
        }
        List<String> result = new ArrayList<>(module.globalNames());
        Collections.sort(result);
        return context.newList(result.toArray());
    }

    @TruffleBoundary
    private Object classNames(KraitContext context, PDict namespace) {
        if (kind == Kind.LOCALS) {
            return namespace;
        }
        List<String> result = new ArrayList<>();
        for (Object key : namespace.storage().keysArray()) {
            result.add((String) key);
        }
        Collections.sort(result);
        return context.newList(result.toArray());
    }

    @TruffleBoundary
    private Object functionNames(KraitContext context, com.oracle.truffle.api.frame.MaterializedFrame frame) {
        PDict locals = context.newDict();
        for (int i = 0; i < names.length; i++) {
            Object value = frame.getValue(slots[i]);
            if (inCell[i]) {
                value = value instanceof PCell cell ? cell.get() : null;
            }
            if (value != null) {
                locals.setItem(names[i], value);
            }
        }
        if (kind == Kind.LOCALS) {
            return locals;
        }
        List<String> result = new ArrayList<>();
        for (Object key : locals.storage().keysArray()) {
            result.add((String) key);
        }
        Collections.sort(result);
        return context.newList(result.toArray());
    }
}
