package dev.krait.nodes.root;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import dev.krait.KraitLanguage;
import dev.krait.runtime.objects.PFunction;

/**
 * The call target of a Python function of a bundled module that CPython implements in C, presented as a builtin
 * function (see {@code ModuleLoader}): its bound arguments go to the function's own code, with the function in
 * argument slot 0 where the code expects it.
 */
public final class PythonFunctionAsBuiltinRootNode extends KraitRootNode {
    private final PFunction function;
    @Child private DirectCallNode call;

    public PythonFunctionAsBuiltinRootNode(KraitLanguage language, PFunction function) {
        super(language, null, function.getName(), function.getQualname(), null);
        this.function = function;
        this.call = DirectCallNode.create(function.getCode().callTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments().clone();
        arguments[0] = function;
        return call.call(arguments);
    }
}
