package dev.krait.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectCall;

/**
 * PEP 578 audit hooks ({@code PySys_Audit}, {@code sys.addaudithook}): the hooks of one context, called in the order
 * they were added with the event's name and a tuple of its arguments. Hooks live as long as the context (CPython
 * keeps them until finalization), so each is counted once when it is added.
 */
public final class PySysAudit {
    private final List<Object> hooks = new CopyOnWriteArrayList<>();

    public boolean hasHooks() {
        return !hooks.isEmpty();
    }

    /** Raises {@code event} with {@code args}: each hook is called; an exception from one propagates. */
    @TruffleBoundary
    public static void audit(KraitContext context, String event, Object... args) {
        PySysAudit audit = context.audit();
        if (audit.hooks.isEmpty()) {
            return;
        }
        Object arguments = context.newTuple(args);
        for (Object hook : audit.hooks) {
            PyObjectCall.call(hook, event, arguments);
        }
    }

    /**
     * {@code sys.addaudithook(hook)}: the hooks already there hear "sys.addaudithook" first; if one of them raises a
     * RuntimeError (or a subclass), the new hook is not added and the error is dropped.
     */
    @TruffleBoundary
    public static void addHook(KraitContext context, Object hook) {
        try {
            audit(context, "sys.addaudithook");
        } catch (PException e) {
            if (ExceptionMatching.matches(context, e, context.classes().byName("RuntimeError"))) {
                return;
            }
            throw e;
        }
        RefCounts.incRef(hook);
        context.audit().hooks.add(hook);
    }
}
