package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.nodes.root.GeneratorFunctionRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PModule;

/**
 * {@code _krait_types}: what the bundled {@code types} module needs from the runtime and Python code cannot do
 * itself (CPython's {@code types} does it by replacing a function's code object).
 */
public final class TypesSupportModule {
    private TypesSupportModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_types");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, TypesSupportModuleFactory.getFactories(), null, "_krait_types");
        return module;
    }

    /**
     * {@code mark_iterable_coroutine(function)}: gives a generator function's code the CO_ITERABLE_COROUTINE flag,
     * so that its generators can be awaited; returns whether it was a generator function.
     */
    @Builtin(name = "mark_iterable_coroutine", params = {"function", "/"})
    @GenerateNodeFactory
    public abstract static class MarkIterableCoroutineNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static boolean mark(Object function) {
            if (function instanceof PFunction f && f.getCode().callTarget().getRootNode() instanceof GeneratorFunctionRootNode root &&
                            root.getKind() == PGenerator.Kind.GENERATOR) {
                root.setIterableCoroutine();
                return true;
            }
            if (function instanceof PFunction f && f.getCode().callTarget().getRootNode() instanceof dev.krait.bytecode.interpreter.BytecodeRootNode root &&
                            f.getCode().getKind() == PGenerator.Kind.GENERATOR) {
                root.setIterableCoroutine();
                return true;
            }
            return false;
        }
    }
}
