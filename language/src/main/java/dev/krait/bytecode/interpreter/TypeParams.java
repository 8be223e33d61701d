package dev.krait.bytecode.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectSetAttr;

/**
 * The PEP 695 intrinsics (CALL_INTRINSIC_1/2 with INTRINSIC_TYPEVAR…INTRINSIC_TYPEALIAS), named after CPython's
 * functions behind them. The objects come from the same {@code typing} helpers the AST engine calls, so both engines
 * make the same TypeVars, Generic bases and TypeAliasTypes.
 */
final class TypeParams {
    private TypeParams() {
    }

    // the kinds typing._make_type_param takes
    private static final long TYPE_VAR = 0;
    private static final long TYPE_VAR_TUPLE = 1;
    private static final long PARAM_SPEC = 2;

    /** {@code _Py_make_typevar}: {@code [T]}, {@code [T: bound]} or {@code [T: (constraints)]}, evaluated by a function. */
    @TruffleBoundary
    static Object makeTypeVar(KraitContext context, Object name, Object evaluateBound, Object evaluateConstraints) {
        return typing(context, "_make_type_param", TYPE_VAR, name, evaluateBound, evaluateConstraints);
    }

    /** {@code _Py_make_typevartuple}: {@code [*Ts]}. */
    @TruffleBoundary
    static Object makeTypeVarTuple(KraitContext context, Object name) {
        return typing(context, "_make_type_param", TYPE_VAR_TUPLE, name, PNone.NONE, PNone.NONE);
    }

    /** {@code _Py_make_paramspec}: {@code [**P]}. */
    @TruffleBoundary
    static Object makeParamSpec(KraitContext context, Object name) {
        return typing(context, "_make_type_param", PARAM_SPEC, name, PNone.NONE, PNone.NONE);
    }

    /** {@code _Py_subscript_generic}: the implicit base {@code Generic[*params]} of a generic class. */
    @TruffleBoundary
    static Object subscriptGeneric(KraitContext context, Object params) {
        return typing(context, "_generic_base", params);
    }

    /** {@code _Py_make_typealias}: from the tuple (name, type parameters or None, function evaluating the value). */
    @TruffleBoundary
    static Object makeTypeAlias(KraitContext context, Object args) {
        Object[] items = ((PTuple) args).items();
        Object params = items[1] == PNone.NONE ? context.newTuple(new Object[0]) : items[1];
        return typing(context, "_make_type_alias", items[0], items[2], params);
    }

    /** {@code _Py_set_function_type_params}: a generic def's {@code __type_params__}. */
    @TruffleBoundary
    static Object setFunctionTypeParams(Object function, Object params) {
        PyObjectSetAttr.set(function, "__type_params__", params);
        return function;
    }

    private static Object typing(KraitContext context, String helper, Object... args) {
        Object function = PyObjectGetAttr.get(ModuleLoader.importObject(context, "typing"), helper);
        return PyObjectCall.call(function, args);
    }
}
