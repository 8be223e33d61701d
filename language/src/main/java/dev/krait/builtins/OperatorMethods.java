package dev.krait.builtins;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.KraitLanguage;
import dev.krait.nodes.root.BuiltinRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.Signature;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;

/**
 * The operator special methods of the builtin types ({@code int.__add__}, {@code list.__lt__}, …). There are a
 * dozen operators times two directions times several types, all alike, so instead of one annotated class each they
 * are made here from one parameterized node. Like CPython's slot wrappers they answer {@code NotImplemented} for an
 * operand type the builtin operation does not take. The operators themselves do not go through these methods: the
 * protocol handles builtin operands directly, so these serve explicit calls and subclasses.
 */
final class OperatorMethods {
    /**
     * Call targets per language instance, so contexts of one engine share them. Both levels are weak: a call target
     * refers to its language, and the builtin functions of live contexts keep their targets alive.
     */
    private static final Map<KraitLanguage, Map<String, WeakReference<RootCallTarget>>> CALL_TARGETS = new WeakHashMap<>();

    static final String[] UNARY = {"self", "/"};
    static final String[] BINARY = {"self", "value", "/"};
    static final String[] TERNARY = {"self", "value", "mod=", "/"};

    private OperatorMethods() {
    }

    /**
     * The body of a method: receives the bound arguments, self first (optional ones as {@code NO_VALUE}). Bodies are
     * shared by every context of a language instance, so they must not capture a context or its classes: they ask
     * {@code KraitContext.get(null)} when they need one.
     */
    interface Body extends Function<Object[], Object> {
    }

    /** Runs a {@link Body}; the bodies call the uncached protocol helpers, hence the boundary. */
    static final class OperatorNode extends BuiltinNode {
        private final Body body;

        OperatorNode(Body body) {
            this.body = body;
        }

        @Override
        public Object call(VirtualFrame frame, Object[] frameArguments) {
            return run(body, frameArguments);
        }

        @TruffleBoundary
        private static Object run(Body body, Object[] frameArguments) {
            return body.apply(Arrays.copyOfRange(frameArguments, 1, frameArguments.length));
        }
    }

    /**
     * Defines {@code owner.name} with a Python signature written as in {@link Builtin#params()}; {@code selfCheck}
     * guards the receiver with CPython's slot-wrapper message when the method is called through the class.
     */
    @TruffleBoundary
    static void define(KraitContext context, PythonClass owner, String name, String[] params, Predicate<Object> selfCheck, Body body) {
        String typeName = owner.getName();
        boolean unboxesSelf = unboxesOperands(context, owner);
        Body checked = args -> {
            if (unboxesSelf) {
                args[0] = PBoxedValue.unwrap(args[0]);
            }
            if (!selfCheck.test(args[0])) {
                throw descriptorError(name, typeName, args[0]);
            }
            return body.apply(args);
        };
        List<String> names = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        for (String param : params) {
            if (param.endsWith("=")) {
                names.add(param.substring(0, param.length() - 1));
                defaults.add(PNone.NO_VALUE);
            } else {
                names.add(param);
            }
        }
        String qualname = typeName + "." + name;
        RootCallTarget target;
        synchronized (CALL_TARGETS) {
            Map<String, WeakReference<RootCallTarget>> targets = CALL_TARGETS.computeIfAbsent(context.getLanguage(), l -> new HashMap<>());
            WeakReference<RootCallTarget> cached = targets.get(qualname);
            target = cached == null ? null : cached.get();
            if (target == null) {
                target = new BuiltinRootNode(context.getLanguage(), new OperatorNode(checked), name, qualname).getCallTarget();
                targets.put(qualname, new WeakReference<>(target));
            }
        }
        owner.defineOwn(name, new PBuiltinFunction(context.classes().builtinFunctionClassFor(name, owner), context.getShape(), name, qualname,
                        Signature.parse(names.toArray(new String[0])), target, owner, defaults.toArray(), null));
    }

    /**
     * CPython's error for a method of {@code typeName} called through the class on another type: special methods
     * (slot wrappers) and ordinary methods (method descriptors) word it differently.
     */
    static RuntimeException descriptorError(String method, String typeName, Object self) {
        if (dev.krait.runtime.protocol.SlotWrappers.isSlotWrapper(method, typeName)) {
            return Errors.typeError("descriptor '" + method + "' requires a '" + typeName + "' object but received a '" +
                            PyObjectType.typeName(self) + "'");
        }
        return Errors.typeError("descriptor '" + method + "' for '" + typeName + "' objects doesn't apply to a '" +
                        PyObjectType.typeName(self) + "' object");
    }

    /**
     * Whether the methods of {@code owner} work on the builtin value of a subclass instance ({@link PBoxedValue}):
     * those of int, float and str, whose operators also take a boxed other operand as its value.
     */
    static boolean unboxesOperands(KraitContext context, PythonClass owner) {
        var classes = context.classes();
        return owner == classes.intClass || owner == classes.floatClass || owner == classes.strClass;
    }

    /** The answer of an operator method for an operand type it does not handle. */
    static Object notImplemented() {
        return Singletons.NOT_IMPLEMENTED;
    }

    /** An operator implementation taking the operands in Python order (left, right). */
    interface BinaryImpl {
        Object apply(BinaryOperator op, Object left, Object right);
    }

    /** Defines {@code __op__} and {@code __rop__} for each operator in {@code ops}. */
    static void binary(KraitContext context, PythonClass owner, Predicate<Object> selfCheck, BinaryImpl impl, BinaryOperator... ops) {
        boolean unbox = unboxesOperands(context, owner);
        for (BinaryOperator op : ops) {
            define(context, owner, op.method, BINARY, selfCheck, args -> impl.apply(op, args[0], unbox ? PBoxedValue.unwrap(args[1]) : args[1]));
            define(context, owner, op.reflected, BINARY, selfCheck, args -> impl.apply(op, unbox ? PBoxedValue.unwrap(args[1]) : args[1], args[0]));
        }
    }

    /** An implementation of the rich comparisons, {@code self op other}. */
    interface CompareImpl {
        Object apply(CompareOperator op, Object self, Object other);
    }

    static void comparisons(KraitContext context, PythonClass owner, Predicate<Object> selfCheck, CompareImpl impl) {
        boolean unbox = unboxesOperands(context, owner);
        for (CompareOperator op : CompareOperator.values()) {
            define(context, owner, op.method, BINARY, selfCheck, args -> impl.apply(op, args[0], unbox ? PBoxedValue.unwrap(args[1]) : args[1]));
        }
    }
}
