package dev.krait.runtime.protocol;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.text.StrRepr;

/** {@code PyObject_Repr} and {@code PyObject_Str}. */
public final class PyObjectRepr {
    /** Containers being repr'd on this thread, so a list that contains itself prints as {@code [...]}. */
    private static final ThreadLocal<IdentityHashMap<Object, Object>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    private PyObjectRepr() {
    }

    @TruffleBoundary
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        KraitContext context = KraitContext.get(null);
        PythonClass type = PyObjectType.classOf(context, value);
        Object str = type.lookup("__str__");
        if (str != null && !isObjectMethod(context, str, "__str__")) {
            return checkString(callSlot(context, str, value), "__str__");
        }
        return repr(value);
    }

    /**
     * {@code str(value)} as the builtin returns it ({@code PyObject_Str}): what a {@code __str__} returned, which may be
     * an instance of a str subclass, else the str.
     */
    @TruffleBoundary
    public static Object strObject(Object value) {
        if (value instanceof PythonObject && !InteropValues.isForeign(value)) {
            KraitContext context = KraitContext.get(null);
            Object str = PyObjectType.classOf(context, value).lookup("__str__");
            if (str != null && !isObjectMethod(context, str, "__str__")) {
                return checkStringObject(callSlot(context, str, value), "__str__");
            }
        }
        return str(value);
    }

    /** Whether {@code method} is object's own {@code name} (object.__str__ installed as __repr__ is not). */
    private static boolean isObjectMethod(KraitContext context, Object method, String name) {
        return method instanceof PBuiltinFunction builtin && builtin.getOwner() == context.classes().objectClass && builtin.getName().equals(name);
    }

    /**
     * Calls a {@code __repr__}/{@code __str__} slot counting it as a call level, like CPython's
     * {@code Py_EnterRecursiveCall}: slots that call each other through builtins (object.__str__ installed as
     * __repr__) end in RecursionError, not in a Java stack overflow.
     */
    private static Object callSlot(KraitContext context, Object slot, Object value) {
        if (context.enterCall() > context.getRecursionLimit()) {
            context.exitCall();
            throw Errors.recursionError("maximum recursion depth exceeded while calling a Python object");
        }
        try {
            return PyObjectCall.callDescriptor(slot, value, new Object[0], new String[0], new Object[0]);
        } finally {
            context.exitCall();
        }
    }

    @TruffleBoundary
    public static String repr(Object value) {
        if (InteropValues.isForeign(value)) {
            return ForeignObjects.repr(value);
        }
        if (value instanceof String s) {
            return StrRepr.repr(s);
        } else if (value instanceof Long || value instanceof PInt) {
            return IntOps.toDecimalString(value);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (value == PNone.NONE) {
            return "None";
        } else if (value instanceof Singletons s) {
            return s.pythonName();
        }
        KraitContext context = KraitContext.get(null);
        PythonClass type = PyObjectType.classOf(context, value);
        Object repr = type.lookup("__repr__");
        if (repr != null && !isObjectMethod(context, repr, "__repr__")) {
            return checkString(callSlot(context, repr, value), "__repr__");
        }
        return builtinRepr(context, type, value);
    }

    private static String checkString(Object result, String method) {
        return (String) PBoxedValue.unwrap(checkStringObject(result, method));
    }

    /** The result of {@code __repr__}/{@code __str__}: a str, or an instance of a str subclass (kept as it is). */
    private static Object checkStringObject(Object result, String method) {
        if (result instanceof String || result instanceof PBoxedValue boxed && boxed.value() instanceof String) {
            return result;
        }
        throw Errors.typeError(method + " returned non-string (type " + PyObjectType.typeName(result) + ")");
    }

    /**
     * {@code repr(value)} as the builtin returns it: what a {@code __repr__} returned, which may be an instance of a
     * str subclass, else the builtin representation.
     */
    @TruffleBoundary
    public static Object reprObject(Object value) {
        if (value instanceof PythonObject && !InteropValues.isForeign(value)) {
            KraitContext context = KraitContext.get(null);
            Object repr = PyObjectType.classOf(context, value).lookup("__repr__");
            if (repr != null && !isObjectMethod(context, repr, "__repr__")) {
                return checkStringObject(callSlot(context, repr, value), "__repr__");
            }
        }
        return repr(value);
    }

    @TruffleBoundary
    public static String builtinRepr(KraitContext context, PythonClass type, Object value) {
        if (value instanceof PList list) {
            return guarded(list, "[...]", () -> join("[", list.toArray(), "]"));
        } else if (value instanceof PTuple tuple) {
            if (tuple.length() == 1) {
                return guarded(tuple, "(...)", () -> "(" + repr(tuple.get(0)) + ",)");
            }
            return guarded(tuple, "(...)", () -> join("(", tuple.items(), ")"));
        } else if (value instanceof PDict dict) {
            return guarded(dict, "{...}", () -> dictRepr(dict));
        } else if (value instanceof PSet set) {
            boolean frozen = type.isSubclassOf(context.classes().frozensetClass);
            String name = type.getName();
            if (set.size() == 0) {
                return name + "()";
            }
            boolean wrapped = frozen || type != context.classes().setClass;
            // a set inside itself shows as set(...), whatever its own form (a body starts with '{')
            String recursive = name + "(...)";
            String body = guarded(set, recursive, () -> join("{", set.storage().toArray(), "}"));
            if (body.equals(recursive)) {
                return recursive;
            }
            return wrapped ? name + "(" + body + ")" : body;
        } else if (value instanceof dev.krait.runtime.objects.PDictView view) {
            return guarded(view, "...", () -> join(type.getName() + "([", PyIter.toArray(view), "])"));
        } else if (value instanceof dev.krait.runtime.objects.PRangeBase range) {
            Object step = range.stepValue();
            return "range(" + repr(range.startValue()) + ", " + repr(range.stopValue()) + (step instanceof Long l && l == 1 ? "" : ", " + repr(step)) + ")";
        } else if (value instanceof PSlice slice) {
            return "slice(" + repr(slice.start()) + ", " + repr(slice.stop()) + ", " + repr(slice.step()) + ")";
        } else if (value instanceof dev.krait.runtime.objects.PGetSetDescriptor getset) {
            String kind = type == context.classes().memberDescriptorClass ? "member" : "attribute";
            return "<" + kind + " '" + getset.name() + "' of '" + getset.owner().getTypeName() + "' objects>";
        } else if (value instanceof PythonClass cls) {
            return "<class '" + qualifiedName(cls) + "'>";
        } else if (value instanceof PFunction function) {
            return "<function " + function.getQualname() + " at " + address(value) + ">";
        } else if (value instanceof PBuiltinFunction builtin) {
            if (builtin.getOwner() != null && type == context.classes().builtinFunctionClass) {
                // a type's __new__ or static method: a function of the type itself
                return "<built-in method " + builtin.getName() + " of type object at " + address(builtin.getOwner()) + ">";
            }
            if (builtin.getOwner() != null) {
                String kind = type == context.classes().wrapperDescriptorClass ? "slot wrapper" : "method";
                return "<" + kind + " '" + builtin.getName() + "' of '" + builtin.getOwner().getTypeName() + "' objects>";
            }
            return "<built-in function " + builtin.getName() + ">";
        } else if (value instanceof PBoundMethod method) {
            Object function = method.getFunction();
            if (function instanceof PBuiltinFunction builtin) {
                String what = type == context.classes().methodWrapperClass ? "<method-wrapper '" + builtin.getName() + "' of "
                                : "<built-in method " + builtin.getName() + " of ";
                return what + PyObjectType.typeName(method.getSelf()) + " object at " + address(method.getSelf()) + ">";
            }
            return "<bound method " + boundFunctionName(function) + " of " + repr(method.getSelf()) + ">";
        } else if (value instanceof PModule module) {
            return moduleRepr(module);
        } else if (value instanceof PBaseException exception) {
            return exceptionRepr(exception);
        } else if (value instanceof PGenerator generator) {
            String kind = switch (generator.getKind()) {
                case GENERATOR -> "generator";
                case COROUTINE -> "coroutine";
                case ASYNC_GENERATOR -> "async_generator";
            };
            return "<" + kind + " object " + generator.getQualname() + " at " + address(value) + ">";
        }
        return "<" + qualifiedName(type) + " object at " + address(value) + ">";
    }

    /**
     * A module's repr as CPython's import system makes it: from its {@code __spec__} when it has one (its origin, or
     * its loader), else from its {@code __file__} or {@code __loader__}.
     */
    private static String moduleRepr(PModule module) {
        Object spec = PyObjectGetAttr.getOrNull(module, "__spec__");
        if (spec != null && spec != dev.krait.runtime.objects.PNone.NONE) {
            Object specName = PyObjectGetAttr.get(spec, "name");
            String name = specName == dev.krait.runtime.objects.PNone.NONE ? "'?'" : repr(specName);
            Object origin = PyObjectGetAttr.get(spec, "origin");
            if (origin == dev.krait.runtime.objects.PNone.NONE) {
                Object loader = PyObjectGetAttr.get(spec, "loader");
                if (loader == dev.krait.runtime.objects.PNone.NONE) {
                    return "<module " + name + ">";
                }
                if (loader instanceof dev.krait.runtime.objects.PythonObject object &&
                                "_frozen_importlib_external.NamespaceLoader".equals(qualifiedName(object.getPythonClass()))) {
                    Object path = PyObjectGetAttr.get(loader, "_path");
                    return "<module " + name + " (namespace) from " + repr(KraitContext.get(null).newList(PyIter.toArray(path))) + ">";
                }
                return "<module " + name + " (" + repr(loader) + ")>";
            }
            if (isTrue(specHasLocation(spec))) {
                return "<module " + name + " from " + repr(origin) + ">";
            }
            return "<module " + repr(specName) + " (" + str(origin) + ")>";
        }
        Object moduleName = PyObjectGetAttr.getOrNull(module, "__name__");
        String name = moduleName == null ? "'?'" : repr(moduleName);
        Object file = PyObjectGetAttr.getOrNull(module, "__file__");
        if (file == null) {
            Object loader = PyObjectGetAttr.getOrNull(module, "__loader__");
            if (loader == null || loader == dev.krait.runtime.objects.PNone.NONE) {
                return "<module " + name + ">";
            }
            return "<module " + name + " (" + repr(loader) + ")>";
        }
        return "<module " + name + " from " + repr(file) + ">";
    }

    /**
     * {@code spec.has_location}; for a spec made at start-up whose class has no methods yet, what the property
     * reads (so that showing a builtin module does not run {@code _frozen_importlib}).
     */
    private static Object specHasLocation(Object spec) {
        if (spec instanceof dev.krait.runtime.objects.PythonObject object && object.getPythonClass().lookup("has_location") == null) {
            Object fileattr = dev.krait.runtime.ObjectAttributes.get(object, "_set_fileattr");
            if (fileattr != null) {
                return fileattr;
            }
        }
        return PyObjectGetAttr.get(spec, "has_location");
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean b ? b : PyObjectIsTrue.isTrue(value);
    }

    public static String qualifiedName(PythonClass cls) {
        Object module = cls.getOwn("__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + cls.getQualname();
        }
        return cls.getQualname();
    }

    @TruffleBoundary
    public static String address(Object value) {
        return String.format("0x%012x", dev.krait.runtime.ObjectIds.address(value));
    }

    /**
     * CPython's {@code Py_ReprEnter}/{@code Py_ReprLeave}: {@code body} for a container not already being shown on
     * this thread, {@code recursive} for one that is (a list inside itself shows as {@code [...]}).
     */
    public static String guarded(Object container, String recursive, java.util.function.Supplier<String> body) {
        IdentityHashMap<Object, Object> inProgress = IN_PROGRESS.get();
        if (inProgress.containsKey(container)) {
            return recursive;
        }
        inProgress.put(container, container);
        try {
            return body.get();
        } finally {
            inProgress.remove(container);
        }
    }

    private static String join(String open, Object[] items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String dictRepr(PDict dict) {
        StringBuilder sb = new StringBuilder("{");
        Object[] items = dict.storage().itemsArray();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object[] item = (Object[]) items[i];
            sb.append(repr(item[0])).append(": ").append(repr(item[1]));
        }
        return sb.append('}').toString();
    }

    @TruffleBoundary
    public static String exceptionStr(PBaseException exception) {
        Object[] args = exception.getArgs();
        KraitContext context = KraitContext.get(null);
        if (exception.getPythonClass().isSubclassOf(context.classes().errorClass(ErrorType.SyntaxError))) {
            return syntaxErrorStr(exception, args);
        }
        if (args.length == 1 && exception.getPythonClass().isSubclassOf(context.classes().errorClass(ErrorType.KeyError))) {
            return repr(args[0]);
        }
        if (args.length == 0) {
            return "";
        }
        if (args.length == 1) {
            return str(args[0]);
        }
        return repr(context.newTuple(args));
    }

    /** {@code str(SyntaxError)}: the message, then {@code (file, line N)} when they are known. */
    private static String syntaxErrorStr(PBaseException exception, Object[] args) {
        Object msg = dev.krait.runtime.ObjectAttributes.get(exception, "msg");
        if (msg == null) {
            msg = args.length > 0 ? args[0] : PNone.NONE;
        }
        String text = msg == PNone.NONE ? "None" : str(msg);
        Object filename = dev.krait.runtime.ObjectAttributes.get(exception, "filename");
        Object lineno = dev.krait.runtime.ObjectAttributes.get(exception, "lineno");
        if (filename instanceof String f && lineno instanceof Long l) {
            String name = f.contains("/") ? f.substring(f.lastIndexOf('/') + 1) : f;
            return text + " (" + name + ", line " + l + ")";
        }
        if (lineno instanceof Long l) {
            return text + " (line " + l + ")";
        }
        return text;
    }

    @TruffleBoundary
    public static String exceptionRepr(PBaseException exception) {
        Object[] args = exception.getArgs();
        String name = exception.getPythonClass().getName();
        if (args.length == 1) {
            return name + "(" + repr(args[0]) + ")";
        }
        return name + join("(", args, ")");
    }

    /** The name a bound method's repr shows: its function's {@code __qualname__}, else {@code __name__}, else "?". */
    private static String boundFunctionName(Object function) {
        if (function instanceof PFunction f) {
            return f.getQualname();
        }
        for (String attribute : new String[]{"__qualname__", "__name__"}) {
            Object name = PyObjectGetAttr.getOrNull(function, attribute);
            if (name != null) {
                return name instanceof String s ? s : "?";
            }
        }
        return "?";
    }
}
