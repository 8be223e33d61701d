package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.krait.nodes.root.KraitRootNode;
import dev.krait.nodes.root.ModuleRootNode;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.StackFrameObject;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PCodeObject;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFrameObject;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTraceback;
import dev.krait.runtime.objects.PTracebackObject;

/**
 * Makes the Python {@code traceback}, {@code frame} and {@code code} objects on request: from an exception's
 * traceback entries ({@link PTraceback}, which raising records as plain data) and from the running activations
 * (Truffle's frame iteration) for {@code sys._getframe()}.
 */
public final class FrameObjects {
    private FrameObjects() {
    }

    /** {@code exc.__traceback__}: None, or the traceback object of the exception's outermost entry. */
    @TruffleBoundary
    public static Object tracebackOf(KraitContext context, PBaseException exception) {
        PTraceback entry = exception.getTraceback();
        return entry == null ? PNone.NONE : tracebackObject(context, entry, exception, null);
    }

    private static PTracebackObject tracebackObject(KraitContext context, PTraceback entry, PBaseException owner, PFrameObject callerFrame) {
        PTracebackObject existing = entry.pythonObject();
        if (existing != null && !existing.hasMemoryFlag(RefCounts.RELEASED)) {
            return existing;
        }
        PTracebackObject made = new PTracebackObject(context.classes().tracebackClass, context.getShape(), entry, owner, callerFrame);
        entry.setPythonObject(made);
        return made;
    }

    /** {@code tb.tb_next}. */
    @TruffleBoundary
    public static Object nextOf(KraitContext context, PTracebackObject traceback) {
        PTraceback next = traceback.entry().next();
        if (next == null) {
            return PNone.NONE;
        }
        if (traceback.nextOrNull() == null || traceback.nextOrNull().entry() != next) {
            traceback.setNext(tracebackObject(context, next, traceback.owner(), frameOf(context, traceback)));
        }
        return traceback.nextOrNull();
    }

    /** {@code tb.tb_next = value}: None or a traceback object that does not lead back to this one. */
    @TruffleBoundary
    public static void setNext(KraitContext context, PTracebackObject traceback, Object value) {
        if (value == PNone.NONE) {
            traceback.entry().setNext(null);
            traceback.setNext(null);
            return;
        }
        if (!(value instanceof PTracebackObject next)) {
            throw Errors.typeError("expected traceback object, got '" + dev.krait.runtime.protocol.PyObjectType.typeName(value) + "'");
        }
        for (PTraceback entry = next.entry(); entry != null; entry = entry.next()) {
            if (entry == traceback.entry()) {
                throw Errors.valueError("traceback loop detected");
            }
        }
        traceback.entry().setNext(next.entry());
        traceback.setNext(next);
    }

    /**
     * The source range the entry marks (Krait's stand-in for CPython's code positions): {@code (lineno, end_lineno,
     * colno, end_colno, anchor_start, anchor_end)}, columns 0-based code points, anchors relative to colno; None where
     * unknown.
     */
    @TruffleBoundary
    public static Object positionsOf(KraitContext context, PTracebackObject traceback) {
        PTraceback entry = traceback.entry();
        Object none = PNone.NONE;
        if (entry.column() < 0) {
            return context.newTuple(new Object[]{(long) entry.lineno(), none, none, none, none, none});
        }
        boolean anchored = entry.anchorStart() >= 0;
        return context.newTuple(new Object[]{(long) entry.lineno(), (long) entry.endLineno(), (long) entry.column(), (long) entry.endColumn(),
                        anchored ? (Object) (long) entry.anchorStart() : none, anchored ? (Object) (long) entry.anchorEnd() : none});
    }

    /** {@code tb.tb_frame}: the activation the entry records, as it was when the exception left it. */
    @TruffleBoundary
    public static PFrameObject frameOf(KraitContext context, PTracebackObject traceback) {
        if (traceback.frameOrNull() == null) {
            PTraceback entry = traceback.entry();
            MaterializedFrame frame = entry.frame();
            if (frame == null && entry.activation() != null) {
                // the frame that caught the exception: while it runs, its variables are read from the live frame
                frame = liveFrameOf(entry.activation());
            }
            PFrameObject made = new PFrameObject(context.classes().frameClass, context.getShape(), entry.code(), entry.activation(),
                            frame, entry.movedSlots(), entry.movedValues(), entry.lineno(), traceback.owner());
            if (traceback.callerFrame() != null) {
                made.setBack(traceback.callerFrame());
            }
            traceback.setFrame(made);
        }
        return traceback.frameOrNull();
    }

    /**
     * {@code frame.f_back}: for a running activation, the frame object of the one that called (or resumed) it; for one
     * that ended, the caller it had (known for a frame made with its caller, else None).
     */
    @TruffleBoundary
    public static Object backOf(KraitContext context, PFrameObject frame) {
        boolean running = false;
        if (frame.activation() != null) {
            List<FrameInstance> stack = runningPythonFrames();
            for (int i = 0; i < stack.size(); i++) {
                if (activationOf(stack.get(i)) == frame.activation()) {
                    PFrameObject back = i + 1 < stack.size() ? chainFrom(context, stack, i + 1) : null;
                    if (back != frame.back() || !frame.isBackKnown()) {
                        frame.setBack(back);
                    }
                    running = true;
                    break;
                }
            }
        }
        if (!running && !frame.isBackKnown()) {
            frame.setBack(null);
        }
        return frame.back() == null ? PNone.NONE : frame.back();
    }

    /** {@code sys._getframe(depth)}: the caller's frame, or the one {@code depth} calls out from it. */
    @TruffleBoundary
    public static PFrameObject runningFrame(KraitContext context, long depth) {
        List<FrameInstance> running = runningPythonFrames();
        if (depth < 0) {
            depth = 0;
        }
        if (depth >= running.size()) {
            throw Errors.valueError("call stack is not deep enough");
        }
        return chainFrom(context, running, (int) depth);
    }

    /** The frame objects of {@code running[index]} and, through f_back, of every activation outside it. */
    private static PFrameObject chainFrom(KraitContext context, List<FrameInstance> running, int index) {
        PFrameObject outer = null;
        for (int i = running.size() - 1; i >= index; i--) {
            FrameInstance instance = running.get(i);
            MaterializedFrame frame = variablesOf(instance);
            RootNode root = ((RootCallTarget) instance.getCallTarget()).getRootNode();
            int line = instance.getCallNode() == null ? -1 : StackFrameObject.enclosingLine(instance.getCallNode());
            if (bytecodeRoot(root) != null) {
                line = bytecodeRoot(root).currentLine(frame);
            }
            PFrameObject made = activationFrame(context, root, frame, line);
            if (line > 0 && !made.isReporting()) {
                made.setLineno(line); // the call in progress is where the activation is
            }
            if (made.back() != outer || !made.isBackKnown()) {
                made.setBack(outer);
            }
            outer = made;
        }
        return outer;
    }

    /** The key of the auxiliary frame slot keeping an activation's frame object. */
    private static final Object FRAME_OBJECT_SLOT = "frame object";

    /**
     * The frame object of a running activation: the same object every time while something holds it (it is kept,
     * uncounted, in an auxiliary slot of the activation's frame; one released meanwhile is replaced).
     */
    @TruffleBoundary
    public static PFrameObject activationFrame(KraitContext context, RootNode root, MaterializedFrame frame) {
        return activationFrame(context, root, frame, -1);
    }

    /** As {@link #activationFrame(KraitContext, RootNode, MaterializedFrame)}; one made now shows {@code line}. */
    public static PFrameObject activationFrame(KraitContext context, RootNode root, MaterializedFrame frame, int line) {
        PFrameObject cached = cachedActivationFrame(frame);
        if (cached != null) {
            return cached;
        }
        PFrameObject made = new PFrameObject(context.classes().frameClass, context.getShape(), root, frame.getArguments(), frame,
                        null, null, line, null);
        frame.setAuxiliarySlot(frame.getFrameDescriptor().findOrAddAuxiliarySlot(FRAME_OBJECT_SLOT), made);
        return made;
    }

    /** The activation's frame object if it has one (still alive), else null. */
    @TruffleBoundary
    public static PFrameObject cachedActivationFrame(MaterializedFrame frame) {
        Integer slot = frame.getFrameDescriptor().getAuxiliarySlots().get(FRAME_OBJECT_SLOT);
        if (slot == null || !(frame.getAuxiliarySlot(slot) instanceof PFrameObject cached) || cached.hasMemoryFlag(RefCounts.RELEASED)) {
            return null;
        }
        return cached;
    }

    /** The activation has ended: a later one reusing nothing of it gets a frame object of its own. */
    @TruffleBoundary
    public static void forgetActivationFrame(MaterializedFrame frame) {
        Integer slot = frame.getFrameDescriptor().getAuxiliarySlots().get(FRAME_OBJECT_SLOT);
        if (slot != null) {
            frame.setAuxiliarySlot(slot, null);
        }
    }

    /** Whether the frame object's activation is on this thread's stack now. */
    @TruffleBoundary
    public static boolean isExecuting(PFrameObject frame) {
        if (frame.activation() == null) {
            return false;
        }
        for (FrameInstance instance : runningPythonFrames()) {
            if (activationOf(instance) == frame.activation()) {
                return true;
            }
        }
        return false;
    }

    /** The running Python activations, innermost first (builtins and hidden helper bodies left out). */
    private static List<FrameInstance> runningPythonFrames() {
        List<FrameInstance> result = new ArrayList<>();
        Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            if (instance.getCallTarget() instanceof RootCallTarget target && isPythonFrame(target.getRootNode())) {
                result.add(instance);
            }
            return null;
        });
        return result;
    }

    /** The line a bytecode activation is at, or -1 for an activation of the AST engine. */
    public static int bytecodeLine(RootNode root, MaterializedFrame frame) {
        var bytecode = bytecodeRoot(root);
        return bytecode == null ? -1 : bytecode.currentLine(frame);
    }

    /** The bytecode body a root runs (a generator's resumption runs its function's), or null for the AST engine's. */
    private static dev.krait.bytecode.interpreter.BytecodeRootNode bytecodeRoot(RootNode root) {
        if (root instanceof dev.krait.bytecode.interpreter.BytecodeRootNode b) {
            return b;
        }
        return dev.krait.bytecode.interpreter.BytecodeRootNode.resumedBody(root);
    }

    private static boolean isPythonFrame(RootNode root) {
        return root instanceof KraitRootNode python && python.isPythonFrame();
    }

    private static MaterializedFrame variablesOf(FrameInstance instance) {
        KraitRootNode root = (KraitRootNode) ((RootCallTarget) instance.getCallTarget()).getRootNode();
        return root.variablesFrame(instance.getFrame(FrameInstance.FrameAccess.MATERIALIZE));
    }

    private static Object activationOf(FrameInstance instance) {
        return variablesOf(instance).getArguments();
    }

    private static MaterializedFrame liveFrameOf(Object activation) {
        for (FrameInstance instance : runningPythonFrames()) {
            if (activationOf(instance) == activation) {
                return variablesOf(instance);
            }
        }
        return null;
    }

    /**
     * {@code f_lineno}: the line a running activation is at: the call in progress tells it (for the activation
     * reading its own frame, the reading node), while a trace function hears of an event the event's line (which the
     * statements keep in the frame object while the thread traces). A frame that ended keeps the last line known.
     */
    @TruffleBoundary
    public static long linenoOf(PFrameObject frame) {
        if (frame.activation() != null && !frame.isReporting()) {
            List<FrameInstance> running = runningPythonFrames();
            for (int i = 0; i < running.size(); i++) {
                FrameInstance instance = running.get(i);
                if (activationOf(instance) == frame.activation()) {
                    var bytecode = bytecodeRoot(((RootCallTarget) instance.getCallTarget()).getRootNode());
                    if (bytecode != null) {
                        return bytecode.currentLine(variablesOf(instance));
                    }
                    com.oracle.truffle.api.nodes.Node location = instance.getCallNode();
                    if (location == null && i == 0) {
                        // the activation reading its own frame's attribute: the reading node says where it is
                        location = com.oracle.truffle.api.nodes.EncapsulatingNodeReference.getCurrent().get();
                        if (location != null && location.getRootNode() != ((RootCallTarget) instance.getCallTarget()).getRootNode()) {
                            location = null;
                        }
                    }
                    if (location == null) {
                        // objects released as a statement ends (a __del__, a warning) see that statement's line
                        location = KraitContext.get(null).getReleasingStatement();
                        if (location != null && location.getRootNode() != ((RootCallTarget) instance.getCallTarget()).getRootNode()) {
                            location = null;
                        }
                    }
                    int line = location == null ? -1 : StackFrameObject.enclosingLine(location);
                    return line > 0 ? line : frame.lineno();
                }
            }
            // a suspended generator of the bytecode engine: the yield it stopped at (or, not started, its first line)
            var bytecode = frame.code() == null ? null : bytecodeRoot(frame.code());
            if (bytecode != null && frame.frame() != null) {
                int line = bytecode.suspendedLine(frame.frame());
                if (line > 0) {
                    return line;
                }
            }
        }
        return frame.lineno();
    }

    /** {@code f_code}: one code object per compiled body. */
    @TruffleBoundary
    public static Object codeOf(KraitContext context, PFrameObject frame) {
        if (!(frame.code() instanceof KraitRootNode code)) {
            return PNone.NONE;
        }
        // a bytecode generator's frame runs its function's code
        KraitRootNode root = bytecodeRoot(code) != null ? bytecodeRoot(code) : code;
        boolean function = frame.activation() instanceof Object[] arguments && arguments.length > 0 && arguments[0] instanceof PFunction;
        if (root.getCompiledCode() != null) {
            return root.getCompiledCode();
        }
        // a generator's frame runs its body's own root: the code object is the generator function's (gi_code)
        dev.krait.nodes.root.GeneratorFunctionRootNode owner = dev.krait.nodes.root.GeneratorFunctionRootNode.ownerOf(root);
        return codeObjectFor(context, owner != null ? owner : root,
                        function ? ((PFunction) ((Object[]) frame.activation())[0]).getCode().signature() : null);
    }

    /** The code object of a compiled body ({@code f_code}, {@code function.__code__}), with its parameters if known. */
    @TruffleBoundary
    public static PCodeObject codeObjectFor(KraitContext context, KraitRootNode root, dev.krait.runtime.objects.Signature signature) {
        PCodeObject code = (PCodeObject) root.getCodeObject();
        if (code == null || code.getPythonClass() != context.classes().codeClass) {
            // one per root node; a root node shared by another context's engine gets this context's own
            code = RefCounts.immortal(new PCodeObject(context.classes().codeClass, context.getShape(), root));
            if (root.getCodeObject() == null) {
                root.setCodeObject(code);
            }
        }
        if (code.signature() == null && signature != null) {
            code.setSignature(signature);
        }
        return code;
    }

    /** The module whose globals the frame runs with (null if not known). */
    public static PModule moduleOf(PFrameObject frame) {
        if (frame.activation() instanceof Object[] arguments && arguments.length > 0) {
            if (arguments[0] instanceof PFunction function) {
                return function.getGlobals();
            } else if (arguments[0] instanceof PModule module) {
                return module;
            }
        }
        return null;
    }

    /** {@code f_globals}: the module's live namespace dict (what {@code globals()} returns there). */
    @TruffleBoundary
    public static PDict globalsOf(KraitContext context, PFrameObject frame) {
        PModule module = moduleOf(frame);
        return module == null ? context.newDict() : module.getNamespaceDict(context);
    }

    /** {@code f_builtins}: the builtins module's own namespace dict ({@code builtins.__dict__}). */
    @TruffleBoundary
    public static PDict builtinsOf(KraitContext context) {
        return context.getBuiltins().getNamespaceDict(context);
    }

    /** {@code f_locals}: a snapshot of the frame's variables (the module's globals for module code). */
    @TruffleBoundary
    public static PDict localsOf(KraitContext context, PFrameObject frame) {
        if (frame.code() instanceof ModuleRootNode) {
            return globalsOf(context, frame);
        }
        if (frame.code() instanceof dev.krait.bytecode.interpreter.BytecodeRootNode b && !b.isFunction() &&
                        frame.activation() instanceof Object[] arguments) {
            // module code's names are its globals (or exec's locals mapping); a class body's, its namespace
            if (arguments.length > 1 && arguments[1] instanceof PDict namespace) {
                return namespace;
            }
            if (arguments.length > 1 && arguments[1] != null) {
                // another mapping (exec's locals): a snapshot of its items
                PDict dict = context.newDict();
                dev.krait.runtime.protocol.MappingOps.dictMerge(dict, arguments[1]);
                return dict;
            }
            return globalsOf(context, frame);
        }
        if (frame.code() instanceof dev.krait.nodes.root.FunctionRootNode f && f.isClassBody() &&
                        frame.activation() instanceof Object[] arguments && arguments.length > 1 && arguments[1] instanceof PDict namespace) {
            return namespace; // the class namespace itself, as CPython's class frames have it
        }
        MaterializedFrame values = frame.frame();
        if (values == null || frame.isCleared()) {
            return context.newDict();
        }
        FrameDescriptor descriptor = values.getFrameDescriptor();
        PDict dict = null;
        int localsDictSlot = localsDictSlot(descriptor);
        if (localsDictSlot >= 0 && frame.movedSlots() == null) {
            // a function that calls locals() has one dict per activation: f_locals is that dict while it runs
            dict = FrameLocalsDict.existing(values, localsDictSlot);
            if (dict == null && isExecuting(frame)) {
                dict = FrameLocalsDict.getOrCreate(context, values, localsDictSlot);
            }
        }
        boolean refreshing = dict != null;
        if (dict == null) {
            dict = context.newDict();
        }
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (!(descriptor.getSlotName(slot) instanceof String name) || name.isEmpty() || name.charAt(0) == '<') {
                continue;
            }
            Object value = movedValue(frame, slot);
            if (value == null && values.getTag(slot) != com.oracle.truffle.api.frame.FrameSlotKind.Illegal.tag) {
                value = values.getValue(slot);
            }
            if (value instanceof PCell cell) {
                value = cell.get();
            }
            if (value != null && value instanceof dev.krait.runtime.objects.PythonObject object && object.hasMemoryFlag(RefCounts.RELEASED)) {
                value = null;
            }
            if (refreshing) {
                FrameLocalsDict.refresh(dict, name, value);
            } else if (value != null) {
                dict.setItem(name, value);
            }
        }
        return dict;
    }

    private static int localsDictSlot(FrameDescriptor descriptor) {
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (dev.krait.nodes.expression.CallerScope.LOCALS_DICT_SLOT.equals(descriptor.getSlotName(slot))) {
                return slot;
            }
        }
        return -1;
    }

    private static Object movedValue(PFrameObject frame, int slot) {
        int[] slots = frame.movedSlots();
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] == slot) {
                    return frame.movedValues()[i];
                }
            }
        }
        return null;
    }
}
