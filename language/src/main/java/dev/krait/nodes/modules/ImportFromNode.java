package dev.krait.nodes.modules;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.StatementNode;
import dev.krait.nodes.local.FrameGlobals;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.objects.PModule;

/** {@code from module import a, b as c} and {@code from module import *}. */
public final class ImportFromNode extends StatementNode {
    private final String module;
    private final int level;
    private final String[] names;
    @Children private final TargetNode[] targets;

    /** At module level the statement passes its globals as locals to an overriding __import__ (else None). */
    private final boolean moduleLevel;

    /** {@code import *} in code exec runs with separate locals binds the names in that mapping (frame argument 1). */
    private final boolean intoNamespace;

    public ImportFromNode(String module, int level, String[] names, TargetNode[] targets, boolean moduleLevel) {
        this(module, level, names, targets, moduleLevel, false);
    }

    private ImportFromNode(String module, int level, String[] names, TargetNode[] targets, boolean moduleLevel, boolean intoNamespace) {
        this.module = module;
        this.level = level;
        this.names = names;
        this.targets = targets;
        this.moduleLevel = moduleLevel;
        this.intoNamespace = intoNamespace;
    }

    /** {@code from module import *}. */
    public static ImportFromNode star(String module, int level, boolean moduleLevel, boolean intoNamespace) {
        return new ImportFromNode(module, level, null, null, moduleLevel, intoNamespace);
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        PModule globals = FrameGlobals.getGlobals(frame);
        Object override = ModuleLoader.overriddenImport(context, globals);
        Object imported;
        String absolute;
        if (override != null) {
            imported = ModuleLoader.callImport(context, override, module, globals, moduleLevel, names == null ? new String[]{"*"} : names, level);
            absolute = module;
        } else {
            absolute = ModuleLoader.resolveName(context, module, level, globals);
            imported = ModuleLoader.importObject(context, absolute);
        }
        if (names == null) {
            ModuleLoader.importStar(context, imported, globals, intoNamespace ? frame.getArguments()[1] : null);
            return;
        }
        for (int i = 0; i < names.length; i++) {
            targets[i].assign(frame, ModuleLoader.importFrom(context, imported, absolute, names[i]));
        }
    }
}
