package dev.krait.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PCode;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ArgumentBinder;
import dev.krait.runtime.protocol.PyObjectCall;

/**
 * Calls any callable with positional arguments. {@code arguments[0]} is free for the callee (the frame layout every
 * Krait root expects), so a call whose arguments match the callee's parameters exactly passes the array through
 * untouched. Python functions and builtins get a direct-call inline cache keyed on their code, so Graal can inline
 * the callee; bound methods unwrap to the same cache.
 */
@GenerateInline(false)
public abstract class DispatchCallNode extends Node {
    protected static final int CACHE_LIMIT = 3;

    /**
     * Set for a method call whose callee was found on the receiver's own type ({@link LookupMethodNode}'s plain
     * methods): the receiver passed first is then an instance of the builtin's type, and the unbound-descriptor check
     * is left out.
     */
    private boolean selfFromReceiver;

    public abstract Object execute(Object callee, Object[] arguments);

    @Specialization(guards = {"function.getCode() == cachedCode", "isExact(cachedCode, arguments)"}, limit = "CACHE_LIMIT")
    protected static Object callFunctionExact(PFunction function, Object[] arguments,
                    @Cached("function.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode call) {
        arguments[0] = function;
        return call.call(arguments);
    }

    /** A function whose defaults fill the parameters not given (its defaults are read per call: they may change). */
    @Specialization(guards = {"function.getCode() == cachedCode", "function.getKwDefaults() == null", "arguments.length == cachedLength",
                    "canBind(cachedCode, function.getDefaults(), cachedLength)"}, limit = "CACHE_LIMIT")
    protected static Object callFunctionWithDefaults(PFunction function, Object[] arguments,
                    @Cached("function.getCode()") PCode cachedCode,
                    @Cached("arguments.length") int cachedLength,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode call,
                    @Bind Node node) {
        return call.call(ArgumentBinder.bindPositional(cachedCode.signature(), function.getDefaults(), NO_ARGUMENTS, function,
                        arguments, KraitContext.get(node)));
    }

    @Specialization(guards = "function.getCode() == cachedCode", limit = "CACHE_LIMIT", replaces = {"callFunctionExact", "callFunctionWithDefaults"})
    protected static Object callFunction(PFunction function, Object[] arguments,
                    @Cached("function.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode call) {
        if (isExact(cachedCode, arguments)) {
            arguments[0] = function;
            return call.call(arguments);
        }
        return call.call(bindFunction(function, arguments));
    }

    @Specialization(guards = {"builtin == cachedBuiltin", "arguments.length == cachedLength"}, limit = "CACHE_LIMIT")
    protected Object callBuiltinPositional(PBuiltinFunction builtin, Object[] arguments,
                    @Cached("builtin") PBuiltinFunction cachedBuiltin,
                    @Cached("arguments.length") int cachedLength,
                    @Cached("canBindBuiltin(cachedBuiltin, cachedLength)") boolean positional,
                    @Cached(value = "keywordOnlyDefaults(cachedBuiltin)", dimensions = 1) Object[] keywordOnlyDefaults,
                    @Cached("create(cachedBuiltin.getCallTarget())") DirectCallNode call,
                    @Cached("isBuiltinNew(cachedBuiltin)") boolean builtinNew,
                    @Cached("checksUnboundSelf(cachedBuiltin)") boolean checksSelf,
                    @Bind Node node) {
        if (checksSelf) {
            ArgumentBinder.checkUnboundSelf(cachedBuiltin, arguments, 1);
        }
        if (positional) {
            if (builtinNew && cachedLength > 1) {
                ArgumentBinder.checkConstructedType(cachedBuiltin.getOwner(), arguments[1]);
            }
            return call.call(ArgumentBinder.bindPositional(cachedBuiltin.getSignature(), cachedBuiltin.getDefaults(),
                            keywordOnlyDefaults, cachedBuiltin, arguments, KraitContext.get(node)));
        }
        return call.call(bindBuiltin(cachedBuiltin, arguments));
    }

    @Specialization(guards = "builtin.getCallTarget() == cachedTarget", limit = "CACHE_LIMIT", replaces = "callBuiltinPositional")
    protected Object callBuiltin(PBuiltinFunction builtin, Object[] arguments,
                    @Cached("builtin.getCallTarget()") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        if (checksUnboundSelf(builtin)) {
            ArgumentBinder.checkUnboundSelf(builtin, arguments, 1);
        }
        if (ArgumentBinder.isExactPositional(builtin.getSignature(), arguments.length - 1)) {
            if (arguments.length > 1 && isBuiltinNew(builtin)) {
                ArgumentBinder.checkConstructedType(builtin.getOwner(), arguments[1]);
            }
            arguments[0] = builtin;
            return call.call(arguments);
        }
        return call.call(bindBuiltin(builtin, arguments));
    }

    private static final Object[] NO_ARGUMENTS = new Object[0];

    protected static boolean canBind(PCode code, Object[] defaults, int length) {
        return !code.signature().hasVarargs() && code.signature().keywordOnlyCount() == 0 &&
                        ArgumentBinder.canBindPositional(code.signature(), defaults, null, length - 1);
    }

    /** A builtin type's {@code __new__}, whose first argument must be a subtype of that type. */
    protected static boolean isBuiltinNew(PBuiltinFunction builtin) {
        return builtin.getOwner() != null && builtin.getName().equals("__new__");
    }

    protected boolean checksUnboundSelf(PBuiltinFunction builtin) {
        return !selfFromReceiver && ArgumentBinder.checksUnboundSelf(builtin);
    }

    protected static boolean canBindBuiltin(PBuiltinFunction builtin, int length) {
        return ArgumentBinder.canBindPositional(builtin.getSignature(), builtin.getDefaults(), builtin.getKwDefaults(), length - 1);
    }

    protected static Object[] keywordOnlyDefaults(PBuiltinFunction builtin) {
        if (builtin.getSignature().keywordOnlyCount() == 0 || builtin.getKwDefaults() == null) {
            return NO_ARGUMENTS;
        }
        return ArgumentBinder.keywordOnlyDefaults(builtin.getSignature(), builtin.getKwDefaults());
    }

    @Specialization
    protected static Object callMethod(PBoundMethod method, Object[] arguments,
                    @Cached DispatchCallNode inner) {
        Object[] withSelf = new Object[arguments.length + 1];
        withSelf[1] = method.getSelf();
        System.arraycopy(arguments, 1, withSelf, 2, arguments.length - 1);
        return inner.execute(method.getFunction(), withSelf);
    }

    @Specialization(guards = "cls == cachedClass", limit = "CACHE_LIMIT")
    protected static Object callClass(PythonClass cls, Object[] arguments,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached InstantiateNode instantiate) {
        return instantiate.execute(cachedClass, arguments);
    }

    @Specialization(replaces = {"callFunction", "callBuiltin", "callClass"})
    protected Object callGeneric(Object callee, Object[] arguments,
                    @Cached IndirectCallNode indirect) {
        if (callee instanceof PFunction function) {
            if (isExact(function.getCode(), arguments)) {
                arguments[0] = function;
                return indirect.call(function.getCode().callTarget(), arguments);
            }
            return indirect.call(function.getCode().callTarget(), bindFunction(function, arguments));
        }
        // an object's __call__ (or a builtin's body) sees this call as where it was called from
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyObjectCall.call(callee, positional(arguments));
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    protected static boolean isExact(PCode code, Object[] arguments) {
        return ArgumentBinder.isExactPositional(code.signature(), arguments.length - 1);
    }

    static Object[] positional(Object[] arguments) {
        return java.util.Arrays.copyOfRange(arguments, 1, arguments.length);
    }

    private static Object[] bindFunction(PFunction function, Object[] arguments) {
        return ArgumentBinder.bind(function.getQualname(), function.getCode().signature(), function.getDefaults(),
                        function.getKwDefaults(), function, positional(arguments), null, null);
    }

    private static Object[] bindBuiltin(PBuiltinFunction builtin, Object[] arguments) {
        return ArgumentBinder.bindBuiltin(builtin, positional(arguments), null, null);
    }

    public static DispatchCallNode create() {
        return DispatchCallNodeGen.create();
    }

    /** For calls of a method found on the receiver's type, with the receiver first (see {@link #selfFromReceiver}). */
    public static DispatchCallNode createForReceiver() {
        DispatchCallNode node = DispatchCallNodeGen.create();
        node.selfFromReceiver = true;
        return node;
    }
}
