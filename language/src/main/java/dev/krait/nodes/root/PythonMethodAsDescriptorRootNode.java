package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.krait.KraitLanguage;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The call target of a method of a bundled class that CPython implements in C, presented as a method descriptor:
 * the receiver must be an instance of the class (CPython's descriptor check, seen when the method is called through
 * the class with another object), then the arguments go to the function's own code.
 */
public final class PythonMethodAsDescriptorRootNode extends KraitRootNode {
    private final PFunction function;
    private final PythonClass owner;
    private final ConditionProfile wrongReceiver = ConditionProfile.create();
    @Child private DirectCallNode call;

    public PythonMethodAsDescriptorRootNode(KraitLanguage language, PFunction function, PythonClass owner) {
        super(language, null, function.getName(), function.getQualname(), null);
        this.function = function;
        this.owner = owner;
        this.call = DirectCallNode.create(function.getCode().callTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments().clone();
        // the signature is the function's, so a receiver was bound: the first parameter is required
        if (wrongReceiver.profile(!isInstance(arguments[1]))) {
            throw receiverError(arguments[1]);
        }
        arguments[0] = function;
        return call.call(arguments);
    }

    private boolean isInstance(Object receiver) {
        return PyObjectType.classOf(receiver).isSubclassOf(owner);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private RuntimeException receiverError(Object receiver) {
        String name = function.getName();
        if (dev.krait.runtime.protocol.SlotWrappers.isSlotWrapper(name, owner.getName())) {
            return dev.krait.runtime.exceptions.Errors.typeError("descriptor '" + name + "' requires a '" + owner.getTypeName() +
                            "' object but received a '" + PyObjectType.typeName(receiver) + "'");
        }
        return dev.krait.runtime.exceptions.Errors.typeError("descriptor '" + name + "' for '" + owner.getTypeName() +
                        "' objects doesn't apply to a '" + PyObjectType.typeName(receiver) + "' object");
    }
}
