package dev.krait.bytecode.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.nodes.call.GeneralCallNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.Temporaries;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.objects.PSuper;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.MappingOps;
import dev.krait.runtime.protocol.PatternMatching;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.StringFormatting;

/**
 * The instructions whose work is more than a line or two, each named after its opcode: they assemble the runtime
 * layer's helpers in the order CPython's instruction does, with its error messages.
 */
final class Operations {
    private static final String[] NO_NAMES = new String[0];

    private Operations() {
    }

    static boolean is(Object left, Object right) {
        return dev.krait.nodes.operators.IdentityNode.isSame(left, right);
    }

    static PSlice slice(KraitContext context, Object start, Object stop, Object step) {
        return new PSlice(context.classes().sliceClass, context.getShape(), start, stop, step);
    }

    @TruffleBoundary
    static PSet buildSet(KraitContext context, Object[] items) {
        PSet set = context.newSet();
        for (Object item : items) {
            set.add(item);
        }
        return set;
    }

    @TruffleBoundary
    static PDict buildMap(KraitContext context, Object[] keysAndValues) {
        PDict dict = context.newDict();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            dict.setItem(keysAndValues[i], keysAndValues[i + 1]);
        }
        return dict;
    }

    @TruffleBoundary
    static PDict buildConstKeyMap(KraitContext context, Object[] keys, Object[] values) {
        PDict dict = context.newDict();
        for (int i = 0; i < keys.length; i++) {
            dict.setItem(keys[i], values[i]);
        }
        return dict;
    }

    @TruffleBoundary
    static String concat(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            sb.append((String) dev.krait.runtime.objects.PBoxedValue.unwrap(part)); // a str subclass from FORMAT_VALUE
        }
        return sb.toString();
    }

    /** LIST_EXTEND: {@code [*a]} and the arguments of {@code f(*a, *b)}. */
    @TruffleBoundary
    static void listExtend(PList list, Object iterable) {
        if (list.size() == 0 && (iterable instanceof PTuple || iterable instanceof PList)) {
            // CPython's list_preallocate_exact: an empty list extended by a sequence gets its size rounded up to even
            Object[] items = iterable instanceof PTuple t ? t.items() : ((PList) iterable).toArray();
            list.setContents(java.util.Arrays.copyOf(items, (items.length + 1) & ~1), items.length);
            return;
        }
        Object[] items;
        try {
            items = PyIter.toArray(iterable);
        } catch (PException e) {
            PythonClass type = PyObjectType.classOf(iterable);
            if (type.lookup("__iter__") == null && type.lookup("__getitem__") == null) {
                throw Errors.typeError("Value after * must be an iterable, not " + PyObjectType.typeName(iterable));
            }
            throw e;
        }
        for (Object item : items) {
            list.append(item);
        }
    }

    @TruffleBoundary
    static void setUpdate(PSet set, Object iterable) {
        if (iterable instanceof PSet other && dev.krait.runtime.protocol.BuiltinArithmetic.isExact(other) ||
                        iterable instanceof PSet frozen && frozen.getPythonClass() == KraitContext.get(null).classes().frozensetClass) {
            // set_merge: the other set's table order (what a constant set display's order comes from)
            set.storage().update(((PSet) iterable).storage(), dev.krait.runtime.protocol.PythonKeyProtocol.INSTANCE);
            return;
        }
        for (Object item : PyIter.toArray(iterable)) {
            set.add(item);
        }
    }

    /** DICT_UPDATE: {@code {**m}}. */
    @TruffleBoundary
    static void dictUpdate(PDict dict, Object mapping) {
        if (!(mapping instanceof PDict) && PyObjectGetAttr.getOrNull(mapping, "keys") == null) {
            throw Errors.typeError("'" + PyObjectType.typeName(mapping) + "' object is not a mapping");
        }
        MappingOps.dictMerge(dict, mapping);
    }

    /** DICT_MERGE: the keyword arguments of a call, {@code f(**m)}; a repeated name is an error. */
    @TruffleBoundary
    static void dictMerge(PDict dict, Object mapping, Object callee) {
        Object[] keys;
        boolean plain = mapping instanceof PDict d && MappingOps.iteratesAsDict(d);
        if (plain) {
            keys = ((PDict) mapping).storage().keysArray();
        } else {
            Object keysMethod = PyObjectGetAttr.getOrNull(mapping, "keys");
            if (keysMethod == null) {
                throw Errors.typeError(GeneralCallNode.calleeName(callee) + " argument after ** must be a mapping, not " +
                                PyObjectType.typeName(mapping));
            }
            keys = PyIter.toArray(PyObjectCall.call(keysMethod));
        }
        for (Object key : keys) {
            if (!(key instanceof String)) {
                throw Errors.typeError("keywords must be strings");
            }
            if (dict.containsKey(key)) {
                throw Errors.typeError(GeneralCallNode.calleeName(callee) + " got multiple values for keyword argument '" + key + "'");
            }
            dict.setItem(key, plain ? ((PDict) mapping).getItem(key) : PyObjectGetItem.getItem(mapping, key));
        }
    }

    /** UNPACK_EX: {@code a, *b, c = value}; pushes the values last first. */
    @TruffleBoundary
    static void unpackEx(KraitContext context, BytecodeFrame f, Object value, int before, int after) {
        int count = before + 1 + after;
        Object[] items = dev.krait.nodes.local.UnpackTargetNode.items(value, count, before);
        if (items.length < count - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (count - 1) + ", got " + items.length + ")");
        }
        for (int k = 0; k < after; k++) {
            f.push(items[items.length - 1 - k]);
        }
        f.push(context.newList(java.util.Arrays.copyOfRange(items, before, items.length - after)));
        for (int k = before - 1; k >= 0; k--) {
            f.push(items[k]);
        }
    }

    /** CALL_FUNCTION_EX: {@code f(*args, **kwargs)}. */
    @TruffleBoundary
    static Object callEx(KraitContext context, Object callable, Object positional, Object keywords) {
        Object[] args;
        if (positional instanceof PTuple tuple) {
            args = tuple.items();
        } else {
            try {
                args = PyIter.toArray(positional);
            } catch (PException e) {
                PythonClass type = PyObjectType.classOf(positional);
                if (type.lookup("__iter__") == null && type.lookup("__getitem__") == null) {
                    throw Errors.typeError(GeneralCallNode.calleeName(callable) + " argument after * must be an iterable, not " +
                                    PyObjectType.typeName(positional));
                }
                throw e;
            }
        }
        if (keywords == null) {
            return PyObjectCall.call(callable, args, NO_NAMES, NO_NAMES);
        }
        PDict dict;
        if (keywords instanceof PDict d) {
            dict = d;
        } else {
            dict = context.newDict();
            dictMerge(dict, keywords, callable);
        }
        return PyObjectCall.callWithKeywordDict(callable, args, dict);
    }

    /** CALL_INTRINSIC_1. */
    @TruffleBoundary
    static Object intrinsic1(KraitContext context, BytecodeFrame f, int which, Object value) {
        switch (which) {
            case 1 -> { // INTRINSIC_PRINT: an interactive expression statement's value
                Object hook = dev.krait.runtime.ObjectAttributes.get(context.getModule("sys"), "displayhook");
                if (hook == null) {
                    throw Errors.runtimeError("lost sys.displayhook");
                }
                PyObjectCall.call(hook, value);
                return PNone.NONE;
            }
            case 2 -> { // INTRINSIC_IMPORT_STAR
                ModuleLoader.importStar(context, value, f.globals, f.namespace);
                return PNone.NONE;
            }
            case 3 -> { // INTRINSIC_STOPITERATION_ERROR
                return Generators.stopIterationError(context, f, value);
            }
            case 4 -> { // INTRINSIC_ASYNC_GEN_WRAP
                return Generators.wrapAsyncYield(context, value);
            }
            case 5 -> {
                return PyNumber.positive(value);
            }
            case 6 -> {
                return context.newTuple(((PList) value).toArray());
            }
            case 7 -> { // INTRINSIC_TYPEVAR
                return TypeParams.makeTypeVar(context, value, PNone.NONE, PNone.NONE);
            }
            case 8 -> { // INTRINSIC_PARAMSPEC
                return TypeParams.makeParamSpec(context, value);
            }
            case 9 -> { // INTRINSIC_TYPEVARTUPLE
                return TypeParams.makeTypeVarTuple(context, value);
            }
            case 10 -> { // INTRINSIC_SUBSCRIPT_GENERIC
                return TypeParams.subscriptGeneric(context, value);
            }
            case 11 -> { // INTRINSIC_TYPEALIAS
                return TypeParams.makeTypeAlias(context, value);
            }
            default -> throw Errors.raise(ErrorType.SystemError, "unsupported intrinsic function " + which);
        }
    }

    /** CALL_INTRINSIC_2. */
    @TruffleBoundary
    static Object intrinsic2(KraitContext context, BytecodeFrame f, int which, Object first, Object second) {
        switch (which) {
            case 1: // INTRINSIC_PREP_RERAISE_STAR
                return ExceptionStar.prepareReraise(context, first, second);
            case 2: // INTRINSIC_TYPEVAR_WITH_BOUND
                return TypeParams.makeTypeVar(context, first, second, PNone.NONE);
            case 3: // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                return TypeParams.makeTypeVar(context, first, PNone.NONE, second);
            case 4: // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
                return TypeParams.setFunctionTypeParams(first, second);
            default:
                break;
        }
        throw Errors.raise(ErrorType.SystemError, "unsupported intrinsic function " + which);
    }

    /** SETUP_ANNOTATIONS: an {@code __annotations__} dict in the namespace unless there is one. */
    @TruffleBoundary
    static void setupAnnotations(KraitContext context, BytecodeFrame f) {
        if (f.namespace != null) {
            if (dev.krait.nodes.local.NamespaceMapping.get(f.namespace, "__annotations__") == null) {
                dev.krait.nodes.local.NamespaceMapping.set(f.namespace, "__annotations__", context.newDict());
            }
        } else if (f.globals.getGlobal("__annotations__") == null) {
            f.globals.setGlobal("__annotations__", context.newDict());
        }
    }

    /** FORMAT_VALUE: the conversion ({@code !s}, {@code !r}, {@code !a}), then {@code format(value, spec)}. */
    @TruffleBoundary
    static Object formatValue(Object value, int conversion, Object spec) {
        Object v = switch (conversion) {
            case 1 -> PyObjectRepr.str(value);
            case 2 -> PyObjectRepr.repr(value);
            case 3 -> dev.krait.runtime.text.StrRepr.escapeNonAscii(PyObjectRepr.repr(value));
            default -> value;
        };
        String formatSpec = spec == null ? "" : (String) dev.krait.runtime.objects.PBoxedValue.unwrap(spec);
        if (formatSpec.isEmpty() && v instanceof String s) {
            return s;
        }
        // what __format__ returned, a str subclass instance included (BUILD_STRING joins it as text)
        return StringFormatting.PyObjectFormat(v, formatSpec);
    }

    /** IMPORT_NAME: {@code __import__(name, globals, locals, fromlist, level)}. */
    @TruffleBoundary
    static Object importName(KraitContext context, BytecodeFrame f, String name, Object fromlist, int level) {
        Object override = ModuleLoader.overriddenImport(context, f.globals);
        if (override != null) {
            String[] from = null;
            if (fromlist != PNone.NONE) {
                Object[] items = ((PTuple) fromlist).items();
                from = new String[items.length];
                for (int k = 0; k < items.length; k++) {
                    from[k] = (String) items[k];
                }
            }
            return ModuleLoader.callImport(context, override, name, f.globals, f.root.isModule(), from, level);
        }
        String absolute = ModuleLoader.resolveName(context, name, level, f.globals);
        Object module = ModuleLoader.importObject(context, absolute);
        if (fromlist == PNone.NONE && level == 0) {
            return ModuleLoader.importTop(context, absolute);
        }
        return module;
    }

    /** IMPORT_FROM: the attribute, or the submodule of that name. */
    @TruffleBoundary
    static Object importFrom(KraitContext context, Object module, String name) {
        Object moduleName = PyObjectGetAttr.getOrNull(module, "__name__");
        return ModuleLoader.importFrom(context, module, moduleName instanceof String s ? s : "", name);
    }

    /** RAISE_VARARGS: {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
    @TruffleBoundary
    static PException raise(KraitContext context, BytecodeFrame f, int count) {
        if (count == 0) {
            PException handled = context.currentHandledException();
            if (handled == null) {
                return Errors.runtimeError("No active exception to reraise");
            }
            handled.adoptObjectTraceback();
            return handled;
        }
        Object cause = count == 2 ? f.pop() : null;
        PBaseException exception = toException(context, f.pop(), false);
        if (cause != null) {
            exception.setCause(cause == PNone.NONE ? null : toException(context, cause, true));
            exception.setSuppressContext(true);
        }
        PException handled = context.currentHandledException();
        if (handled != null) {
            dev.krait.nodes.controlflow.RaiseNode.setContext(context, exception, handled);
        }
        return PException.raise(exception, null);
    }

    private static PBaseException toException(KraitContext context, Object value, boolean isCause) {
        if (value instanceof PythonClass cls && cls.isSubclassOf(context.classes().baseException)) {
            value = PyObjectCall.call(cls);
            if (!(value instanceof PBaseException)) {
                throw Errors.typeError("calling " + cls + " should have returned an instance of BaseException, not " + PyObjectType.typeName(value));
            }
        }
        if (value instanceof PBaseException e) {
            return e;
        }
        throw Errors.typeError(isCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
    }

    /** RERAISE: the exception a handler or cleanup could not handle goes on, its traceback continued. */
    @TruffleBoundary
    static PException reraise(BytecodeFrame f, Object exception) {
        PException caught = f.caughtFor(exception);
        if (caught != null) {
            caught.adoptObjectTraceback();
            return caught;
        }
        // what an except* statement's clauses left (a new group): its traceback has this frame's entry already
        PException raised = PException.raise((PBaseException) exception, null);
        raised.raisedInCatchingFrame(f.frame.getArguments());
        // RERAISE reports no 'exception' event to a trace function: this activation already reported the group
        raised.setTracedActivation(f.frame.getArguments());
        return raised;
    }

    /** CHECK_EXC_MATCH: {@code except type:}. */
    @TruffleBoundary
    static boolean exceptionMatches(KraitContext context, Object exception, Object type) {
        PythonClass cls = PyObjectType.classOf(exception);
        if (type instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                dev.krait.nodes.controlflow.ExceptHandlerNode.checkCatchable(context, item);
            }
            for (Object item : tuple.items()) {
                if (cls.isSubclassOf((PythonClass) item)) {
                    return true;
                }
            }
            return false;
        }
        dev.krait.nodes.controlflow.ExceptHandlerNode.checkCatchable(context, type);
        return cls.isSubclassOf((PythonClass) type);
    }

    /** CHECK_EG_MATCH: {@code except* type:} splits the raised exception into (rest, match). */
    @TruffleBoundary
    static Object[] exceptionGroupMatch(KraitContext context, BytecodeFrame f, Object raised, Object type) {
        return ExceptionStar.match(context, f, raised, type);
    }

    /** The {@code __enter__} and {@code __exit__} (or async ones) of a context manager, from its type. */
    @TruffleBoundary
    static Object[] withMethods(Object manager, boolean async) {
        if (!async) {
            return dev.krait.nodes.controlflow.WithNode.lookup(manager);
        }
        PythonClass type = PyObjectType.classOf(manager);
        Object enter = type.lookup("__aenter__");
        Object exit = type.lookup("__aexit__");
        if (enter == null) {
            throw Errors.typeError("'" + type.getTypeName() + "' object does not support the asynchronous context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + type.getTypeName() +
                            "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        return new Object[]{enter, exit};
    }

    /** The {@code __exit__} found on the manager's type, bound to the manager as an attribute read binds it. */
    @TruffleBoundary
    static Object boundExit(KraitContext context, Object manager, Object exit) {
        if (exit instanceof dev.krait.runtime.objects.PFunction || exit instanceof dev.krait.runtime.objects.PBuiltinFunction) {
            return context.newBoundMethod(manager, exit);
        }
        return PyObjectGetAttr.descriptorGet(exit, manager, PyObjectType.classOf(manager));
    }

    /** WITH_EXCEPT_START: {@code __exit__(type, exc, tb)}. */
    @TruffleBoundary
    static Object callExit(KraitContext context, Object exit, Object exception) {
        PBaseException e = (PBaseException) exception;
        Object traceback = dev.krait.runtime.FrameObjects.tracebackOf(context, e);
        return PyObjectCall.call(exit, e.getPythonClass(), e, traceback);
    }

    /** MATCH_KEYS: a tuple of the values, or None when a key is missing. */
    @TruffleBoundary
    static Object matchKeys(KraitContext context, Object subject, Object keys) {
        Object[] values = PatternMatching.mappingValues(subject, ((PTuple) keys).items());
        return values == null ? PNone.NONE : context.newTuple(values);
    }

    /** MATCH_CLASS: a tuple of the matched attributes, or None. */
    @TruffleBoundary
    static Object matchClass(KraitContext context, Object subject, Object type, int positional, Object keywords) {
        Object[] names = ((PTuple) keywords).items();
        String[] keywordNames = new String[names.length];
        for (int k = 0; k < names.length; k++) {
            keywordNames[k] = (String) names[k];
        }
        Object[] attributes = PatternMatching.classAttributes(subject, type, positional, keywordNames);
        return attributes == null ? PNone.NONE : context.newTuple(attributes);
    }

    /** LOAD_SUPER_ATTR: {@code super().name} (or {@code super(cls, self).name}) without making the super object visible. */
    @TruffleBoundary
    static Object superAttribute(KraitContext context, Object superCallable, Object cls, Object self, String name) {
        Object sup;
        if (superCallable == context.classes().superClass && cls instanceof PythonClass type) {
            sup = PSuper.create(context, type, self);
        } else {
            // super rebound to something else: called as the source wrote it, with the class and self the compiler added
            sup = PyObjectCall.call(superCallable, cls, self);
        }
        return PyObjectGetAttr.get(sup, name);
    }

    /** {@code super()} called with no arguments: the {@code __class__} cell and the first argument of the frame. */
    @TruffleBoundary
    static Object zeroArgumentSuper(KraitContext context, BytecodeFrame f) {
        BytecodeRootNode root = f.root;
        if (root.kind() != BytecodeRootNode.Kind.FUNCTION || root.unit().argcount() == 0 && (root.unit().flags() & 4) == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        int classIndex = -1;
        int count = root.localsCount();
        for (int k = 0; k < count; k++) {
            if ("__class__".equals(root.unit().localsPlusName(k)) && f.frame.getValue(k) instanceof PCell) {
                classIndex = k;
            }
        }
        if (classIndex < 0) {
            throw Errors.runtimeError("super(): __class__ cell not found");
        }
        Object cls = ((PCell) f.frame.getValue(classIndex)).get();
        if (cls == null) {
            throw Errors.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PythonClass type)) {
            throw Errors.runtimeError("super(): __class__ is not a type (" + PyObjectRepr.repr(cls) + ")");
        }
        Object self = f.frame.getValue(0);
        if (self instanceof PCell cell) {
            self = cell.get();
        }
        if (self == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        return PSuper.create(context, type, self);
    }

    /**
     * LOAD_ATTR's method form: the function {@code object.name} would bind, when it is a plain method of the object's
     * class that no instance attribute shadows (the call then passes the object first and no bound method is made);
     * else null.
     */
    @TruffleBoundary
    static Object plainMethod(KraitContext context, Object object, String name) {
        if (object instanceof PythonClass || object instanceof dev.krait.runtime.objects.PModule) {
            return null;
        }
        PythonClass cls = PyObjectType.classOf(context, object);
        if (cls == context.classes().superClass || cls.lookup("__getattribute__") instanceof dev.krait.runtime.objects.PFunction) {
            return null;
        }
        Object method = cls.lookup(name);
        boolean plain = method instanceof dev.krait.runtime.objects.PFunction ||
                        method instanceof dev.krait.runtime.objects.PBuiltinFunction builtin && builtin.getOwner() != null && cls.isSubclassOf(builtin.getOwner());
        if (!plain) {
            return null;
        }
        if (object instanceof PythonObject instance) {
            if (instance.getInstanceDict() != null) {
                return null;
            }
            if (cls.acceptsAttributes() && dev.krait.runtime.ObjectAttributes.get(instance, name) != null) {
                return null;
            }
        }
        return method;
    }

    /** A value popped for good: one nothing counts is released at the statement's end, as CPython drops it. */
    static void dropTemporary(Object value) {
        if (value instanceof PythonObject object && object.refCount() == 0) {
            RefCounts.incRef(object);
            RefCounts.decRef(object);
        }
    }

    /**
     * FOR_ITER's end: the value a generator returned (StopIteration's), when nothing holds it, dies now, as CPython
     * clears the StopIteration at once.
     */
    static void dropReturnValue(Object iterator) {
        if (iterator instanceof dev.krait.runtime.objects.PGenerator generator && generator.isFinished()) {
            Object value = generator.getReturnValue();
            generator.setReturnValue(PNone.NONE);
            Temporaries.releaseIfTemporary(value);
        }
    }

    /**
     * POP_TOP: a temporary nothing holds (the operand {@code or} tested and passed over, an expression statement's
     * value) dies now, as CPython drops it; unless the stack still holds it.
     */
    static void dropPopped(KraitContext context, BytecodeFrame f, Object value) {
        if (value instanceof PythonObject && Temporaries.isTemporary(null, value)) {
            for (int i = 0; i < f.sp; i++) {
                if (f.stack[i] == value) {
                    return;
                }
            }
            release(context, (PythonObject) value, null);
        }
    }

    /** The object an attribute was read from, when nothing else holds it, dies now (see Temporaries). */
    static void consumed(KraitContext context, Object value, Object result) {
        if (value != result && Temporaries.isTemporary(null, value)) {
            release(context, (PythonObject) value, result);
        }
    }

    /** The arguments of a call that returned, when nothing else holds them, die now (see Temporaries). */
    static void consumedAll(KraitContext context, Object[] values, Object result) {
        for (Object value : values) {
            consumed(context, value, result);
        }
    }

    @TruffleBoundary
    private static void release(KraitContext context, PythonObject object, Object result) {
        RefCounts.incRef(result);
        dev.krait.runtime.memory.Deallocator.release(context, object);
        RefCounts.decRef(result);
    }
}
