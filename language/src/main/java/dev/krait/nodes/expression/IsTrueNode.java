package dev.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectIsTrue;

/** {@code PyObject_IsTrue} of its child, as a Java boolean: conditions of if, while, and, or, not, assert. */
@NodeChild("value")
public abstract class IsTrueNode extends ExpressionNode {

    public abstract boolean executeCondition(VirtualFrame frame);

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doDouble(double value) {
        return value != 0.0;
    }

    @Specialization
    static boolean doString(String value) {
        return !value.isEmpty();
    }

    @Specialization
    static boolean doNone(PNone value) {
        return false;
    }

    @Specialization(guards = "value.getPythonClass().isBuiltin()")
    static boolean doList(PList value) {
        return value.size() != 0;
    }

    @Fallback
    boolean doGeneric(Object value) {
        // this node is where the special method was called from: its frame sees this line
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyObjectIsTrue.isTrue(value);
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    public static IsTrueNode create(ExpressionNode value) {
        return IsTrueNodeGen.create(value);
    }
}
