package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PCellObject;
import dev.krait.runtime.protocol.Singletons;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code cell} ({@code function.__closure__}'s items): cells compare by their contents (an empty cell before any
 * other), and show what they hold.
 */
final class CellBuiltins {
    private CellBuiltins() {
    }

    @TruffleBoundary
    static Object compare(CompareOperator op, Object self, Object other) {
        if (!(self instanceof PCellObject a) || !(other instanceof PCellObject b)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        Object left = a.cell().get();
        Object right = b.cell().get();
        if (left != null && right != null) {
            return PyObjectRichCompare.compare(op, left, right);
        }
        // CPython compares (right is empty) with (left is empty)
        return op.test(Boolean.compare(right == null, left == null));
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(CompareOperator.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(CompareOperator.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class LtNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object lt(Object self, Object other) {
            return compare(CompareOperator.LT, self, other);
        }
    }

    @Builtin(name = "__le__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class LeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object le(Object self, Object other) {
            return compare(CompareOperator.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class GtNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object gt(Object self, Object other) {
            return compare(CompareOperator.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class GeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object ge(Object self, Object other) {
            return compare(CompareOperator.GE, self, other);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            Object value = ((PCellObject) self).cell().get();
            String at = "<cell at " + PyObjectRepr.address(self) + ": ";
            if (value == null) {
                return at + "empty>";
            }
            return at + PyObjectType.typeName(value) + " object at " + PyObjectRepr.address(value) + ">";
        }
    }
}
