package dev.krait.nodes.root;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.controlflow.ReturnException;
import dev.krait.nodes.generator.GeneratorState;
import dev.krait.nodes.generator.YieldException;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.Tracing;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.GeneratorSupport;

/**
 * Calling a generator function: keeps the frame (arguments already bound) in a new generator object and returns
 * it. The body runs in that frame, a step per {@code next()}/{@code send()}, through {@link ResumeRootNode}.
 */
public final class GeneratorFunctionRootNode extends KraitRootNode {
    private final RootCallTarget resumeTarget;
    private final GeneratorState state;
    private final PGenerator.Kind kind;

    private GeneratorFunctionRootNode(KraitLanguage language, FrameDescriptor descriptor, String name, String qualname,
                    SourceSection section, RootCallTarget resumeTarget, GeneratorState state, int[] countedSlots, PGenerator.Kind kind) {
        super(language, descriptor, name, qualname, section);
        this.kind = kind;
        this.resumeTarget = resumeTarget;
        this.state = state;
        this.countedSlots = countedSlots;
        ((ResumeRootNode) resumeTarget.getRootNode()).owner = this;
    }

    /**
     * The generator function a root belongs to: itself, or the function whose body a running generator's frame
     * resumes (its code flags are the function's); null for any other root.
     */
    public static GeneratorFunctionRootNode ownerOf(com.oracle.truffle.api.nodes.RootNode root) {
        return root instanceof GeneratorFunctionRootNode g ? g : root instanceof ResumeRootNode r ? r.owner : null;
    }

    /** The frame slots the generator's frame counts (see {@link FrameRelease}). */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] countedSlots;

    public static RootCallTarget create(KraitLanguage language, FrameDescriptor descriptor, StatementNode body, String name,
                    String qualname, String filename, SourceSection section, GeneratorState state, int[] countedSlots,
                    int parameterSlotCount, PGenerator.Kind kind) {
        RootCallTarget resume = new ResumeRootNode(language, descriptor, body, name, qualname, filename, section, state,
                        countedSlots).getCallTarget();
        return new GeneratorFunctionRootNode(language, descriptor, name, qualname, section, resume, state, countedSlots, kind).getCallTarget();
    }

    public PGenerator.Kind getKind() {
        return kind;
    }

    /** Set by {@code types.coroutine} (CO_ITERABLE_COROUTINE): the generators made can be awaited. */
    private volatile boolean iterableCoroutine;

    public boolean isIterableCoroutine() {
        return iterableCoroutine;
    }

    public void setIterableCoroutine() {
        iterableCoroutine = true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        MaterializedFrame materialized = frame.materialize();
        PFunction function = (PFunction) frame.getArguments()[0];
        PythonClass cls = switch (kind) {
            case GENERATOR -> context.classes().generatorClass;
            case COROUTINE -> context.classes().coroutineClass;
            case ASYNC_GENERATOR -> context.classes().asyncGeneratorClass;
        };
        PGenerator generator = new PGenerator(cls, context.getShape(), materialized, resumeTarget,
                        function.getName(), function.getQualname(), countedSlots);
        generator.setKind(kind);
        if (kind == PGenerator.Kind.GENERATOR && iterableCoroutine) {
            generator.setIterableCoroutine(true);
        }
        if (kind == PGenerator.Kind.COROUTINE && context.getCoroutineOriginDepth() > 0) {
            generator.setOrigin(dev.krait.runtime.CoroutineOrigin.capture(context, context.getCoroutineOriginDepth(), false));
        }
        materialized.setObject(state.generatorSlot(), generator);
        return generator;
    }

    /** Runs the generator's body in its saved frame, up to the next yield or its end. */
    static final class ResumeRootNode extends KraitRootNode {
        @Child private LeaveFrameNode leaveFrame;
        @Child private StatementNode body;
        private final String filename;
        private final GeneratorState state;
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] countedSlots;
        /** The generator function whose body this is (set when that is made). */
        private GeneratorFunctionRootNode owner;

        ResumeRootNode(KraitLanguage language, FrameDescriptor descriptor, StatementNode body, String name, String qualname,
                        String filename, SourceSection section, GeneratorState state, int[] countedSlots) {
            super(language, null, name, qualname, section);
            this.body = body;
            this.filename = filename;
            this.state = state;
            this.countedSlots = countedSlots;
            this.leaveFrame = new LeaveFrameNode(countedSlots, 0);
        }

        @Override
        public boolean isPythonFrame() {
            return true;
        }

        @Override
        public MaterializedFrame variablesFrame(com.oracle.truffle.api.frame.Frame callFrame) {
            return ((PGenerator) callFrame.getArguments()[0]).getFrame();
        }

        @Override
        public Object execute(VirtualFrame callFrame) {
            PGenerator generator = (PGenerator) callFrame.getArguments()[0];
            MaterializedFrame frame = generator.getFrame();
            state.setResuming(frame, generator.isStarted());
            KraitContext context = KraitContext.get(this);
            if (context.enterCall() > context.getRecursionLimit()) {
                context.exitCall();
                throw dev.krait.runtime.exceptions.Errors.recursionError("maximum recursion depth exceeded");
            }
            Object result = null;
            boolean finished = true;
            try {
                try {
                    if (Tracing.mayTrace()) {
                        Tracing.call(this, frame, generator.isStarted() ? -1 : Tracing.firstLine(frame.getArguments()),
                                        generator.isStarted() ? generator.suspendedLine() : -1);
                    }
                    body.executeVoid(frame);
                    generator.setReturnValue(PNone.NONE);
                    result = GeneratorSupport.FINISHED;
                } catch (YieldException e) {
                    finished = false;
                    result = e.getValue();
                    generator.setSuspendedAt(e.getLocation());
                } catch (ReturnException e) {
                    generator.setReturnValue(e.getValue());
                    result = GeneratorSupport.FINISHED;
                }
                if (Tracing.mayTrace()) {
                    Tracing.returned(this, frame, finished ? generator.getReturnValue() : result, !finished);
                }
            } catch (PException e) {
                if (Tracing.mayTrace()) {
                    Tracing.unwound(this, frame, e);
                }
                e.leaveFrame(filename, getName(), frame.getArguments(), this, null);
                generator.releaseFrame();
                // the exception in flight is kept alive (like a result) while this frame's objects are released
                result = e.getPythonExceptionOrNull();
                throw e;
            } finally {
                // a finished generator's frame is cleared at once, as CPython clears it; a suspended one keeps its
                // variables, which the generator object holds
                if (finished) {
                    generator.releaseFrame();
                    // the return value (StopIteration's value) is kept alive like a function's result
                    leaveFrame.leave(frame, context, result == GeneratorSupport.FINISHED ? generator.getReturnValue() : result);
                } else {
                    leaveFrame.suspend(context, result);
                }
            }
            return result;
        }
    }
}
