package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.BundledResources;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/**
 * The {@code _krait_frozen} module: the source of the modules bundled in Krait's jar (Krait's frozen modules, which
 * it keeps as source rather than as marshalled code), for the bundled {@code _imp}; and the other files of that
 * library (their data and directories, by their path relative to it) for importlib.resources and pkgutil.
 */
public final class FrozenModulesModule {
    private FrozenModulesModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_frozen");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, FrozenModulesModuleFactory.getFactories(), null, "_krait_frozen");
        return module;
    }

    /** {@code source(name)}: (source text, is a package) of the bundled module, or None. */
    @Builtin(name = "source", params = {"name", "/"})
    @GenerateNodeFactory
    public abstract static class SourceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object source(Object name) {
            if (!(name instanceof String s)) {
                throw Errors.typeError("_krait_frozen.source() expects a str");
            }
            Object[] found = ModuleLoader.bundledSource(s);
            return found == null ? PNone.NONE : KraitContext.get(null).newTuple(found);
        }
    }

    /** {@code library()}: the sys.path entry standing for the bundled library (see ModuleLoader.standardLibraryPathEntry). */
    @Builtin(name = "library", params = {})
    @GenerateNodeFactory
    public abstract static class LibraryNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object library() {
            return ModuleLoader.standardLibraryPathEntry();
        }
    }

    /** {@code read(relative)}: the bytes of the library's file at that '/'-separated path, or None if there is none. */
    @Builtin(name = "read", params = {"relative", "/"})
    @GenerateNodeFactory
    public abstract static class ReadNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object read(Object relative) {
            if (!(relative instanceof String s)) {
                throw Errors.typeError("_krait_frozen.read() expects a str");
            }
            byte[] data = BundledResources.read(s);
            return data == null ? PNone.NONE : ByteSequences.newBytes(data);
        }
    }

    /** {@code listdir(relative)}: the sorted names in the library's directory at that path ("" for the library), or None. */
    @Builtin(name = "listdir", params = {"relative", "/"})
    @GenerateNodeFactory
    public abstract static class ListdirNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object listdir(Object relative) {
            if (!(relative instanceof String s)) {
                throw Errors.typeError("_krait_frozen.listdir() expects a str");
            }
            java.util.List<String> names = BundledResources.list(s);
            return names == null ? PNone.NONE : KraitContext.get(null).newList(names.toArray());
        }
    }
}
