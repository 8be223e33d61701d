package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The annotation {@code *Ts} of {@code *args} (PEP 646): the single item the value unpacks to, as CPython's
 * {@code UNPACK_SEQUENCE 1} takes it ({@code *Ts} of a TypeVarTuple is {@code Unpack[Ts]}).
 */
public final class StarredAnnotationNode extends ExpressionNode {
    @Child private ExpressionNode value;

    public StarredAnnotationNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return single(value.execute(frame));
    }

    @TruffleBoundary
    private static Object single(Object iterable) {
        Object iterator;
        try {
            iterator = PyIter.getIter(iterable);
        } catch (PException e) {
            throw Errors.typeError("cannot unpack non-iterable " + PyObjectType.typeName(iterable) + " object");
        }
        Object item = PyIter.next(iterator);
        if (item == null) {
            throw Errors.valueError("not enough values to unpack (expected 1, got 0)");
        }
        if (PyIter.next(iterator) != null) {
            throw Errors.valueError("too many values to unpack (expected 1)");
        }
        return item;
    }
}
