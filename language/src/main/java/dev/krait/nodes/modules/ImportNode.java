package dev.krait.nodes.modules;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.local.FrameGlobals;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.objects.PModule;

/**
 * {@code import a.b.c}: imports the module; the value is the top package (bound to {@code a}) or, with {@code as},
 * the module itself. A function a program put in {@code builtins.__import__} does the importing instead.
 */
public final class ImportNode extends ExpressionNode {
    private final String name;
    private final boolean returnTop;
    /** At module level the statement passes its globals as locals to an overriding __import__ (else None). */
    private final boolean moduleLevel;

    /** False for the imports the runtime's own code makes (of typing for PEP 695 syntax): those ignore overrides. */
    private final boolean statement;

    public ImportNode(String name, boolean returnTop, boolean moduleLevel) {
        this(name, returnTop, moduleLevel, true);
    }

    private ImportNode(String name, boolean returnTop, boolean moduleLevel, boolean statement) {
        this.name = name;
        this.returnTop = returnTop;
        this.moduleLevel = moduleLevel;
        this.statement = statement;
    }

    /** The module {@code name}, imported for the runtime's own use (an overriding __import__ is not called). */
    public static ImportNode forRuntime(String name) {
        return new ImportNode(name, false, false, false);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        PModule globals = FrameGlobals.getGlobals(frame);
        Object override = statement ? ModuleLoader.overriddenImport(context, globals) : null;
        if (override != null) {
            Object top = ModuleLoader.callImport(context, override, name, globals, moduleLevel, null, 0);
            return returnTop ? top : ModuleLoader.followSubmodules(context, top, name);
        }
        Object module = ModuleLoader.importObject(context, name);
        return returnTop ? ModuleLoader.importTop(context, name) : module;
    }
}
