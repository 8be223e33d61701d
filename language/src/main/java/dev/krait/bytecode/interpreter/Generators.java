package dev.krait.bytecode.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.KraitLanguage;
import dev.krait.bytecode.Opcodes;
import dev.krait.nodes.controlflow.AsyncForNode;
import dev.krait.nodes.root.KraitRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.AwaitSupport;
import dev.krait.runtime.protocol.GeneratorSupport;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * Generators, coroutines and async generators of the bytecode engine. RETURN_GENERATOR keeps the activation (its
 * frame, stack and next instruction) in a {@link PGenerator}; each {@code next}/{@code send}/{@code throw} runs the
 * loop again from there through the generator's resume target ({@link ResumeRootNode}), the same protocol the AST
 * engine's generators follow ({@link GeneratorSupport}). Delegation ({@code yield from}, {@code await}) is the SEND
 * loop CPython compiles, with the runtime's {@link AwaitSupport} doing each step.
 */
final class Generators {
    private Generators() {
    }

    /** What an async generator's own {@code yield} hands out (INTRINSIC_ASYNC_GEN_WRAP), told apart from an await's. */
    record AsyncYield(Object value) {
    }

    /** RETURN_GENERATOR: the activation becomes the generator's, suspended before its first instruction. */
    @TruffleBoundary
    static PGenerator create(KraitContext context, BytecodeFrame f) {
        PFunction function = (PFunction) f.frame.getArguments()[0];
        PGenerator.Kind kind = function.getCode().getKind();
        PythonClass cls = switch (kind) {
            case COROUTINE -> context.classes().coroutineClass;
            case ASYNC_GENERATOR -> context.classes().asyncGeneratorClass;
            default -> context.classes().generatorClass;
        };
        PGenerator generator = new PGenerator(cls, context.getShape(), f.frame, f.root.resumeTarget(), function.getName(),
                        function.getQualname(), BytecodeInterpreter.countedSlots(f.root));
        generator.setKind(kind);
        if (kind == PGenerator.Kind.GENERATOR && f.root.isIterableCoroutine()) {
            generator.setIterableCoroutine(true);
        }
        if (kind == PGenerator.Kind.COROUTINE && context.getCoroutineOriginDepth() > 0) {
            generator.setOrigin(dev.krait.runtime.CoroutineOrigin.capture(context, context.getCoroutineOriginDepth(), true));
        }
        return generator;
    }

    /** YIELD_VALUE: the value handed out; an async generator notes whether it is its own yield. */
    static Object yielded(BytecodeFrame f, Object value) {
        if (value instanceof AsyncYield own) {
            f.yieldedOwnValue = true;
            return own.value();
        }
        f.yieldedOwnValue = false;
        return value;
    }

    static Object wrapAsyncYield(KraitContext context, Object value) {
        return new AsyncYield(value);
    }

    /** INTRINSIC_STOPITERATION_ERROR: the generator's resumption turns StopIteration into RuntimeError. */
    static Object stopIterationError(KraitContext context, BytecodeFrame f, Object exception) {
        return exception;
    }

    /** GET_YIELD_FROM_ITER. */
    @TruffleBoundary
    static Object yieldFromIter(KraitContext context, BytecodeRootNode root, Object value) {
        if (value instanceof PGenerator generator) {
            if (generator.isCoroutine() && (root.flags() & (dev.krait.bytecode.CodeUnit.CO_COROUTINE |
                            dev.krait.bytecode.CodeUnit.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return value;
        }
        return PyIter.getIter(value);
    }

    /**
     * SEND: the receiver (below the value on the stack) takes the value; what it yields replaces the value (then the
     * YIELD_VALUE that follows hands it out), and when it returns, its result does and the loop jumps past.
     */
    @TruffleBoundary
    static boolean send(KraitContext context, BytecodeFrame f) {
        Object value = f.pop();
        Object receiver = f.top();
        AwaitSupport.Step step = AwaitSupport.advance(receiver, value, null);
        if (step.stop() != null && dev.krait.runtime.Tracing.mayTrace()) {
            dev.krait.runtime.Tracing.delegateStopped(f.frame, step.stop());
        }
        f.push(step.value());
        return step.finished();
    }

    /**
     * FOR_ITER while a trace function may be set: an end that raised StopIteration (a generator returning a value) is
     * reported as 'exception' on the loop's line, as CPython 3.12 does.
     */
    @TruffleBoundary
    static Object tracedNext(BytecodeRootNode root, BytecodeFrame f) {
        try {
            return PyIter.nextPropagating(f.top());
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (!dev.krait.runtime.protocol.ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                throw e;
            }
            dev.krait.runtime.Tracing.exception(root, f.frame, e, root.lines[f.lasti]);
            // cleared at once, as CPython's FOR_ITER clears it (the value it carries with it, unless held)
            dev.krait.runtime.memory.Temporaries.releaseCaughtException(e);
            return null;
        }
    }

    /** GET_AWAITABLE: the iterator {@code await} delegates to. */
    @TruffleBoundary
    static Object awaitable(KraitContext context, Object value, int where) {
        try {
            return AwaitSupport.awaitableIterator(value);
        } catch (PException e) {
            if (where != 0 && PyObjectType.classOf(value).lookup("__await__") == null && !(value instanceof PGenerator)) {
                throw Errors.typeError("'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__") +
                                " that does not implement __await__: " + PyObjectType.typeName(value));
            }
            throw e;
        }
    }

    /** CLEANUP_THROW: a StopIteration from the delegate ends the delegation with its value; anything else goes on. */
    @TruffleBoundary
    static void cleanupThrow(BytecodeFrame f) {
        Object exception = f.pop();
        KraitContext context = KraitContext.get(null);
        if (exception instanceof PBaseException e && e.getPythonClass().isSubclassOf(context.classes().errorClass(ErrorType.StopIteration))) {
            f.pop();
            f.pop();
            f.push(PNone.NONE);
            Object[] args = e.getArgs();
            f.push(args.length > 0 ? args[0] : PNone.NONE);
            return;
        }
        throw Operations.reraise(f, exception);
    }

    static Object asyncIterator(Object value) {
        return AsyncForNode.asyncIterator(value, "for");
    }

    /** GET_ANEXT: the iterator of the awaitable {@code __anext__()} returned. */
    @TruffleBoundary
    static Object asyncNext(KraitContext context, Object iterator) {
        return AsyncForNode.nextAwaitIterator(iterator, "for");
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; any other exception goes on. */
    @TruffleBoundary
    static void endAsyncFor(BytecodeFrame f) {
        Object exception = f.pop();
        KraitContext context = KraitContext.get(null);
        if (exception instanceof PBaseException e && e.getPythonClass().isSubclassOf(context.classes().byName("StopAsyncIteration"))) {
            f.pop();
            return;
        }
        throw Operations.reraise(f, exception);
    }

    /**
     * Runs one step of a generator: the value {@code send} passed is pushed where the yield left its value, or the
     * exception {@code throw} passed is raised there (a delegating generator hands it to its delegate first).
     */
    @TruffleBoundary
    static Object resume(BytecodeRootNode root, PGenerator generator) {
        MaterializedFrame frame = generator.getFrame();
        BytecodeFrame f = BytecodeRootNode.stateOf(frame);
        KraitContext context = KraitContext.get(null);
        if (context.enterCall() > context.getRecursionLimit()) {
            context.exitCall();
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        f.suspended = false;
        f.releaseStack();
        f.restoreHandled(context);
        PException thrown = generator.getThrown();
        generator.setThrown(null);
        if (thrown != null) {
            thrown.markThrownIntoGenerator(); // its context comes from the generator's own handler only
        }
        Object result = null;
        boolean finished = true;
        boolean delegateDone = generator.takeDelegateDone();
        boolean traced = dev.krait.runtime.Tracing.mayTrace() && !root.isHidden();
        try {
            if (traced) {
                if (generator.isStarted()) {
                    // it resumes after the yield it stopped at, whose line its frame shows
                    dev.krait.runtime.Tracing.call(root, frame, -1, root.lines[f.lasti]);
                } else {
                    dev.krait.runtime.Tracing.call(root, frame, dev.krait.runtime.Tracing.firstLine(frame.getArguments()));
                }
            }
            PException pending = null;
            if (delegateDone) {
                // throw() ended the delegation itself (a delegate with a throw method): its outcome is the sent value or
                // the exception
                if (thrown != null) {
                    pending = thrown;
                } else {
                    endDelegation(f, generator.getSentValue());
                }
            } else if (thrown != null) {
                Object delegated = throwIntoDelegate(context, f, thrown);
                if (delegated != null) {
                    f.suspended = true;
                    finished = false;
                    result = delegated;
                    generator.setYieldedValue(false);
                    return result;
                }
                if (f.pendingThrow) {
                    pending = f.pendingException != null ? f.pendingException : thrown;
                }
                f.pendingThrow = false;
                f.pendingException = null;
            } else {
                f.push(generator.getSentValue());
            }
            Object value = BytecodeInterpreter.resumeRun(f, context, pending);
            generator.setAwaiting(f.suspended && isDelegating(f) ? f.top() : null);
            if (f.suspended) {
                finished = false;
                generator.setYieldedValue(f.yieldedOwnValue);
                result = value;
            } else {
                generator.setReturnValue(value);
                result = GeneratorSupport.FINISHED;
            }
            if (traced) {
                dev.krait.runtime.Tracing.returned(root, frame, finished ? value : result, !finished);
            }
            return result;
        } catch (PException e) {
            if (traced) {
                dev.krait.runtime.Tracing.unwound(root, frame, e);
            }
            BytecodeInterpreter.leaveFrame(f, context, e);
            generator.releaseFrame();
            result = e.getPythonExceptionOrNull();
            throw e;
        } finally {
            if (finished) {
                generator.releaseFrame();
                BytecodeInterpreter.endStep(f, context, result == GeneratorSupport.FINISHED ? generator.getReturnValue() : result, false);
            } else {
                f.saveHandled(context);
                BytecodeInterpreter.endStep(f, context, result, true);
            }
        }
    }

    /**
     * {@code throw()} into a generator suspended in a {@code yield from} or {@code await}: the delegate gets the
     * exception first. Returns what the delegate yielded (the generator stays suspended), or null when the loop
     * goes on: with the delegate's return value (the delegation ended) or with the exception raised at the yield
     * ({@code f.pendingThrow}).
     */
    private static Object throwIntoDelegate(KraitContext context, BytecodeFrame f, PException thrown) {
        f.pendingThrow = true;
        if (!isDelegating(f)) {
            return null;
        }
        AwaitSupport.Step step;
        try {
            step = AwaitSupport.advance(f.top(), null, thrown);
        } catch (PException raised) {
            f.pendingException = raised;
            return null;
        }
        if (!step.finished()) {
            return step.value();
        }
        endDelegation(f, step.value());
        f.pendingThrow = false;
        return null;
    }

    /** Whether the activation is suspended in a {@code yield from} or {@code await} (the RESUME after its yield says). */
    private static boolean isDelegating(BytecodeFrame f) {
        byte[] code = f.root.code;
        int next = f.next;
        return next < code.length / 2 && (code[2 * next] & 0xFF) == Opcodes.RESUME && (code[2 * next + 1] & 0xFF) >= 2;
    }

    /** The delegation ended with {@code value}: the SEND loop's exit gets it, as if the delegate had returned it. */
    private static void endDelegation(BytecodeFrame f, Object value) {
        byte[] code = f.root.code;
        int jump = f.next + 1;
        int sendIndex = jump + 1 - (code[2 * jump + 1] & 0xFF);
        f.push(value);
        f.next = sendIndex + 1 + Opcodes.caches(Opcodes.SEND) + (code[2 * sendIndex + 1] & 0xFF);
    }

    /** The call target resuming a generator of one bytecode body. */
    static final class ResumeRootNode extends KraitRootNode {
        private final BytecodeRootNode body;

        ResumeRootNode(KraitLanguage language, BytecodeRootNode body) {
            super(language, null, body.getName(), body.getQualifiedName(), body.getSourceSection());
            this.body = body;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return resume(body, (PGenerator) frame.getArguments()[0]);
        }

        @Override
        public boolean isPythonFrame() {
            return body.isPythonFrame();
        }

        @Override
        public MaterializedFrame variablesFrame(com.oracle.truffle.api.frame.Frame callFrame) {
            return ((PGenerator) callFrame.getArguments()[0]).getFrame();
        }

        @Override
        public String getTracebackFilename() {
            return body.getTracebackFilename();
        }

        BytecodeRootNode body() {
            return body;
        }
    }

    static RootCallTarget resumeTarget(KraitLanguage language, BytecodeRootNode body) {
        return new ResumeRootNode(language, body).getCallTarget();
    }
}
