package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/**
 * {@code _linecache}: reads a source file's text for the bundled {@code linecache} module (Krait has no
 * {@code open()} yet). A file Krait loaded is read as it was loaded; others from disk, as UTF-8.
 */
public final class LinecacheModule {
    private LinecacheModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_linecache");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, LinecacheModuleFactory.getFactories(), null, "_linecache");
        return module;
    }

    @Builtin(name = "read_source", params = {"filename", "/"})
    @GenerateNodeFactory
    public abstract static class ReadSourceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object readSource(Object filename) {
            if (!(filename instanceof String name) || name.isEmpty() || name.startsWith("<") && name.endsWith(">")) {
                return PNone.NONE;
            }
            KraitContext context = KraitContext.get(null);
            var source = context.sourceFor(name);
            if (source != null && source.hasCharacters()) {
                return source.getCharacters().toString();
            }
            try {
                TruffleFile file = context.getEnv().getPublicTruffleFile(name);
                if (!file.isRegularFile()) {
                    return PNone.NONE;
                }
                return new String(file.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                return PNone.NONE;
            }
        }
    }
}
