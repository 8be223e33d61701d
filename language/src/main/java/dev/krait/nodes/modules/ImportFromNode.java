package dev.krait.nodes.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.StatementNode;
import dev.krait.nodes.local.FrameGlobals;
import dev.krait.nodes.local.TargetNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PModule;

/** {@code from module import a, b as c} and {@code from module import *}. */
public final class ImportFromNode extends StatementNode {
    private final String module;
    private final int level;
    private final String[] names;
    @Children private final TargetNode[] targets;

    /** @param names null for {@code import *} */
    public ImportFromNode(String module, int level, String[] names, TargetNode[] targets) {
        this.module = module;
        this.level = level;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        PModule globals = FrameGlobals.getGlobals(frame);
        String absolute = ModuleLoader.resolveName(context, module, level, globals);
        Object imported = ModuleLoader.importModule(context, absolute);
        if (names == null) {
            importStar(imported, globals);
            return;
        }
        for (int i = 0; i < names.length; i++) {
            targets[i].assign(frame, ModuleLoader.importFrom(context, imported, absolute, names[i]));
        }
    }

    @TruffleBoundary
    private static void importStar(Object imported, PModule globals) {
        PModule source = (PModule) imported;
        Object all = ObjectAttributes.get(source, "__all__");
        if (all != null) {
            for (Object name : dev.krait.runtime.protocol.PyIter.toArray(all)) {
                ObjectAttributes.put(globals, (String) name, dev.krait.runtime.protocol.PyObjectGetAttr.get(source, (String) name));
            }
            return;
        }
        for (String name : ObjectAttributes.names(source)) {
            if (!name.startsWith("_")) {
                ObjectAttributes.put(globals, name, ObjectAttributes.get(source, name));
            }
        }
    }
}
