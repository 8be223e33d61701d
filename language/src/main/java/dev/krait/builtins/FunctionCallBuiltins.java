package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectCall;

/**
 * {@code __call__} of the callable builtin types (function, builtin_function_or_method, method, staticmethod), so
 * that {@code type(f).__call__} exists as in CPython (and {@code collections.abc.Callable} finds it). Calls made
 * directly never go through it.
 */
final class FunctionCallBuiltins {
    private FunctionCallBuiltins() {
    }

    @Builtin(name = "__call__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object args, Object kwargs) {
            return PyObjectCall.callWithKeywordDict(self, ((PTuple) args).items(), (PDict) kwargs);
        }
    }
}
