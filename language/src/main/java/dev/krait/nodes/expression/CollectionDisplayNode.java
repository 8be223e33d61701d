package dev.krait.nodes.expression;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.storage.SetStorage;

/** {@code [a, b]}, {@code (a, b)}, {@code {a, b}}, each possibly with {@code *iterable} elements. */
public final class CollectionDisplayNode extends ExpressionNode {
    public enum Kind {
        LIST,
        TUPLE,
        SET
    }

    @Children private final ExpressionNode[] elements;
    private final boolean[] starred;
    private final boolean anyStarred;
    private final Kind kind;
    /**
     * A list or set display of three or more constants, which CPython compiles to an extension by a tuple (or an
     * update from a frozenset) constant: the list is allocated as list.extend allocates.
     */
    private final boolean constantSet;

    public CollectionDisplayNode(Kind kind, ExpressionNode[] elements, boolean[] starred) {
        this(kind, elements, starred, false);
    }

    public CollectionDisplayNode(Kind kind, ExpressionNode[] elements, boolean[] starred, boolean constantSet) {
        this.kind = kind;
        this.constantSet = constantSet;
        this.elements = elements;
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.anyStarred = any;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].execute(frame);
        }
        if (anyStarred) {
            values = expand(values);
        }
        KraitContext context = KraitContext.get(this);
        return switch (kind) {
            case LIST -> constantSet ? PList.presized(context, values) : counted(new PList(context.classes().listClass,
                            context.getShape(), values, values.length, false), values);
            case TUPLE -> values.length == 0 ? context.emptyTuple() : counted(new PTuple(context.classes().tupleClass, context.getShape(), values, false), values);
            case SET -> constantSet ? newSetFromConstants(context, values) : newSet(context, values);
        };
    }

    /** Counts the elements of a new list or tuple here, where a profile knows what this display holds. */
    @Child private dev.krait.nodes.memory.StoreIntoNode storeElement = dev.krait.nodes.memory.StoreIntoNode.create();

    private <T extends dev.krait.runtime.objects.PythonObject> T counted(T holder, Object[] values) {
        for (Object value : values) {
            storeElement.execute(holder, value);
        }
        return holder;
    }

    @TruffleBoundary
    private static PSet newSet(KraitContext context, Object[] values) {
        PSet set = new PSet(context.classes().setClass, context.getShape(), new SetStorage());
        for (Object value : values) {
            set.add(value);
        }
        return set;
    }

    /**
     * The element order CPython gives a constant set display: the constant is a frozenset built in source order,
     * replaced by the compiler with an equal one rebuilt from that frozenset's iteration order, and the new set is
     * then filled from it.
     */
    @TruffleBoundary
    private static PSet newSetFromConstants(KraitContext context, Object[] values) {
        SetStorage first = new SetStorage();
        for (Object value : values) {
            first.add(value, dev.krait.runtime.protocol.PythonKeyProtocol.INSTANCE);
        }
        SetStorage constant = new SetStorage();
        for (Object value : first.toArray()) {
            constant.add(value, dev.krait.runtime.protocol.PythonKeyProtocol.INSTANCE);
        }
        SetStorage result = new SetStorage();
        result.update(constant, dev.krait.runtime.protocol.PythonKeyProtocol.INSTANCE);
        return new PSet(context.classes().setClass, context.getShape(), result);
    }

    @TruffleBoundary
    private Object[] expand(Object[] values) {
        ArrayList<Object> result = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                for (Object item : kind == Kind.SET ? PyIter.toArray(values[i]) : starredItems(values[i])) {
                    result.add(item);
                }
            } else {
                result.add(values[i]);
            }
        }
        return result.toArray();
    }

    /** A list or tuple display's starred items (a set display reports a non-iterable as iter() does). */
    private static Object[] starredItems(Object iterable) {
        try {
            return PyIter.toArray(iterable);
        } catch (dev.krait.runtime.exceptions.PException e) {
            var type = dev.krait.runtime.protocol.PyObjectType.classOf(iterable);
            if (type.lookup("__iter__") == null && type.lookup("__getitem__") == null) {
                throw dev.krait.runtime.exceptions.Errors.typeError("Value after * must be an iterable, not " +
                                dev.krait.runtime.protocol.PyObjectType.typeName(iterable));
            }
            throw e;
        }
    }
}
