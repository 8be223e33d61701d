package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.controlflow.ReturnException;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PNone;

/**
 * The body of a Python function (or lambda, comprehension or class body). Counts the Python recursion depth
 * against {@code sys.getrecursionlimit()}, turns {@code return} into the result and adds this frame to the traceback
 * of an exception leaving it.
 */
public final class FunctionRootNode extends KraitRootNode {
    @Child private StatementNode body;
    private final String filename;
    private final String tracebackName;
    private final boolean hiddenFromTraceback;
    private final BranchProfile exceptionProfile = BranchProfile.create();

    public FunctionRootNode(KraitLanguage language, FrameDescriptor descriptor, StatementNode body, String name,
                    String qualname, String filename, SourceSection section, boolean hiddenFromTraceback) {
        super(language, descriptor, name, qualname, section);
        this.body = body;
        this.filename = filename;
        this.tracebackName = name;
        this.hiddenFromTraceback = hiddenFromTraceback;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (context.enterCall() > context.getRecursionLimit()) {
            context.exitCall();
            throw recursionError();
        }
        try {
            body.executeVoid(frame);
            return PNone.NONE;
        } catch (ReturnException e) {
            return e.getValue();
        } catch (PException e) {
            exceptionProfile.enter();
            if (!hiddenFromTraceback) {
                e.leaveFrame(filename, tracebackName, frame.getArguments());
            }
            throw e;
        } finally {
            context.exitCall();
        }
    }

    private static PException recursionError() {
        return Errors.recursionError("maximum recursion depth exceeded");
    }

    public String getFilename() {
        return filename;
    }
}
