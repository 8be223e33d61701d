package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PCellObject;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;

/**
 * {@code cell} ({@code function.__closure__}'s items): cells compare by their contents (an empty cell before any
 * other), and show what they hold.
 */
final class CellBuiltins {
    private CellBuiltins() {
    }

    static void install(KraitContext context) {
        PythonClass cell = context.classes().cellClass;
        java.util.function.Predicate<Object> check = v -> v instanceof PCellObject;
        OperatorMethods.comparisons(context, cell, check, CellBuiltins::compare);
        OperatorMethods.define(context, cell, "__repr__", OperatorMethods.UNARY, check, a -> repr((PCellObject) a[0]));
    }

    @TruffleBoundary
    private static Object compare(CompareOperator op, Object self, Object other) {
        if (!(other instanceof PCellObject b)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        Object left = ((PCellObject) self).cell().get();
        Object right = b.cell().get();
        if (left != null && right != null) {
            return PyObjectRichCompare.compare(op, left, right);
        }
        // CPython compares (right is empty) with (left is empty)
        return op.test(Boolean.compare(right == null, left == null));
    }

    @TruffleBoundary
    private static Object repr(PCellObject self) {
        Object value = self.cell().get();
        String at = "<cell at " + PyObjectRepr.address(self) + ": ";
        if (value == null) {
            return at + "empty>";
        }
        return at + PyObjectType.typeName(value) + " object at " + PyObjectRepr.address(value) + ">";
    }
}
