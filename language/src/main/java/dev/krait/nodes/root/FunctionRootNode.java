package dev.krait.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.controlflow.ReturnException;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.Tracing;
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
    /** Hidden as a C function is (a bundled module CPython implements in C), not as an inlined comprehension. */
    private final boolean nativeFrame;
    private final BranchProfile exceptionProfile = BranchProfile.create();
    @Child private LeaveFrameNode leaveFrame;
    /** The frame slots whose values the frame counts (its variables and cells), dropped when the call ends. */
    @CompilationFinal(dimensions = 1) private final int[] countedSlots;

    public FunctionRootNode(KraitLanguage language, FrameDescriptor descriptor, StatementNode body, String name,
                    String qualname, String filename, SourceSection section, boolean hiddenFromTraceback, boolean nativeFrame,
                    int[] countedSlots, int parameterSlotCount) {
        super(language, descriptor, name, qualname, section);
        this.countedSlots = countedSlots;
        this.leaveFrame = new LeaveFrameNode(countedSlots, parameterSlotCount);
        this.body = body;
        this.filename = filename;
        this.tracebackName = name;
        this.hiddenFromTraceback = hiddenFromTraceback;
        this.nativeFrame = nativeFrame;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (context.enterCall() > context.getRecursionLimit()) {
            context.exitCall();
            throw recursionError();
        }
        Object result = null;
        try {
            try {
                if (Tracing.mayTrace() && !hiddenFromTraceback) {
                    Tracing.call(this, frame.materialize(), Tracing.firstLine(frame.getArguments()));
                }
                body.executeVoid(frame);
                result = PNone.NONE;
            } catch (ReturnException e) {
                result = e.getValue();
            }
            if (Tracing.mayTrace() && !hiddenFromTraceback) {
                Tracing.returned(this, frame.materialize(), result, false);
            }
        } catch (PException e) {
            exceptionProfile.enter();
            if (Tracing.mayTrace() && !hiddenFromTraceback) {
                Tracing.unwound(this, frame.materialize(), e);
            }
            if (!hiddenFromTraceback) {
                e.leaveFrame(filename, tracebackName, frame.getArguments(), this, frame.materialize());
            } else if (nativeFrame) {
                e.forgetPosition();
            }
            FrameRelease.moveSlotsToException(frame, countedSlots, context, e);
            // the exception in flight is kept alive (like a result) while this frame's objects are released
            result = e.getPythonExceptionOrNull();
            throw e;
        } finally {
            leaveFrame.leave(frame, context, result);
        }
        return result;
    }

    private static PException recursionError() {
        return Errors.recursionError("maximum recursion depth exceeded");
    }

    public int[] getCountedSlots() {
        return countedSlots;
    }

    /** A class body runs as a function over the class namespace: CPython's code flags 0, the namespace as f_locals. */
    private boolean classBody;

    public FunctionRootNode markClassBody() {
        classBody = true;
        return this;
    }

    public boolean isClassBody() {
        return classBody;
    }

    @Override
    public boolean isPythonFrame() {
        return !hiddenFromTraceback;
    }

    /** Whether this is the body of a function of a module CPython writes in C (not traced, not in tracebacks). */
    public boolean isNativeFrame() {
        return nativeFrame;
    }

    public String getFilename() {
        return filename;
    }
}
