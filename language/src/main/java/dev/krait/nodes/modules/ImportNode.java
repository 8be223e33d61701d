package dev.krait.nodes.modules;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;

/** {@code import a.b.c}: imports the module; the value is the top package (bound to {@code a}) or, with {@code as}, the module itself. */
public final class ImportNode extends ExpressionNode {
    private final String name;
    private final boolean returnTop;

    public ImportNode(String name, boolean returnTop) {
        this.name = name;
        this.returnTop = returnTop;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        Object module = ModuleLoader.importModule(context, name);
        return returnTop ? ModuleLoader.importTop(context, name) : module;
    }
}
