package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.local.FrameGlobals;
import dev.krait.runtime.FrameLocalsDict;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PDict;

/**
 * Where the names of a scope live, as the translator knows them, for the builtins that look at their caller's scope
 * ({@code locals()}, {@code globals()}, {@code dir()}, {@code vars()}, and {@code eval}/{@code exec} without explicit
 * namespaces): a module's names are its globals, a class body's (and code run by {@code exec} with a separate locals
 * mapping) are its namespace dict, and a function's are frame slots, which {@link #locals} writes into the frame's own dict.
 */
public final class CallerScope {
    public enum Kind {
        MODULE,
        /** A class body, or code run with a namespace dict in {@code arguments[1]}. */
        NAMESPACE,
        FUNCTION
    }

    private static final String[] NO_NAMES = new String[0];

    private final Kind kind;
    private final String[] names;
    private final int[] slots;
    private final boolean[] inCell;
    /** A function's counted slot for its {@code locals()} dict ({@link FrameLocalsDict}); -1 for the others. */
    private final int localsDictSlot;

    /** The name of the frame slot keeping a function activation's {@code locals()} dict. */
    public static final String LOCALS_DICT_SLOT = "<locals dict>";

    private CallerScope(Kind kind, String[] names, int[] slots, boolean[] inCell, int localsDictSlot) {
        this.kind = kind;
        this.names = names;
        this.slots = slots;
        this.inCell = inCell;
        this.localsDictSlot = localsDictSlot;
    }

    public static CallerScope module() {
        return new CallerScope(Kind.MODULE, NO_NAMES, new int[0], new boolean[0], -1);
    }

    public static CallerScope namespace() {
        return new CallerScope(Kind.NAMESPACE, NO_NAMES, new int[0], new boolean[0], -1);
    }

    /**
     * A function's scope: its local and free variables' names, slots, whether each slot holds a cell, and the slot
     * of its {@code locals()} dict.
     */
    public static CallerScope function(String[] names, int[] slots, boolean[] inCell, int localsDictSlot) {
        return new CallerScope(Kind.FUNCTION, names, slots, inCell, localsDictSlot);
    }

    public Kind kind() {
        return kind;
    }

    /** The dict of the frame's globals (its module's {@code __dict__}). */
    public PDict globals(VirtualFrame frame, KraitContext context) {
        return FrameGlobals.getGlobals(frame).getNamespaceDict(context);
    }

    /** What {@code locals()} returns here: the globals dict, the namespace mapping, or the frame's locals dict. */
    public Object locals(VirtualFrame frame, KraitContext context) {
        return switch (kind) {
            case MODULE -> globals(frame, context);
            case NAMESPACE -> frame.getArguments()[1];
            case FUNCTION -> refreshedLocals(context, frame.materialize());
        };
    }

    @TruffleBoundary
    private PDict refreshedLocals(KraitContext context, MaterializedFrame frame) {
        PDict locals = FrameLocalsDict.getOrCreate(context, frame, localsDictSlot);
        for (int i = 0; i < names.length; i++) {
            Object value = frame.getValue(slots[i]);
            if (inCell[i]) {
                value = value instanceof PCell cell ? cell.get() : null;
            }
            FrameLocalsDict.refresh(locals, names[i], value);
        }
        return locals;
    }
}
