package dev.krait.bytecode.interpreter;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.KraitLanguage;
import dev.krait.bytecode.CodeUnit;
import dev.krait.bytecode.LocationTable;
import dev.krait.nodes.root.KraitRootNode;

/**
 * The root of one code unit run by the bytecode engine: module code, a function body (generator bodies included), or
 * a class body. It keeps what the eval loop reads of its code unit, decoded once: the instruction bytes, each
 * instruction's source position, where a new line starts, and the exception table. The frame's slots are CPython's
 * "fast locals plus" (named after the variables, so {@code f_locals} reads them), then the slot of the dict
 * {@code locals()} returns and one for the activation's {@link BytecodeFrame}.
 */
public final class BytecodeRootNode extends KraitRootNode {
    /** What kind of body this is: how the frame's names and arguments are laid out. */
    enum Kind {
        /** Module code: {@code arguments[0]} is the module; an optional locals mapping in {@code arguments[1]}. */
        MODULE,
        /** A function (or lambda, comprehension, generator): {@code arguments[0]} the function, then parameters. */
        FUNCTION,
        /** A class body: {@code arguments[0]} the body function, {@code arguments[1]} the class namespace. */
        CLASS_BODY
    }

    private final CodeUnit unit;
    private final Source source;
    private final Kind kind;
    /** Bodies of functions of a module CPython writes in C: no traceback entries, no Python frames. */
    private final boolean hidden;
    /** Whether the functions this code makes are hidden so (it is code of such a module). */
    private final boolean hidesFunctionFrames;
    private final int localsCount;
    private final int stateSlot;
    final byte[] code;
    final String[] names;
    final ExceptionTable exceptionTable;
    /** Per code unit: the instruction's source span (line -1 where it has none). */
    final int[] lines;
    final int[] endLines;
    final int[] columns;
    final int[] endColumns;
    /** Per code unit: whether the instruction starts a new line (where the previous line's statement has ended). */
    final boolean[] lineStarts;
    /** For each parameter, in the order the bound arguments come ({@code arguments[1 + i]}), its fast local. */
    final int[] parameterLocals;
    private Object[] constants;
    /** Per code unit: the caret anchors a traceback shows for the instruction, found when first needed. */
    private int[][] anchorCache;
    private dev.krait.runtime.KraitContext constantsContext;

    BytecodeRootNode(KraitLanguage language, CodeUnit unit, Source source, Kind kind, boolean hidden, boolean hidesFunctionFrames) {
        super(language, descriptor(unit), unit.name(), unit.qualname(), section(source, unit));
        this.hidesFunctionFrames = hidesFunctionFrames;
        this.unit = unit;
        this.source = source;
        this.kind = kind;
        this.hidden = hidden;
        this.localsCount = unit.localsPlusCount();
        this.stateSlot = localsCount + 1;
        this.code = unit.code();
        this.names = unit.names().toArray(new String[0]);
        this.exceptionTable = ExceptionTable.decode(unit.exceptiontable());
        int units = code.length / 2;
        lines = new int[units];
        endLines = new int[units];
        columns = new int[units];
        endColumns = new int[units];
        lineStarts = new boolean[units];
        java.util.Arrays.fill(lines, -1);
        for (LocationTable.Range r : LocationTable.decode(unit.linetable(), unit.firstLineno())) {
            for (int i = r.start() / 2; i < r.end() / 2 && i < units; i++) {
                lines[i] = r.line();
                endLines[i] = r.endLine();
                columns[i] = r.col();
                endColumns[i] = r.endCol();
            }
        }
        // the prologue (up to the first RESUME: cells, RETURN_GENERATOR) starts no line, as CPython reports none
        int first = 0;
        while (first < units && (code[2 * first] & 0xFF) != dev.krait.bytecode.Opcodes.RESUME) {
            first++;
        }
        int previous = -1;
        for (int i = first + 1; i < units; i++) {
            int op = code[2 * i] & 0xFF;
            if (op == dev.krait.bytecode.Opcodes.CACHE) {
                continue;
            }
            if (lines[i] >= 0 && lines[i] != previous) {
                lineStarts[i] = true;
                previous = lines[i];
            }
        }
        this.parameterLocals = parameterLocals(unit);
    }

    private static FrameDescriptor descriptor(CodeUnit unit) {
        FrameDescriptor.Builder builder = FrameDescriptor.newBuilder();
        int count = unit.localsPlusCount();
        for (int i = 0; i < count; i++) {
            builder.addSlot(FrameSlotKind.Object, unit.localsPlusName(i), null);
        }
        // the dict locals() returns, one per activation (see FrameObjects.localsOf)
        builder.addSlot(FrameSlotKind.Object, dev.krait.nodes.expression.CallerScope.LOCALS_DICT_SLOT, null);
        builder.addSlot(FrameSlotKind.Object, "<bytecode frame>", null);
        return builder.build();
    }

    private static SourceSection section(Source source, CodeUnit unit) {
        if (source == null || !source.hasCharacters()) {
            return null;
        }
        int line = Math.max(1, unit.firstLineno());
        if (line > source.getLineCount()) {
            return source.createUnavailableSection();
        }
        return source.createSection(line);
    }

    /** CPython's co_varnames order (positional, keyword-only, *args, **kwargs) from the binder's order. */
    private static int[] parameterLocals(CodeUnit unit) {
        boolean varargs = (unit.flags() & CodeUnit.CO_VARARGS) != 0;
        boolean varkw = (unit.flags() & CodeUnit.CO_VARKEYWORDS) != 0;
        int positional = unit.argcount();
        int keywordOnly = unit.kwonlyargcount();
        int[] locals = new int[positional + keywordOnly + (varargs ? 1 : 0) + (varkw ? 1 : 0)];
        int n = 0;
        for (int i = 0; i < positional; i++) {
            locals[n++] = i;
        }
        if (varargs) {
            locals[n++] = positional + keywordOnly;
        }
        for (int i = 0; i < keywordOnly; i++) {
            locals[n++] = positional + i;
        }
        if (varkw) {
            locals[n++] = positional + keywordOnly + (varargs ? 1 : 0);
        }
        return locals;
    }

    /** The bound parameters in the binder's order: positional, *args, keyword-only, **kwargs. */
    dev.krait.runtime.objects.Signature signature() {
        List<String> varnames = unit.varnames();
        String[] names = new String[parameterLocals.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = varnames.get(parameterLocals[i]);
        }
        return new dev.krait.runtime.objects.Signature(names, unit.posonlyargcount(), unit.argcount(), unit.kwonlyargcount(),
                        (unit.flags() & CodeUnit.CO_VARARGS) != 0, (unit.flags() & CodeUnit.CO_VARKEYWORDS) != 0);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return BytecodeInterpreter.call(this, frame.materialize());
    }

    public CodeUnit unit() {
        return unit;
    }

    Source source() {
        return source;
    }

    Kind kind() {
        return kind;
    }

    public boolean isModule() {
        return kind == Kind.MODULE;
    }

    /** Whether calling this body makes a generator, coroutine or async generator (RETURN_GENERATOR). */
    boolean makesGenerator() {
        return (unit.flags() & (CodeUnit.CO_GENERATOR | CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR)) != 0;
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** The body a generator resumption root runs, or null when {@code root} is not one. */
    public static BytecodeRootNode resumedBody(com.oracle.truffle.api.nodes.RootNode root) {
        return root instanceof Generators.ResumeRootNode resume ? resume.body() : null;
    }

    public boolean isClassBody() {
        return kind == Kind.CLASS_BODY;
    }

    boolean hidesFunctionFrames() {
        return hidesFunctionFrames;
    }

    boolean isHidden() {
        return hidden;
    }

    int localsCount() {
        return localsCount;
    }

    int stateSlot() {
        return stateSlot;
    }

    private com.oracle.truffle.api.RootCallTarget resumeTarget;
    /** Set by {@code types.coroutine}: the generators of this body can be awaited (CO_ITERABLE_COROUTINE). */
    private volatile boolean iterableCoroutine;

    public void setIterableCoroutine() {
        iterableCoroutine = true;
    }

    boolean isIterableCoroutine() {
        return iterableCoroutine;
    }

    /** {@code co_flags}. */
    public long flags() {
        return unit.flags() | (iterableCoroutine ? CodeUnit.CO_ITERABLE_COROUTINE : 0);
    }

    /** The call target that resumes generators of this body (made when the first one is). */
    com.oracle.truffle.api.RootCallTarget resumeTarget() {
        if (resumeTarget == null) {
            resumeTarget = Generators.resumeTarget(KraitLanguage.get(this), this);
        }
        return resumeTarget;
    }

    int[][] anchorCache() {
        if (anchorCache == null) {
            anchorCache = new int[lines.length][];
        }
        return anchorCache;
    }

    /** The constants as Python objects, made once per context. */
    Object[] constants(dev.krait.runtime.KraitContext context) {
        if (constants == null || constantsContext != context) {
            makeConstants(context);
        }
        return constants;
    }

    @TruffleBoundary
    private void makeConstants(dev.krait.runtime.KraitContext context) {
        Object[] made = new Object[unit.consts().size()];
        for (int i = 0; i < made.length; i++) {
            made[i] = dev.krait.builtins.CodeBytecodeBuiltins.pythonConstant(context, unit.consts().get(i));
        }
        constants = made;
        constantsContext = context;
    }

    @Override
    public boolean isPythonFrame() {
        return !hidden;
    }

    /** The activation state of a frame of this root (null before the loop started). */
    public static BytecodeFrame stateOf(MaterializedFrame frame) {
        int slot = frame.getFrameDescriptor().getNumberOfSlots() - 1;
        return frame.getValue(slot) instanceof BytecodeFrame state ? state : null;
    }

    /** The instruction the activation in {@code frame} is at (-1 if not known). */
    public int currentInstruction(MaterializedFrame frame) {
        BytecodeFrame state = frame == null ? null : stateOf(frame);
        return state == null ? -1 : state.lasti;
    }

    /** The line a generator's activation in {@code frame} stopped at while it is suspended; -1 when it is not. */
    @TruffleBoundary
    public int suspendedLine(MaterializedFrame frame) {
        BytecodeFrame state = stateOf(frame);
        return state != null && state.suspended ? currentLine(frame) : -1;
    }

    /** The line the activation in {@code frame} is at (-1 if not known). */
    @TruffleBoundary
    public int currentLine(MaterializedFrame frame) {
        BytecodeFrame state = stateOf(frame);
        if (state == null) {
            return unit.firstLineno();
        }
        int index = state.lasti;
        while (index > 0 && (index >= lines.length || lines[index] < 0)) {
            index--;
        }
        return index >= 0 && index < lines.length && lines[index] >= 0 ? lines[index] : unit.firstLineno();
    }

    @Override
    public String getTracebackFilename() {
        return unit.filename();
    }
}
