package dev.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.StatementNode;
import dev.krait.nodes.expression.GetAttributeNode;
import dev.krait.nodes.expression.GetItemNode;
import dev.krait.nodes.operators.BinaryOpNode;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.PyObjectGetItem;

/**
 * {@code target op= value} for an attribute or subscript target: the object (and key) are evaluated once, read,
 * combined in place and written back. (A plain name uses an ordinary assignment of an in-place operator node.)
 */
public final class AugmentedAssignNode extends StatementNode {
    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    @Child private ExpressionNode value;
    @Child private BinaryOpNode operator;
    @Child private GetAttributeNode readAttribute;
    @Child private AttributeTargetNode.StoreAttributeNode storeAttribute;
    @Child private GetItemNode readItem;

    private AugmentedAssignNode(ExpressionNode object, ExpressionNode key, String attribute, BinaryOperator op,
                    ExpressionNode value) {
        this.object = object;
        this.key = key;
        this.value = value;
        this.operator = BinaryOpNode.create(op, null, null, true);
        if (attribute != null) {
            this.readAttribute = GetAttributeNode.create(attribute, null);
            this.storeAttribute = AttributeTargetNodeFactory.StoreAttributeNodeGen.create(attribute);
        } else {
            this.readItem = GetItemNode.create(null, null);
        }
    }

    public static AugmentedAssignNode attribute(ExpressionNode object, String name, BinaryOperator op, ExpressionNode value) {
        return new AugmentedAssignNode(object, null, name, op, value);
    }

    public static AugmentedAssignNode subscript(ExpressionNode object, ExpressionNode key, BinaryOperator op, ExpressionNode value) {
        return new AugmentedAssignNode(object, key, null, op, value);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object target = object.execute(frame);
        if (readAttribute != null) {
            Object current = readAttribute.executeWith(target);
            Object result = operator.executeWith(current, value.execute(frame));
            storeAttribute.execute(target, result);
        } else {
            Object index = key.execute(frame);
            Object current = readItem.executeWith(target, index);
            Object result = operator.executeWith(current, value.execute(frame));
            PyObjectGetItem.setItem(target, index, result);
        }
    }
}
