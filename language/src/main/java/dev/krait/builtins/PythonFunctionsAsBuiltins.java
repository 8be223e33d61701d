package dev.krait.builtins;

import dev.krait.nodes.root.PythonFunctionAsBuiltinRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/**
 * The public functions of a bundled module that CPython implements in C ({@code time}, {@code operator}, …) are
 * written in Python here but behave as CPython's do: builtin functions, which a class attribute does not bind
 * ({@code converter = time.localtime} called as {@code self.converter(t)}), with a builtin's repr and type.
 */
public final class PythonFunctionsAsBuiltins {
    private PythonFunctionsAsBuiltins() {
    }

    public static void convert(KraitContext context, PModule module, String moduleName) {
        Object[] names = module.getNamespaceDict(context).storage().keysArray();
        java.util.IdentityHashMap<PFunction, PBuiltinFunction> converted = new java.util.IdentityHashMap<>();
        for (Object key : names) {
            if (!(key instanceof String name) || name.startsWith("_") ||
                            !(ObjectAttributes.get(module, name) instanceof PFunction function) ||
                            dev.krait.runtime.protocol.PyObjectGetAttr.get(function, "__globals__") != module.getNamespaceDict(context)) {
                continue; // private, or not defined here (imported from another module)
            }
            PBuiltinFunction builtin = converted.computeIfAbsent(function, f -> asBuiltin(context, module, moduleName, f));
            ObjectAttributes.put(module, name, builtin);
        }
        // aliases of a converted function (operator.__abs__ is operator.abs) are the same builtin
        for (Object key : names) {
            if (key instanceof String name && ObjectAttributes.get(module, name) instanceof PFunction function && converted.containsKey(function)) {
                ObjectAttributes.put(module, name, converted.get(function));
            }
        }
    }

    /**
     * CPython's types written in C name themselves with their module ({@code tp_name} "itertools.chain",
     * "typing.TypeVar"), which error messages show; {@code classNames} are such classes of a bundled module, or
     * null for all its public classes defined there.
     */
    public static void nameClassesAsCTypes(KraitContext context, PModule module, String moduleName, java.util.Set<String> classNames) {
        for (Object key : module.getNamespaceDict(context).storage().keysArray()) {
            if (key instanceof String name && !name.startsWith("_") && (classNames == null || classNames.contains(name)) &&
                            ObjectAttributes.get(module, name) instanceof dev.krait.runtime.objects.PythonClass cls &&
                            cls.getName().equals(name) &&
                            dev.krait.runtime.protocol.PyObjectGetAttr.get(cls, "__module__") instanceof String classModule &&
                            classModule.equals(moduleName)) {
                cls.setTypeName(classModule + "." + name);
            }
        }
    }

    /**
     * The methods a bundled class that CPython implements in C defines itself become method descriptors, as CPython's
     * are: called through the class with an object of another type they raise CPython's TypeError instead of running
     * on it. Private helpers (one leading underscore) and {@code __del__} (a finalizer, not a C type's method) stay
     * functions. The class is named with its module, as a C type is ({@code tp_name}).
     */
    public static void methodsAsDescriptors(KraitContext context, dev.krait.runtime.objects.PythonClass cls) {
        if (dev.krait.runtime.protocol.PyObjectGetAttr.get(cls, "__module__") instanceof String classModule) {
            cls.setTypeName(classModule + "." + cls.getName());
        }
        for (java.util.Map.Entry<String, Object> entry : new java.util.ArrayList<>(cls.getNamespace().entrySet())) {
            String name = entry.getKey();
            boolean dunder = name.startsWith("__") && name.endsWith("__");
            if (!(entry.getValue() instanceof PFunction function) || name.equals("__del__") || name.startsWith("_") && !dunder) {
                continue;
            }
            RefCounts.immortal(function);
            var target = new dev.krait.nodes.root.PythonMethodAsDescriptorRootNode(context.getLanguage(), function, cls).getCallTarget();
            PBuiltinFunction method = new PBuiltinFunction(context.classes().builtinFunctionClassFor(name, cls), context.getShape(), name,
                            cls.getName() + "." + name, function.getCode().signature(), target, cls, function.getDefaults(), function.getKwDefaults());
            Object doc = dev.krait.runtime.protocol.PyObjectGetAttr.get(function, "__doc__");
            method.setDoc(doc == null || doc == PNone.NONE ? null : doc);
            cls.setOwn(name, method);
        }
    }

    private static PBuiltinFunction asBuiltin(KraitContext context, PModule module, String moduleName, PFunction function) {
        // its module as the function says (operator's say _operator, as CPython's do)
        Object functionModule = dev.krait.runtime.protocol.PyObjectGetAttr.get(function, "__module__");
        RefCounts.immortal(function);
        var target = new PythonFunctionAsBuiltinRootNode(context.getLanguage(), function).getCallTarget();
        PBuiltinFunction builtin = new PBuiltinFunction(context.classes().builtinFunctionClass, context.getShape(), function.getName(),
                        function.getName(), function.getCode().signature(), target, null, function.getDefaults(), function.getKwDefaults());
        builtin.setModule(functionModule instanceof String m ? m : moduleName, module);
        Object doc = dev.krait.runtime.protocol.PyObjectGetAttr.get(function, "__doc__");
        builtin.setDoc(doc == null || doc == PNone.NONE ? null : doc);
        return builtin;
    }
}
