package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.FrameObjects;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PTracebackObject;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code _krait_traceback}: what the bundled {@code traceback} module reads from the runtime — the source range a
 * traceback entry marks, which CPython finds through the code object's positions table and {@code tb_lasti}.
 */
public final class TracebackSupportModule {
    private TracebackSupportModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_traceback");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, TracebackSupportModuleFactory.getFactories(), null, "_krait_traceback");
        return module;
    }

    /** {@code positions(tb)}: (lineno, end_lineno, col_offset, end_col_offset) of the entry, None where unknown. */
    @Builtin(name = "positions", params = {"tb", "/"})
    @GenerateNodeFactory
    public abstract static class PositionsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object positions(Object tb) {
            if (!(tb instanceof PTracebackObject traceback)) {
                throw Errors.typeError("positions() argument must be traceback, not " + PyObjectType.typeName(tb));
            }
            return FrameObjects.positionsOf(KraitContext.get(null), traceback);
        }
    }
}
