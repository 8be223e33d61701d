package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.nodes.StatementNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.Tracing;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/**
 * The code of a module: runs its statements with the module as globals ({@code arguments[0]}) and returns the value
 * of a final expression statement (what {@code Context.eval} hands to Java), kept in {@link #resultSlot}.
 */
public final class ModuleRootNode extends KraitRootNode {
    @Child private StatementNode body;
    private final String filename;
    private final int resultSlot;

    public ModuleRootNode(KraitLanguage language, FrameDescriptor descriptor, StatementNode body, String filename,
                    SourceSection section, int resultSlot) {
        super(language, descriptor, "<module>", "<module>", section);
        this.body = body;
        this.filename = filename;
        this.resultSlot = resultSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (context.enterCall() > context.getRecursionLimit()) {
            context.exitCall();
            throw dev.krait.runtime.exceptions.Errors.recursionError("maximum recursion depth exceeded");
        }
        try {
            if (Tracing.mayTrace()) {
                Tracing.call(this, frame.materialize(), 0);
            }
            body.executeVoid(frame);
            if (Tracing.mayTrace()) {
                Tracing.returned(this, frame.materialize(), PNone.NONE, false);
            }
        } catch (PException e) {
            if (Tracing.mayTrace()) {
                Tracing.unwound(this, frame.materialize(), e);
            }
            e.leaveFrame(filename, "<module>", frame.getArguments(), this, frame.materialize());
            throw e;
        } finally {
            context.exitCall();
        }
        Object result = resultSlot >= 0 ? frame.getValue(resultSlot) : null;
        return result == null ? PNone.NONE : result;
    }

    @Override
    public boolean isPythonFrame() {
        return true;
    }

    /** Runs this module's code in {@code module}. */
    public static Object run(com.oracle.truffle.api.RootCallTarget target, PModule module) {
        return target.call(module);
    }
}
